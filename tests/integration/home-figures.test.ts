import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createAssessment, createProject } from "../support/factories";
import { statusSummary } from "@/lib/server/projects/read";
import type { Actor } from "@/lib/domain/actor";

/**
 * The home overview's "Projecten per status" (issue 15): a project its leader has not yet
 * submitted is a "Concept", not "Nog niet beoordeeld", and never counts as judged — even when an
 * assessment row exists for it. Every figure is scoped to this test's own leader.
 */
for (const backend of testBackends()) {
  describe(`home figures on ${backend.name}`, () => {
    const t = useTestDb(backend);
    let leader: Actor;

    beforeAll(async () => {
      leader = await makeActor(t.db, [{ role: "PROJECTLEIDER" }]);
      const base = { regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [leader.userId] };
      const judged = await createProject(t.db.prisma, { ...base, title: "Beoordeeld" });
      const emptyRow = await createProject(t.db.prisma, { ...base, title: "Rij zonder status" });
      await createProject(t.db.prisma, { ...base, title: "Zonder beoordeling" });
      const draft = await createProject(t.db.prisma, { ...base, title: "Concept", lifecycle: "DRAFT" });
      await createProject(t.db.prisma, { ...base, title: "Gearchiveerd", lifecycle: "ARCHIVED" });
      await createAssessment(t.db.prisma, { projectId: judged.id, periodCode: "2020-10", status: "RUNNING" });
      await createAssessment(t.db.prisma, { projectId: emptyRow.id, periodCode: "2020-10", status: null });
      await createAssessment(t.db.prisma, { projectId: draft.id, periodCode: "2020-10", status: "RUNNING" });
    });

    it("lists drafts as Concept and counts only submitted projects with a status as judged", async () => {
      const summary = await statusSummary(ctxOf(t.db, leader), { mine: true });
      const count = (label: string) => summary.byStatus.find((s) => s.label === label)?.count;
      expect(summary.periodLabel).toBe("oktober 2020");
      expect(summary).toMatchObject({ total: 4, assessed: 1, drafts: 1 });
      expect(count("Lopend")).toBe(1);
      expect(count("Concept")).toBe(1);
      expect(count("Nog niet beoordeeld")).toBe(2);
      expect(summary.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(summary.total);
    });
  });
}
