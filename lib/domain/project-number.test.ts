import { describe, expect, it } from "vitest";
import { projectNumberKind, projectNumberNote } from "./project-number";

describe("project numbers", () => {
  it("tells a Regiotafel registration number from a WIR number", () => {
    expect(projectNumberKind("WIR-0001")).toBe("wir");
    expect(projectNumberKind("RT-0012")).toBe("regiotafel");
    expect(projectNumberKind("T-A1")).toBe("other");
  });
  it("explains an RT number and leaves a WIR number alone", () => {
    expect(projectNumberNote("RT-0012")).toMatch(/^RT-0012 is het registratienummer dat Regiotafel geeft/);
    expect(projectNumberNote("WIR-0001")).toBeNull();
  });
});
