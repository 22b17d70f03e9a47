import { describe, expect, it } from "vitest";
import { onOffSetting } from "./on-off-setting";

describe("onOffSetting", () => {
  it.each(["on", "ON", " On ", "1", "true", "TRUE", "ja", "Ja"])("reads %j as on, whatever the default", (value) => {
    expect(onOffSetting(value, "off")).toBe("on");
    expect(onOffSetting(value, "on")).toBe("on");
  });

  it.each(["off", " OFF ", "0", "false", "False", "nee", "NEE"])("reads %j as off, whatever the default", (value) => {
    expect(onOffSetting(value, "on")).toBe("off");
    expect(onOffSetting(value, "off")).toBe("off");
  });

  it.each([undefined, "", "  ", "yes", "no", "aan", "2"])("keeps the default for %j", (value) => {
    expect(onOffSetting(value, "on")).toBe("on");
    expect(onOffSetting(value, "off")).toBe("off");
  });
});
