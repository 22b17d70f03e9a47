import { describe, expect, it } from "vitest";
import { demoDataSetting, isDemoEmail } from "./mode";

describe("demoDataSetting", () => {
  // which words turn it on or off: lib/domain/on-off-setting.test.ts
  it("is on by default for the embedded database and off for a server, unless DEMO_DATA says otherwise", () => {
    expect([demoDataSetting(undefined, "pglite"), demoDataSetting("", "postgres")]).toEqual(["on", "off"]);
    expect([demoDataSetting("off", "pglite"), demoDataSetting("on", "postgres")]).toEqual(["off", "on"]);
  });
  it("recognises demo accounts by their domain only", () => {
    expect(isDemoEmail("Beheer@Regiotafel.demo")).toBe(true);
    expect(isDemoEmail("beheer@regiotafel.demo.nl")).toBe(false);
  });
});
