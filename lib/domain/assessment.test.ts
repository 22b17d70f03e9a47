import { describe, expect, it } from "vitest";
import { bulkRowSchema, bulkRowsFromForm, isCompleteJudgement, judgementSchema, regionRowsFromForm, regionScoreSchema } from "./assessment";
import { PHASE_DEFINITIONS } from "./region-phases";
import { REGION_SCALES } from "./enums";

describe("judgement validation", () => {
  it("reads empty selects as not assessed and an empty count as unknown", () => {
    const r = judgementSchema.parse({ projectId: "p", periodId: "q", version: "0", status: "", impact: "UNKNOWN", sharing: "", scalability: "", careOrgCount: "" });
    expect(r).toMatchObject({ status: null, impact: "UNKNOWN", careOrgCount: null, note: "", version: 0 });
  });
  it("refuses unknown codes and impossible counts with Dutch messages", () => {
    const r = judgementSchema.safeParse({ projectId: "p", periodId: "q", version: 1, status: "KLAAR", careOrgCount: "-2" });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message).join(" ");
    expect(messages).toMatch(/Kies een geldige projectstatus/);
    expect(messages).toMatch(/niet negatief/);
    expect(judgementSchema.safeParse({ projectId: "p", periodId: "q", version: 1, careOrgCount: "4,5" }).success).toBe(false);
  });
  it("a judgement is complete with the four choices, even with an unknown count", () => {
    expect(isCompleteJudgement({ status: "RUNNING", impact: "UNKNOWN", sharing: "UNKNOWN", scalability: "NATIONAL" })).toBe(true);
    expect(isCompleteJudgement({ status: "RUNNING", impact: null, sharing: "YES", scalability: "NATIONAL" })).toBe(false);
    expect(isCompleteJudgement(null)).toBe(false);
  });
});

describe("bulk forms", () => {
  it("groups field:projectId keys into rows", () => {
    const rows = bulkRowsFromForm({ "status:a": "RUNNING", "version:a": "2", "status:b": "", "version:b": "0", other: "x" });
    expect(rows).toEqual([
      { projectId: "a", status: "RUNNING", version: "2" },
      { projectId: "b", status: "", version: "0" },
    ]);
    expect(bulkRowSchema.parse(rows[1])).toMatchObject({ status: null, version: 0, careOrgCount: null });
  });
  it("region scores stay within each scale", () => {
    const [row] = regionRowsFromForm({ "agreements:r": "4", "dynamics:r": "", "vision:r": "5", "version:r": "0", "note:r": "" });
    expect(regionScoreSchema.parse(row)).toMatchObject({ agreements: 4, dynamics: null, vision: 5 });
    expect(regionScoreSchema.safeParse({ ...row, agreements: "5" }).success).toBe(false);
  });
  it("every phase of every scale has a definition", () => {
    for (const [scale, def] of Object.entries(REGION_SCALES)) {
      expect(PHASE_DEFINITIONS[scale as keyof typeof REGION_SCALES]).toHaveLength(def.max);
    }
  });
});
