import { describe, expect, it } from "vitest";
import { demoDataSetting, isDemoEmail } from "./mode";

describe("demoDataSetting", () => {
  it("is on by default for the embedded database and off for a server", () => {
    expect(demoDataSetting(undefined, "pglite")).toBe("on");
    expect(demoDataSetting("", "postgres")).toBe("off");
    expect(demoDataSetting(undefined, "postgres")).toBe("off");
  });
  it("follows DEMO_DATA when it is set", () => {
    expect(demoDataSetting("on", "postgres")).toBe("on");
    expect(demoDataSetting("OFF", "pglite")).toBe("off");
  });
  it("recognises demo accounts by their domain only", () => {
    expect(isDemoEmail("Beheer@Regiotafel.demo")).toBe(true);
    expect(isDemoEmail("beheer@regiotafel.demo.nl")).toBe(false);
  });
});
