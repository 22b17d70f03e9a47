import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createReportingPeriod } from "../support/factories";
import { importPortfolio } from "@/lib/server/import";
import { emptyTables, toXlsx, type PortfolioTables } from "@/lib/domain/import/write";
import type { DbHandle } from "@/lib/server/db/connection";

/**
 * Separation of duties in the import: each kind of record only with the permission its screen
 * requires — assessments assessment:record (WIR), region scores regionScore:record (WIR), the
 * project-leader column user:manage (beheerder). Otherwise: errors in the report, nothing written.
 */

function tables(suffix: string, parts: { record?: boolean; score?: boolean; leader?: string }): PortfolioTables {
  const t = emptyTables();
  t.projects.push({ wirNumber: `SOD-${suffix}`, title: `Scheiding ${suffix}`, region: "Zeeland", hoofdrubriek: "Technologie", isPublic: "Nee", isShowcase: "Nee", lifecycle: "Actief", ...(parts.leader ? { leaders: parts.leader } : {}) });
  if (parts.record) t.records.push({ wirNumber: `SOD-${suffix}`, period: "maart 2021", status: "Lopend", impact: "Nog onbekend", sharing: "Nog onbekend", scalability: "Nee, is nog niet zinvol", careOrgCount: 2 });
  if (parts.score) t.scores.push({ region: "Zeeland", period: "maart 2021", agreements: 2, dynamics: 2, vision: 2 });
  return t;
}

async function counts(db: DbHandle, suffix: string) {
  const p = db.prisma;
  return {
    projects: await p.project.count({ where: { wirNumber: `SOD-${suffix}` } }),
    assessments: await p.projectAssessment.count({ where: { project: { wirNumber: `SOD-${suffix}` } } }),
    leaders: await p.projectLeader.count({ where: { project: { wirNumber: `SOD-${suffix}` } } }),
  };
}

for (const backend of testBackends()) {
  describe(`import permissions on ${backend.name}`, () => {
    const t = useTestDb(backend);
    beforeAll(async () => {
      await createReportingPeriod(t.db.prisma, { code: "2021-03", label: "maart 2021", shortLabel: "mrt-21", peildatum: "2021-03-01", state: "OPEN" });
    });

    it("a beheerder cannot import assessments or region scores: errors per row, nothing written", async () => {
      const beheerder = await makeActor(t.db, [{ role: "BEHEERDER" }]);
      const scoresBefore = await t.db.prisma.regionScore.count();
      const file = { name: "b.xlsx", bytes: await toXlsx(tables("B", { record: true, score: true })) };
      const report = await importPortfolio(ctxOf(t.db, beheerder), [file]);
      expect(report).toMatchObject({ ok: false, applied: false });
      expect(report.issues.map((i) => [i.sheet, i.row, i.reason.split(".")[0]])).toEqual([
        ["Periodegegevens", 2, "Beoordelingen vastleggen mag alleen WIR"],
        ["Regioscores", 2, "Regioscores vastleggen mag alleen WIR"],
      ]);
      expect(await counts(t.db, "B")).toEqual({ projects: 0, assessments: 0, leaders: 0 });
      expect(await t.db.prisma.regionScore.count()).toBe(scoresBefore);
    });

    it("WIR cannot assign project leaders through the import; the beheerder can", async () => {
      const wir = await makeActor(t.db, [{ role: "WIR" }]);
      const beheerder = await makeActor(t.db, [{ role: "BEHEERDER" }]);
      const leader = await makeActor(t.db, [{ role: "PROJECTLEIDER" }], { email: `sod-leider-${backend.name}@test.example` });
      const withLeader = { name: "l.xlsx", bytes: await toXlsx(tables("L", { record: true, leader: leader.email })) };
      const refused = await importPortfolio(ctxOf(t.db, wir), [withLeader]);
      expect(refused.ok).toBe(false);
      expect(refused.issues).toEqual([expect.objectContaining({ sheet: "Projecten", row: 2, column: "Projectleiders", reason: expect.stringMatching(/^Projectleiders toewijzen mag alleen/) })]);
      expect(await counts(t.db, "L")).toEqual({ projects: 0, assessments: 0, leaders: 0 });

      // WIR imports project and assessment without the leader column's change; the beheerder adds the leader.
      const wirReport = await importPortfolio(ctxOf(t.db, wir), [{ name: "w.xlsx", bytes: await toXlsx(tables("L", { record: true })) }]);
      expect(wirReport).toMatchObject({ ok: true, applied: true });
      const beheerReport = await importPortfolio(ctxOf(t.db, beheerder), [{ name: "b.xlsx", bytes: await toXlsx(tables("L", { leader: leader.email })) }]);
      expect(beheerReport).toMatchObject({ ok: true, applied: true });
      expect(await counts(t.db, "L")).toEqual({ projects: 1, assessments: 1, leaders: 1 });
      const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { entity: "Project", action: "IMPORT" }, orderBy: { id: "desc" } });
      expect(audit.actorUserId).toBe(beheerder.userId);
    });
  });
}
