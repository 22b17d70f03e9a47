import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLE_PERMISSIONS } from "./permissions";
import { ROLE } from "./enums";

describe("role → permission table", () => {
  it("names only known permissions", () => {
    for (const role of ROLE.values) {
      for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
    }
  });
  it("lets only WIR record final assessments, scores and periods", () => {
    for (const p of ["assessment:record", "regionScore:record", "period:manage"] as const) {
      expect(ROLE.values.filter((r) => can([r], p))).toEqual(["WIR"]);
    }
  });
  it("lets inkopers propose and review but not record", () => {
    expect(can(["INKOPER"], "assessment:propose")).toBe(true);
    expect(can(["INKOPER"], "update:review")).toBe(true);
    expect(can(["INKOPER"], "assessment:record")).toBe(false);
  });
  it("keeps project leaders out of assessment and administration", () => {
    expect(can(["PROJECTLEIDER"], "assessment:propose")).toBe(false);
    expect(can(["PROJECTLEIDER"], "user:manage")).toBe(false);
    expect(can(["PROJECTLEIDER"], "update:submit")).toBe(true);
  });
  it("lets leaders publish cards, WIR and inkopers withdraw them, and only WIR choose showcases", () => {
    expect(ROLE.values.filter((r) => can([r], "card:publish"))).toEqual(["PROJECTLEIDER"]);
    expect(ROLE.values.filter((r) => can([r], "card:withdraw"))).toEqual(["INKOPER", "WIR"]);
    expect(ROLE.values.filter((r) => can([r], "showcase:choose"))).toEqual(["WIR"]);
  });
  it("lets only the beheerder manage users and organisations", () => {
    expect(ROLE.values.filter((r) => can([r], "user:manage"))).toEqual(["BEHEERDER"]);
    expect(ROLE.values.filter((r) => can([r], "organisation:manage"))).toEqual(["BEHEERDER"]);
  });
  it("combines the permissions of several roles", () => {
    expect(can(["PROJECTLEIDER", "INKOPER"], "update:review")).toBe(true);
    expect(can([], "project:read")).toBe(false);
  });
});
