import { beforeEach, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createAssessment, createAssessmentProposal, createProgressUpdate, createProject, createReportingPeriod } from "@/tests/support/factories";
import { closePeriod, createPeriod, openPlannedPeriod, PeriodNotOpenError, reopenPeriod } from "@/lib/server/periods/admin";
import { reviewUpdate } from "@/lib/server/review/updates";
import { getAssessmentSheet, listBulkAssessment, proposeAssessment, recordAssessment, recordAssessmentsBulk } from "@/lib/server/review/assessments";
import { listRegionScores, recordRegionScores } from "@/lib/server/review/region-scores";
import { listProjectPage, listProjectRows } from "@/lib/server/projects/list";
import { periodCompleteness } from "@/lib/server/review/completeness";
import { ConflictError, ValidationError } from "@/lib/server/core/errors";
import { parseProjectListQuery, projectListCsv as portfolioCsv, type ProjectListQuery } from "@/lib/domain/project-list";
import type { Ctx } from "@/lib/server/accounts/session";

// the portfolio is the list query's "portfolio" view (ADR 0010); old parameter names (opschaal, ch) still parse
const parsePortfolioQuery = (raw: Record<string, string | undefined>) => parseProjectListQuery(raw).query;
const listPortfolio = (ctx: Ctx, query: ProjectListQuery) => listProjectRows(ctx, "portfolio", query);
const portfolioPage = (ctx: Ctx, query: ProjectListQuery) => listProjectPage(ctx, "portfolio", query);
import type { Actor } from "@/lib/domain/actor";

const blank = { status: null, impact: null, sharing: null, scalability: null, careOrgCount: null, note: "" } as const;

