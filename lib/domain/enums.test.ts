import { describe, expect, it } from "vitest";
import { CARE_ORG_BUCKET, IMPACT, PROJECT_STATUS, RESULT_SHARING, SCALABILITY, SCALABLE_VALUES, careOrgBucket, REGION_SCALES } from "./enums";

describe("Dutch labels are exactly those of the January 2021 report", () => {
  it("projectstatus", () => {
    expect(PROJECT_STATUS.options.map((o) => o.label)).toEqual([
      "Afgerond en niet succesvol verlopen",
      "Afgerond en succesvol verlopen",
      "Lopend",
      "Nog niet gestart",
      "Vroegtijdig gestopt of helemaal niet gestart",
    ]);
  });
  it("mate van impact, in report order with Nog onbekend last", () => {
    expect(IMPACT.values).toHaveLength(7);
    expect(IMPACT.label("LARGE_GREAT")).toBe("Op grote schaal met grote betekenis");
    expect(IMPACT.label("SMALL_MUCH")).toBe("Op kleine schaal met veel betekenis");
    expect(IMPACT.values.at(-1)).toBe("UNKNOWN");
  });
  it("delen van resultaten and opschaalbaarheid", () => {
    expect(RESULT_SHARING.label("NOT_YET_SOON")).toBe("Nee, werk in uitvoering, wel in de nabije toekomst");
    expect(SCALABILITY.label("SOME_OTHER_REGIONS")).toBe("Ja naar enkele andere regio's");
    expect(SCALABLE_VALUES.map((v) => SCALABILITY.label(v)).every((l) => l.startsWith("Ja"))).toBe(true);
  });
  it("region scales have 4, 4 and 5 phases", () => {
    expect(REGION_SCALES.agreements.phases.values).toHaveLength(4);
    expect(REGION_SCALES.dynamics.phases.label("4")).toBe("Samenwerking vanuit visie");
    expect(REGION_SCALES.vision.phases.values).toHaveLength(5);
    expect(REGION_SCALES.vision.phases.label("5")).toBe("Strategische keuzes");
  });
  it("is() accepts only known codes", () => {
    expect(PROJECT_STATUS.is("RUNNING")).toBe(true);
    expect(PROJECT_STATUS.is("running")).toBe(false);
    expect(PROJECT_STATUS.is(3)).toBe(false);
  });
});

describe("careOrgBucket", () => {
  it.each([
    [1, "1-3"],
    [3, "1-3"],
    [4, "4-6"],
    [6, "4-6"],
    [7, "7-9"],
    [9, "7-9"],
    [10, "10+"],
    [57, "10+"],
  ] as const)("%i care organisations fall in %s", (count, bucket) => {
    expect(careOrgBucket(count)).toBe(bucket);
  });
  it("no count, zero or nonsense is unknown", () => {
    expect(careOrgBucket(null)).toBe("UNKNOWN");
    expect(careOrgBucket(undefined)).toBe("UNKNOWN");
    expect(careOrgBucket(0)).toBe("UNKNOWN");
    expect(careOrgBucket(Number.NaN)).toBe("UNKNOWN");
  });
  it("10 and more is labelled as the report does", () => {
    expect(CARE_ORG_BUCKET.label("10+")).toBe("10 of meer");
    expect(CARE_ORG_BUCKET.label("UNKNOWN")).toBe("Onbekend");
  });
});
