import { describe, expect, it } from "vitest";
import { summariseStatuses } from "./status-summary";

const row = (r: ReturnType<typeof summariseStatuses>, label: string) => r.byStatus.find((s) => s.label === label)?.count;

describe("summariseStatuses (home overview figures)", () => {
  it("lists projects not yet submitted as Concept, not as Nog niet beoordeeld", () => {
    const r = summariseStatuses({
      projects: [
        { lifecycle: "ACTIVE", count: 5 },
        { lifecycle: "DRAFT", count: 2 },
      ],
      activeAssessments: [{ status: "RUNNING", count: 3 }],
    });
    expect(row(r, "Concept")).toBe(2);
    expect(row(r, "Nog niet beoordeeld")).toBe(2);
    expect(row(r, "Lopend")).toBe(3);
    expect(r).toMatchObject({ total: 7, assessed: 3, drafts: 2 });
  });

  it("counts an assessment without a status as not yet judged", () => {
    const r = summariseStatuses({
      projects: [{ lifecycle: "ACTIVE", count: 4 }],
      activeAssessments: [
        { status: "RUNNING", count: 1 },
        { status: null, count: 2 },
      ],
    });
    expect(r.assessed).toBe(1);
    expect(row(r, "Nog niet beoordeeld")).toBe(3);
  });

  it("leaves archived projects out and shows no Concept row without drafts", () => {
    const r = summariseStatuses({
      projects: [
        { lifecycle: "ACTIVE", count: 2 },
        { lifecycle: "ARCHIVED", count: 9 },
      ],
      activeAssessments: [{ status: "FINISHED_SUCCESSFUL", count: 2 }],
    });
    expect(r.total).toBe(2);
    expect(r.byStatus.some((s) => s.kind === "draft")).toBe(false);
    expect(row(r, "Nog niet beoordeeld")).toBe(0);
  });

  it("has rows that add up to the total", () => {
    const r = summariseStatuses({
      projects: [
        { lifecycle: "ACTIVE", count: 10 },
        { lifecycle: "DRAFT", count: 3 },
      ],
      activeAssessments: [
        { status: "RUNNING", count: 4 },
        { status: "NOT_STARTED", count: 2 },
        { status: null, count: 1 },
      ],
    });
    expect(r.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(r.total);
  });
});
