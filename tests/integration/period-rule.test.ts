import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createAssessment, createProject, createReportingPeriod } from "../support/factories";
import { statusSummary } from "@/lib/server/projects/read";
import { getReport } from "@/lib/server/report";
import { resolveReport } from "@/lib/server/report/document";
import { exportReport } from "@/lib/server/report/export";
import { listProjectPage } from "@/lib/server/projects/list";
import { periodCompleteness } from "@/lib/server/review/completeness";
import { getAssessmentSheet, recordAssessment } from "@/lib/server/review/assessments";
import { findPagePeriod, findRunningPeriod } from "@/lib/server/periods/read";

import type { Report } from "@/lib/domain/report/types";
import type { Actor } from "@/lib/domain/actor";

/**
 * The period rule (docs/periods.md): pages with figures open on the latest closed period, pages
 * where work is done on the open one ("lopende periode") — and saving assessments in the open
 * period does not move the figures pages.
 */
for (const backend of testBackends()) {
  describe(`the period rule on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const actors = {} as Record<"wir" | "inkoper", Actor>;
    const projectIds: string[] = [];
    let openPeriodId = "";

    beforeAll(async () => {
      actors.wir = await makeActor(t.db, [{ role: "WIR" }]);
      actors.inkoper = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
      openPeriodId = (await createReportingPeriod(t.db.prisma, { code: "2021-03", label: "maart 2021", shortLabel: "mrt-21", peildatum: "2021-03-01", state: "OPEN" })).id;
      await createReportingPeriod(t.db.prisma, { code: "2021-10", label: "oktober 2021", shortLabel: "okt-21", peildatum: "2021-11-01", state: "PLANNED" });
      for (const [i, region] of ["zeeland", "zeeland", "utrecht"].entries()) {
        const p = await createProject(t.db.prisma, { title: `Project ${i}`, regionCode: region, hoofdrubriekCode: "TECHNOLOGIE" });
        projectIds.push(p.id);
        await createAssessment(t.db.prisma, { projectId: p.id, periodCode: "2020-03", status: "NOT_STARTED" });
        await createAssessment(t.db.prisma, { projectId: p.id, periodCode: "2020-10", status: "RUNNING" });
      }
    });

    /** The period each page opens on without ?periode=, as the page computes it. */
    async function opensOn(actor: Actor) {
      const ctx = ctxOf(t.db, actor);
      const [home, dashboard, report, portfolio, json] = await Promise.all([
        statusSummary(ctx),
        getReport(ctx, {}),
        resolveReport(ctx, {}),
        listProjectPage(ctx, "portfolio", {}),
        exportReport(ctx, "json", {}),
      ]);
      return {
        home: home.periodLabel,
        dashboard: dashboard.period.label,
        report: report.document.period.label,
        portfolio: portfolio.period?.label,
        export: (JSON.parse(String(json.body)) as Report).period.label,
      };
    }
    const allOn = (label: string) => ({ home: label, dashboard: label, report: label, portfolio: label, export: label });

    it("figures pages open on the latest closed period, work pages on the open one", async () => {
      expect(await opensOn(actors.wir)).toEqual(allOn("oktober 2020"));
      expect(await opensOn(actors.inkoper)).toEqual(allOn("oktober 2020"));
      const wir = ctxOf(t.db, actors.wir);
      expect((await findRunningPeriod(t.db.prisma))?.code).toBe("2021-03");
      expect((await getAssessmentSheet(wir, projectIds[0])).period.code).toBe("2021-03");
      expect((await periodCompleteness(wir)).period?.code).toBe("2021-03");
      // a period asked for by name wins
      expect((await findPagePeriod(t.db.prisma, "work", "2020-03"))?.code).toBe("2020-03");
    });

    it("after assessments are saved in the open period, every figures page still opens on the same period", async () => {
      const wir = ctxOf(t.db, actors.wir);
      for (const projectId of projectIds.slice(0, 2)) {
        await recordAssessment(wir, { projectId, periodId: openPeriodId, version: 0, status: "FINISHED_SUCCESSFUL", impact: null, sharing: null, scalability: null, careOrgCount: null, note: "" });
      }
      expect(await t.db.prisma.projectAssessment.count({ where: { periodId: openPeriodId } })).toBe(2);
      expect(await opensOn(actors.wir)).toEqual(allOn("oktober 2020"));
      expect(await opensOn(actors.inkoper)).toEqual(allOn("oktober 2020"));
      // and the figures are those of oktober 2020, not of the half-filled maart 2021
      const home = await statusSummary(wir);
      expect(home.byStatus.find((s) => s.status === "RUNNING")?.count).toBe(3);
      expect((await getReport(wir, {})).tabel6.values.RUNNING["2020-10"]).toBe(3);
      expect((await getAssessmentSheet(wir, projectIds[0])).period.code).toBe("2021-03");
    });
  });
}