for (const backend of testBackends()) {
  describe(`periods, review and assessment on ${backend.name}`, () => {
    // Every test gets a fresh database: the tests open and close periods, and the counts below
    // (bulk rows, completeness) cover every project in scope.
    const t = useTestDb(backend, { each: true });
    const actors = {} as Record<"wir" | "wir2" | "inkoperCz" | "leader", Actor>;
    const ids = {} as Record<"p1" | "p2" | "p3" | "period", string>;

    beforeEach(async () => {
      const db = t.db;
      actors.wir = await makeActor(db, [{ role: "WIR" }]);
      actors.wir2 = await makeActor(db, [{ role: "WIR" }]);
      actors.inkoperCz = await makeActor(db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
      actors.leader = await makeActor(db, [{ role: "PROJECTLEIDER" }]);
      const p1 = await createProject(db.prisma, { wirNumber: "T-A1", title: "Alfa zorgnetwerk", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [actors.leader.userId] });
      const p2 = await createProject(db.prisma, { wirNumber: "T-A2", title: "=HYPERLINK(\"x\") beta", regionCode: "zeeland", hoofdrubriekCode: "ANDERS_WERKEN", leaderIds: [actors.leader.userId] });
      const p3 = await createProject(db.prisma, { wirNumber: "T-A3", title: "Gamma Utrecht", regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE" });
      Object.assign(ids, { p1: p1.id, p2: p2.id, p3: p3.id });
      await createAssessment(db.prisma, { projectId: p1.id, periodCode: "2020-10", status: "RUNNING", impact: "SMALL_MUCH", sharing: "YES", scalability: "NATIONAL", careOrgCount: 4 });
    });

    /** The open period maart 2021. */
    async function openMarch2021() {
      const period = await createReportingPeriod(t.db.prisma, { code: "2021-03", label: "maart 2021", shortLabel: "mrt-21", peildatum: "2021-03-01", state: "OPEN" });
      ids.period = period.id;
      return period;
    }

    /**
     * Maart 2021 half done: T-A1 assessed "Afgerond en succesvol" with an approved update and an
     * inkoper's proposal; T-A2 assessed "Lopend" with a returned update; T-A3 nothing.
     */
    async function marchHalfDone() {
      await openMarch2021();
      const db = t.db.prisma;
      await createAssessment(db, { projectId: ids.p1, periodCode: "2021-03", status: "FINISHED_SUCCESSFUL", impact: "LARGE_GREAT", sharing: "YES", scalability: "NATIONAL", careOrgCount: 7, note: "Afgerond." });
      await createAssessmentProposal(db, { projectId: ids.p1, periodCode: "2021-03", status: "FINISHED_SUCCESSFUL", proposedById: actors.inkoperCz.userId });
      await createAssessment(db, { projectId: ids.p2, periodCode: "2021-03", status: "RUNNING", impact: "SMALL_LIMITED", sharing: "NOT_YET_SOON", scalability: "NOT_YET_USEFUL", careOrgCount: 3 });
      await createProgressUpdate(db, { projectId: ids.p1, periodCode: "2021-03", status: "RUNNING", state: "APPROVED" });
      await createProgressUpdate(db, { projectId: ids.p2, periodCode: "2021-03", state: "RETURNED" });
    }

    it("WIR creates, opens, closes and reopens a period; only one is open at a time", async () => {
      const wir = ctxOf(t.db, actors.wir);
      const created = await createPeriod(wir, { year: 2021, month: 3, peildatum: "2021-03-01" });
      expect(created).toMatchObject({ code: "2021-03", label: "maart 2021", shortLabel: "mrt-21", state: "PLANNED" });
      ids.period = created.id;
      await expect(createPeriod(wir, { year: 2021, month: 3, peildatum: "2021-03-01" })).rejects.toBeInstanceOf(ValidationError);
      const other = await createReportingPeriod(t.db.prisma, { code: "2021-10", peildatum: "2021-11-01", state: "OPEN" });
      await expect(openPlannedPeriod(wir, { id: created.id, version: created.version })).rejects.toThrow(/al een open periode/);
      await closePeriod(wir, { id: other.id, version: other.version });
      const { period: opened } = await openPlannedPeriod(wir, { id: created.id, version: created.version });
      expect(opened.state).toBe("OPEN");
      // a stale version is a conflict
      await expect(closePeriod(wir, { id: created.id, version: created.version })).rejects.toBeInstanceOf(ConflictError);
      // reopening the other is refused while this one is open
      const otherNow = await t.db.prisma.reportingPeriod.findUniqueOrThrow({ where: { id: other.id } });
      await expect(reopenPeriod(wir, { id: other.id, version: otherNow.version, reason: "correctie nodig" })).rejects.toThrow(/al een open periode/);
    });

    it("an inkoper approves or returns a submitted update, with a comment and version check", async () => {
      await openMarch2021();
      const u1 = await createProgressUpdate(t.db.prisma, { projectId: ids.p1, periodCode: "2021-03", status: "RUNNING" });
      const u2 = await createProgressUpdate(t.db.prisma, { projectId: ids.p2, periodCode: "2021-03" });
      const ink = ctxOf(t.db, actors.inkoperCz);
      await expect(reviewUpdate(ink, { decision: "return", id: u2.id, version: u2.version, comment: "Vul de resultaten aan." })).resolves.toMatchObject({
        state: "RETURNED",
        returnComment: "Vul de resultaten aan.",
      });
      await expect(reviewUpdate(ink, { decision: "approve", id: u1.id, version: u1.version + 1 })).rejects.toBeInstanceOf(ConflictError);
      await expect(reviewUpdate(ink, { decision: "approve", id: u1.id, version: u1.version })).resolves.toMatchObject({ state: "APPROVED" });
      // a returned or approved update cannot be reviewed again
      await expect(reviewUpdate(ink, { decision: "approve", id: u1.id, version: u1.version + 1 })).rejects.toBeInstanceOf(ValidationError);
      const audit = await t.db.prisma.auditLog.findMany({ where: { entity: "ProgressUpdate", entityId: u2.id } });
      expect(audit).toHaveLength(1);
      expect(audit[0].after).toMatchObject({ state: "RETURNED", returnComment: "Vul de resultaten aan." });
    });

    it("the inkoper proposes, WIR records; previous values are shown, not copied", async () => {
      await openMarch2021();
      const ink = ctxOf(t.db, actors.inkoperCz);
      const wir = ctxOf(t.db, actors.wir);
      const sheet = await getAssessmentSheet(wir, ids.p1, "2021-03");
      expect(sheet.assessment).toBeNull();
      expect(sheet.previous).toMatchObject({ status: "RUNNING", careOrgCount: 4, periodLabel: "oktober 2020" });
      const proposal = await proposeAssessment(ink, { projectId: ids.p1, periodId: ids.period, version: 0, ...blank, status: "FINISHED_SUCCESSFUL", careOrgCount: null });
      expect(proposal.outcome).toBe("created");
      expect(await t.db.prisma.projectAssessment.count({ where: { periodId: ids.period } })).toBe(0);
      const first = await recordAssessment(wir, { projectId: ids.p1, periodId: ids.period, version: 0, status: "FINISHED_SUCCESSFUL", impact: "LARGE_GREAT", sharing: "YES", scalability: "NATIONAL", careOrgCount: null, note: "Afgerond." });
      expect(first.record).toMatchObject({ status: "FINISHED_SUCCESSFUL", careOrgCount: null, version: 1 });
      // a second WIR user still holding version 0 (or 1 after a change) gets a conflict, not an overwrite
      await expect(recordAssessment(ctxOf(t.db, actors.wir2), { projectId: ids.p1, periodId: ids.period, version: 0, ...blank, status: "RUNNING" })).rejects.toBeInstanceOf(ConflictError);
      await recordAssessment(wir, { projectId: ids.p1, periodId: ids.period, version: 1, status: "FINISHED_SUCCESSFUL", impact: "LARGE_GREAT", sharing: "YES", scalability: "NATIONAL", careOrgCount: 7, note: "Afgerond." });
      await expect(recordAssessment(ctxOf(t.db, actors.wir2), { projectId: ids.p1, periodId: ids.period, version: 1, ...blank })).rejects.toBeInstanceOf(ConflictError);
      const after = await getAssessmentSheet(ink, ids.p1, "2021-03");
      expect(after.assessment).toMatchObject({ careOrgCount: 7, version: 2 });
      expect(after.proposal).toMatchObject({ status: "FINISHED_SUCCESSFUL" });
    });

    it("the bulk view saves many rows, skips unchanged ones and reports per-row conflicts", async () => {
      await openMarch2021();
      await createAssessment(t.db.prisma, { projectId: ids.p1, periodCode: "2021-03", status: "FINISHED_SUCCESSFUL", impact: "LARGE_GREAT", sharing: "YES", scalability: "NATIONAL", careOrgCount: 7, note: "Afgerond." });
      const wir = ctxOf(t.db, actors.wir);
      const { rows } = await listBulkAssessment(wir, { periode: "2021-03" });
      expect(rows.map((r) => r.wirNumber)).toEqual(["T-A1", "T-A2", "T-A3"]);
      const p1 = rows.find((r) => r.projectId === ids.p1)!;
      const result = await recordAssessmentsBulk(wir, ids.period, [
        { projectId: ids.p1, version: p1.assessment!.version, status: p1.assessment!.status, impact: p1.assessment!.impact, sharing: p1.assessment!.sharing, scalability: p1.assessment!.scalability, careOrgCount: p1.assessment!.careOrgCount },
        { projectId: ids.p2, version: 0, status: "RUNNING", impact: "SMALL_LIMITED", sharing: "NOT_YET_SOON", scalability: "NOT_YET_USEFUL", careOrgCount: 3 },
        { projectId: ids.p3, version: 5, status: "RUNNING", impact: "SMALL_LIMITED", sharing: "NOT_YET_SOON", scalability: "NOT_YET_USEFUL", careOrgCount: 3 },
      ]);
      expect(result).toEqual([
        { projectId: ids.p1, outcome: "unchanged" },
        { projectId: ids.p2, outcome: "created" },
        { projectId: ids.p3, outcome: "conflict" },
      ]);
      // the note of p1 was not posted by the bulk view and stays as it was
      expect((await t.db.prisma.projectAssessment.findFirstOrThrow({ where: { projectId: ids.p1, periodId: ids.period } })).note).toBe("Afgerond.");
    });

    it("WIR scores regions per period with a version check per region", async () => {
      await openMarch2021();
      const wir = ctxOf(t.db, actors.wir);
      const list = await listRegionScores(wir, ids.period);
      expect(list).toHaveLength(34);
      const zeeland = list.find((r) => r.code === "zeeland")!;
      expect(zeeland.score).toBeNull();
      const out = await recordRegionScores(wir, ids.period, [{ regionId: zeeland.regionId, version: 0, agreements: 4, dynamics: 3, vision: 5, note: "Convenant getekend." }]);
      expect(out).toEqual([{ regionId: zeeland.regionId, outcome: "created" }]);
      const again = await recordRegionScores(wir, ids.period, [{ regionId: zeeland.regionId, version: 0, agreements: 3, dynamics: 3, vision: 5, note: "" }]);
      expect(again[0].outcome).toBe("conflict");
      const inkList = await listRegionScores(ctxOf(t.db, actors.inkoperCz), ids.period);
      expect(inkList.find((r) => r.code === "zeeland")!.score).toMatchObject({ agreements: 4, note: "Convenant getekend." });
      expect(inkList.some((r) => r.code === "utrecht")).toBe(false);
    });

    it("portfolio filters, sorting and paging; the export holds exactly the filtered rows", async () => {
      await marchHalfDone();
      const wir = ctxOf(t.db, actors.wir);
      const all = await listPortfolio(wir, parsePortfolioQuery({ periode: "2021-03" }));
      expect(all.rows.map((r) => r.wirNumber)).toEqual(["T-A1", "T-A2", "T-A3"]);
      const running = await listPortfolio(wir, parsePortfolioQuery({ periode: "2021-03", status: "RUNNING" }));
      expect(running.rows.map((r) => r.wirNumber)).toEqual(["T-A2"]);
      const none = await listPortfolio(wir, parsePortfolioQuery({ periode: "2021-03", status: "GEEN" }));
      expect(none.rows.map((r) => r.wirNumber)).toEqual(["T-A3"]);
      const approved = await listPortfolio(wir, parsePortfolioQuery({ periode: "2021-03", update: "APPROVED" }));
      expect(approved.rows.map((r) => r.wirNumber)).toEqual(["T-A1"]);
      const techZeeland = await listPortfolio(wir, parsePortfolioQuery({ periode: "2021-03", rubriek: "TECHNOLOGIE", regio: "zeeland" }));
      expect(techZeeland.rows.map((r) => r.wirNumber)).toEqual(["T-A1"]);
      const sorted = await listPortfolio(wir, parsePortfolioQuery({ periode: "2021-03", sort: "title", dir: "desc" }));
      expect(sorted.rows.map((r) => r.wirNumber)).toEqual(["T-A3", "T-A1", "T-A2"]);
      const page2 = await portfolioPage(wir, parsePortfolioQuery({ periode: "2021-03", per: "25", pagina: "2" }));
      expect(page2).toMatchObject({ page: 1, pages: 1, total: 3 });
      const search = await listPortfolio(wir, parsePortfolioQuery({ q: "alfa" }));
      expect(search.rows.map((r) => r.wirNumber)).toEqual(["T-A1"]);
      const csv = portfolioCsv(running.rows);
      const lines = csv.trim().split("\r\n");
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain("'=HYPERLINK");
      // the inkoper's portfolio has its own regions only
      const ink = await listPortfolio(ctxOf(t.db, actors.inkoperCz), parsePortfolioQuery({ periode: "2021-03" }));
      expect(ink.rows.map((r) => r.wirNumber)).toEqual(["T-A1", "T-A2"]);
    });

    it("paging through the table gives exactly the export's rows, in the same order, for any filter", async () => {
      await openMarch2021();
      const wir = ctxOf(t.db, actors.wir);
      const regions = ["zeeland", "utrecht", "drenthe"];
      const rubrieken = ["TECHNOLOGIE", "ANDERS_WERKEN", "LEREN_VERBETEREN"];
      for (let i = 0; i < 57; i++) {
        const p = await createProject(t.db.prisma, { wirNumber: `T-P${String(i).padStart(2, "0")}`, title: `Paginaproject ${(i * 37) % 57}`, regionCode: regions[i % 3], hoofdrubriekCode: rubrieken[(i * 2) % 3] });
        if (i % 4 !== 0) await createAssessment(t.db.prisma, { projectId: p.id, periodCode: "2021-03", status: i % 2 ? "RUNNING" : "NOT_STARTED", scalability: i % 5 ? "NATIONAL" : null });
        if (i % 3 === 1) await createProgressUpdate(t.db.prisma, { projectId: p.id, periodCode: "2021-03", state: i % 2 ? "SUBMITTED" : "DRAFT" });
      }
      const queries = [
        { periode: "2021-03", q: "paginaproject", sort: "title" },
        { periode: "2021-03", q: "paginaproject", status: "RUNNING", sort: "regionName", dir: "desc" },
        { periode: "2021-03", q: "paginaproject", status: "GEEN", regio: "utrecht" },
        { periode: "2021-03", q: "paginaproject", opschaal: "NATIONAL", rubriek: "TECHNOLOGIE", sort: "status" },
        { periode: "2021-03", q: "paginaproject", update: "GEEN", ch: "CZ", sort: "wirNumber", dir: "desc" },
      ];
      for (const raw of queries) {
        const query = parsePortfolioQuery({ ...raw, per: "25" });
        const exported = (await listPortfolio(wir, query)).rows.map((r) => r.wirNumber);
        const first = await portfolioPage(wir, query);
        const paged = [...first.items.map((r) => r.wirNumber)];
        for (let page = 2; page <= first.pages; page++) paged.push(...(await portfolioPage(wir, { ...query, pagina: page })).items.map((r) => r.wirNumber));
        expect(paged).toEqual(exported);
        expect(new Set(paged).size).toBe(paged.length);
        // and every row matches the filter
        const rows = (await listPortfolio(wir, query)).rows;
        if (raw.status === "RUNNING") expect(rows.every((r) => r.status === "RUNNING")).toBe(true);
        if (raw.status === "GEEN") expect(rows.every((r) => r.status === null && r.regionCode === "utrecht")).toBe(true);
        if (raw.update === "GEEN") expect(rows.every((r) => r.updateState === null && r.concessiehouderName === "CZ")).toBe(true);
        const csvLines = portfolioCsv(rows).trimEnd().split("\r\n");
        expect(csvLines.slice(1).map((l) => l.split(";")[0].replace(/^"|"$/g, ""))).toEqual(exported);
      }
      // the full set is more than one page, so paging was exercised
      expect((await portfolioPage(wir, parsePortfolioQuery({ periode: "2021-03", q: "paginaproject", per: "25" }))).pages).toBe(3);
    });

    it("completeness per region and concessiehouder lists what is missing", async () => {
      await marchHalfDone();
      const c = await periodCompleteness(ctxOf(t.db, actors.wir), "2021-03");
      expect(c.total).toMatchObject({ projects: 3, withUpdate: 1, withAssessment: 2, complete: 1, percent: 33 });
      expect(c.byRegion.map((g) => [g.name, g.complete, g.projects])).toEqual([
        ["Zeeland", 1, 2],
        ["Utrecht", 0, 1],
      ]);
      expect(c.byConcessiehouder.map((g) => g.name)).toEqual(["CZ", "Zilveren Kruis"]);
      expect(c.missing.map((m) => [m.wirNumber, m.missingUpdate, m.missingAssessment])).toEqual([
        ["T-A2", true, false],
        ["T-A3", true, true],
      ]);
      // only projects with a project leader: T-A3 (no leader) drops out
      const led = await periodCompleteness(ctxOf(t.db, actors.wir), "2021-03", { withLeaderOnly: true });
      expect(led.total).toMatchObject({ projects: 2, complete: 1, percent: 50 });
      expect(c.missing.find((m) => m.wirNumber === "T-A3")?.hasLeader).toBe(false);
      const ink = await periodCompleteness(ctxOf(t.db, actors.inkoperCz), "2021-03");
      expect(ink.byConcessiehouder.map((g) => g.name)).toEqual(["CZ"]);
    });

    it("a closed period is frozen for assessments, proposals, scores and reviews until reopened (audited)", async () => {
      await marchHalfDone();
      const wir = ctxOf(t.db, actors.wir);
      const ink = ctxOf(t.db, actors.inkoperCz);
      const p = await t.db.prisma.reportingPeriod.findUniqueOrThrow({ where: { id: ids.period } });
      await closePeriod(wir, { id: p.id, version: p.version });
      const a = await t.db.prisma.projectAssessment.findFirstOrThrow({ where: { projectId: ids.p1, periodId: ids.period } });
      await expect(recordAssessment(wir, { projectId: ids.p1, periodId: ids.period, version: a.version, ...blank })).rejects.toBeInstanceOf(PeriodNotOpenError);
      await expect(recordAssessmentsBulk(wir, ids.period, [{ projectId: ids.p3, version: 0, status: "RUNNING", impact: null, sharing: null, scalability: null, careOrgCount: null }])).rejects.toBeInstanceOf(PeriodNotOpenError);
      const prop = await t.db.prisma.assessmentProposal.findFirstOrThrow({ where: { projectId: ids.p1, periodId: ids.period } });
      await expect(proposeAssessment(ink, { projectId: ids.p1, periodId: ids.period, version: prop.version, ...blank })).rejects.toBeInstanceOf(PeriodNotOpenError);
      const region = await t.db.prisma.region.findUniqueOrThrow({ where: { code: "utrecht" } });
      await expect(recordRegionScores(wir, ids.period, [{ regionId: region.id, version: 0, agreements: 1, dynamics: 1, vision: 1, note: "" }])).rejects.toBeInstanceOf(PeriodNotOpenError);
      const u = await createProgressUpdate(t.db.prisma, { projectId: ids.p3, periodCode: "2021-03" });
      await expect(reviewUpdate(wir, { decision: "approve", id: u.id, version: u.version })).rejects.toBeInstanceOf(PeriodNotOpenError);
      // the frozen records are unchanged
      expect((await t.db.prisma.projectAssessment.findFirstOrThrow({ where: { id: a.id } })).status).toBe("FINISHED_SUCCESSFUL");

      const closed = await t.db.prisma.reportingPeriod.findUniqueOrThrow({ where: { id: ids.period } });
      await expect(reopenPeriod(wir, { id: closed.id, version: closed.version, reason: "" })).rejects.toThrow();
      await reopenPeriod(wir, { id: closed.id, version: closed.version, reason: "Correctie van een status" });
      const log = await t.db.prisma.auditLog.findFirstOrThrow({ where: { entity: "ReportingPeriod", entityId: closed.id }, orderBy: { id: "desc" } });
      expect(log.actorUserId).toBe(actors.wir.userId);
      expect(log.before).toMatchObject({ state: "CLOSED" });
      expect(log.after).toMatchObject({ state: "OPEN", reopenReason: "Correctie van een status" });
      await expect(recordAssessment(wir, { ...a, projectId: ids.p1, periodId: ids.period, version: a.version, note: "Na heropenen." })).resolves.toMatchObject({ outcome: "updated" });
    });

    it("proposals of another concessiehouder's project are not found", async () => {
      await openMarch2021();
      await createAssessmentProposal(t.db.prisma, { projectId: ids.p3, periodCode: "2021-03", proposedById: actors.wir.userId });
      await expect(getAssessmentSheet(ctxOf(t.db, actors.inkoperCz), ids.p3, "2021-03")).rejects.toThrow(/bestaat niet/);
    });
  });
}
