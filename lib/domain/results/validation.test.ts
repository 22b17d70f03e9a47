import { describe, expect, it } from "vitest";
import { fundingDecisionSchema, looksLikeThousands, measurementsSchema, parseDecimal, parseTypedDecimal, projectIndicatorSchema } from "./validation";
import { unitValueProblem } from "./enums";

describe("parseDecimal", () => {
  it("accepts a Dutch comma and a point, refuses text", () => {
    expect(parseDecimal("7,3")).toBe(7.3);
    expect(parseDecimal(" 12.5 % ")).toBe(12.5);
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal("zeven")).toBeNaN();
    expect(parseDecimal("1.000,5")).toBeNaN();
  });
});

describe("looksLikeThousands", () => {
  it("marks Dutch thousands grouping, not decimals or plain numbers", () => {
    for (const v of ["1.500", "12.000", "-1.250.000", " 7.325 "]) expect(looksLikeThousands(v)).toBe(true);
    for (const v of ["7.3", "7,325", "1500", "0.500", "1.5000", 1.5, null]) expect(looksLikeThousands(v)).toBe(false);
  });
});

describe("parseTypedDecimal (form fields)", () => {
  it("refuses a Dutch thousands separator instead of reading 1.500 as 1,5", () => {
    expect(parseTypedDecimal("1.500")).toBeNaN();
    expect(parseTypedDecimal(" 12.000 ")).toBeNaN();
    expect(parseTypedDecimal("-1.250")).toBeNaN();
    expect(parseTypedDecimal("1500")).toBe(1500);
    expect(parseTypedDecimal("1,500")).toBe(1.5);
    expect(parseTypedDecimal("0.125")).toBe(0.125);
    expect(parseTypedDecimal("12.5")).toBe(12.5);
    expect(parseTypedDecimal("")).toBeNull();
  });
  it("a baseline or measurement typed as 1.500 gets a Dutch message at its field", () => {
    const r = projectIndicatorSchema.safeParse({ projectId: "p1", version: "0", source: "library", indicatorId: "i1", baselineValue: "1.500", baselineDate: "2020-01-01" });
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["baselineValue", "Nulmeting: vul een getal in, bijvoorbeeld 7,3 of 1500 (zonder punt voor duizendtallen)."]]);
    const m = measurementsSchema.safeParse({ projectId: "p1", projectIndicatorId: ["a"], value: ["1.500"], note: [""], version: ["0"] });
    expect(m.error?.issues.map((i) => i.path.join("."))).toEqual(["value.0"]);
  });
});

describe("unitValueProblem", () => {
  it("checks range and whole numbers per unit", () => {
    expect(unitValueProblem("PERCENT", 101)).toMatch(/0 tot en met 100/);
    expect(unitValueProblem("PERCENT", 7.5)).toBeNull();
    expect(unitValueProblem("SCORE_10", 0.5)).toMatch(/1 tot en met 10/);
    expect(unitValueProblem("COUNT", 2.5)).toMatch(/heel getal/);
    expect(unitValueProblem("DAYS", -1)).not.toBeNull();
  });
});

describe("projectIndicatorSchema", () => {
  const base = { projectId: "p1", version: "0", source: "library", indicatorId: "i1" };
  it("needs a baseline date with a baseline value and a target date after it", () => {
    const r = projectIndicatorSchema.safeParse({ ...base, baselineValue: "8", targetValue: "6", targetDate: "2020-01-01", baselineDate: "2020-06-01" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["targetDate"]);
    const missing = projectIndicatorSchema.safeParse({ ...base, baselineValue: "8" });
    expect(missing.error?.issues.map((i) => i.path.join("."))).toEqual(["baselineDate"]);
  });
  it("an own indicator needs name, unit and direction", () => {
    const r = projectIndicatorSchema.safeParse({ projectId: "p1", version: "0", source: "own", ownName: "x" });
    expect(r.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["ownDirection", "ownName", "ownUnit"]);
  });
  it("parses comma decimals", () => {
    const r = projectIndicatorSchema.safeParse({ ...base, baselineValue: "7,0", baselineDate: "2020-01-01", targetValue: "7,3", targetDate: "2021-01-01" });
    expect(r.success && r.data.baselineValue).toBe(7);
    expect(r.success && r.data.targetValue).toBe(7.3);
  });
});

describe("measurementsSchema", () => {
  it("zips the parallel lists; an empty value means not measured", () => {
    const r = measurementsSchema.parse({ projectId: "p1", projectIndicatorId: ["a", "b"], value: ["6,5", ""], note: ["eerste meting", ""], version: ["0", "3"] });
    expect(r.items).toEqual([
      { projectIndicatorId: "a", value: 6.5, note: "eerste meting", version: 0, carriedOver: false },
      { projectIndicatorId: "b", value: null, note: "", version: 3, carriedOver: false },
    ]);
  });
  it("marks a prefilled row as carried over unless the leader ticked it as measured", () => {
    const r = measurementsSchema.parse({ projectId: "p1", projectIndicatorId: ["a", "b", "c"], value: ["7", "8", "9"], note: ["", "", ""], version: ["0", "0", "0"], carried: ["a", "b"], measured: "b" });
    expect(r.items.map((i) => i.carriedOver)).toEqual([true, false, false]);
  });
  it("names the row of a value that is not a number", () => {
    const r = measurementsSchema.safeParse({ projectId: "p1", projectIndicatorId: ["a", "b"], value: ["6", "veel"], note: ["", ""] });
    expect(r.error?.issues[0].path.join(".")).toBe("value.1");
  });
});

describe("fundingDecisionSchema", () => {
  it("a granted decision needs an amount; a refusal does not", () => {
    expect(fundingDecisionSchema.safeParse({ projectId: "p", decision: "GRANTED", date: "2021-01-01", version: "0" }).success).toBe(false);
    expect(fundingDecisionSchema.safeParse({ projectId: "p", decision: "REFUSED", date: "2021-01-01", version: "0" }).success).toBe(true);
    expect(fundingDecisionSchema.safeParse({ projectId: "p", decision: "GRANTED", date: "", amountEuros: "50000", version: "0" }).success).toBe(false);
  });
});
