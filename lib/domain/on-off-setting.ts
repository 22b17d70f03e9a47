/**
 * A switch in the environment (DEMO_DATA, REQUIRE_2FA): "on", "1", "true" or "ja" turn it on;
 * "off", "0", "false" or "nee" turn it off (any case, surrounding spaces ignored). Unset, empty or
 * anything else leaves the default, which each switch chooses per database backend.
 */
export type OnOffSetting = "on" | "off";

const ON = ["on", "1", "true", "ja"];
const OFF = ["off", "0", "false", "nee"];

export function onOffSetting(value: string | undefined, byDefault: OnOffSetting): OnOffSetting {
  const v = value?.trim().toLowerCase() ?? "";
  if (ON.includes(v)) return "on";
  if (OFF.includes(v)) return "off";
  return byDefault;
}
