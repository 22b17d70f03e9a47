import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { formData } from "../support/form-data";
import { createAssessment, createProgressUpdate, createProject, createReportingPeriod } from "@/tests/support/factories";
import { ForbiddenError, NotAuthenticatedError, NotFoundError } from "@/lib/server/core/errors";
import type { Ctx } from "@/lib/server/accounts/session";
import type { Actor } from "@/lib/domain/actor";

/**
 * Role × resource matrix for everything issue 5 adds: every lib/server function, the server
 * actions and the export route handler. The actions and the route run for real; only the
 * session lookup is replaced, so "signed in as X" is a variable of the test.
 */
const session = vi.hoisted(() => ({ ctx: null as Ctx | null }));
vi.mock("@/lib/server/accounts/session", () => ({
  requestCtx: async () => {
    if (!session.ctx) throw new NotAuthenticatedError();
    return session.ctx;
  },
  pageCtx: async () => {
    if (!session.ctx) throw new Error("redirect /inloggen");
    return session.ctx;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const periodAdmin = await import("@/lib/server/periods/admin");
const review = await import("@/lib/server/review/updates");
const assessments = await import("@/lib/server/review/assessments");
const regionScores = await import("@/lib/server/review/region-scores");
const lists = await import("@/lib/server/projects/list");
const completeness = await import("@/lib/server/review/completeness");
const periodActions = await import("@/app/(app)/perioden/actions");
const reviewActions = await import("@/app/(app)/beoordelen/actions");
const exportRoute = await import("@/app/api/portfolio/export/route");
const { parseProjectListQuery } = await import("@/lib/domain/project-list");
const parsePortfolioQuery = (raw: Record<string, string>) => parseProjectListQuery(raw).query;

type Who = "wir" | "inkoperCz" | "inkoperZk" | "leaderA" | "beheer";
const blank = { status: null, impact: null, sharing: null, scalability: null, careOrgCount: null, note: "" } as const;

// Two groups: refusals and reads share one database; each test that writes gets a fresh one.
const GROUPS = ["reads", "writes"] as const;

for (const backend of testBackends()) {
  for (const group of GROUPS) describe(`review isolation matrix (${group}) on ${backend.name}`, () => {
    const t = useTestDb(backend, { each: group === "writes" });
    const actors = {} as Record<Who, Actor>;
    const ids = {} as Record<"cz" | "zk" | "zkPublic" | "period" | "updCz" | "updZk" | "zeeland" | "utrecht", string>;
    const ctx = (who: Who) => ctxOf(t.db, actors[who]);

    (group === "writes" ? beforeEach : beforeAll)(async () => {
      const db = t.db;
      actors.wir = await makeActor(db, [{ role: "WIR" }]);
      actors.inkoperCz = await makeActor(db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
      actors.inkoperZk = await makeActor(db, [{ role: "INKOPER", concessiehouderCode: "ZK" }]);
      actors.leaderA = await makeActor(db, [{ role: "PROJECTLEIDER" }]);
      actors.beheer = await makeActor(db, [{ role: "BEHEERDER" }]);
      const cz = await createProject(db.prisma, { wirNumber: "I-CZ", title: "Zeeuws project", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [actors.leaderA.userId] });
      const zk = await createProject(db.prisma, { wirNumber: "I-ZK", title: "Utrechts project", regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE" });
      const zkPublic = await createProject(db.prisma, { wirNumber: "I-ZKP", title: "Gepubliceerd Drents project", regionCode: "drenthe", hoofdrubriekCode: "TECHNOLOGIE", isPublic: true });
      const period = await createReportingPeriod(db.prisma, { code: "2021-03", label: "maart 2021", peildatum: "2021-03-01", state: "OPEN" });
      const updCz = await createProgressUpdate(db.prisma, { projectId: cz.id, periodCode: "2021-03" });
      const updZk = await createProgressUpdate(db.prisma, { projectId: zk.id, periodCode: "2021-03" });
      for (const p of [cz, zk, zkPublic]) await createAssessment(db.prisma, { projectId: p.id, periodCode: "2020-10", status: "RUNNING", note: "geheim" });
      const zeeland = await db.prisma.region.findUniqueOrThrow({ where: { code: "zeeland" } });
      const utrecht = await db.prisma.region.findUniqueOrThrow({ where: { code: "utrecht" } });
      Object.assign(ids, { cz: cz.id, zk: zk.id, zkPublic: zkPublic.id, period: period.id, updCz: updCz.id, updZk: updZk.id, zeeland: zeeland.id, utrecht: utrecht.id });
    });

    if (group === "reads") {
      it("periods are managed by WIR only", async () => {
        for (const who of ["inkoperCz", "leaderA", "beheer"] as const) {
          await expect(periodAdmin.listPeriodsForAdmin(ctx(who))).rejects.toBeInstanceOf(ForbiddenError);
          await expect(periodAdmin.createPeriod(ctx(who), { year: 2022, month: 3, peildatum: "2022-03-01" })).rejects.toBeInstanceOf(ForbiddenError);
          await expect(periodAdmin.openPlannedPeriod(ctx(who), { id: ids.period, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
          await expect(periodAdmin.closePeriod(ctx(who), { id: ids.period, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
          await expect(periodAdmin.reopenPeriod(ctx(who), { id: ids.period, version: 1, reason: "zomaar even" })).rejects.toBeInstanceOf(ForbiddenError);
        }
        expect((await periodAdmin.listPeriodsForAdmin(ctx("wir"))).map((p) => p.code)).toContain("2021-03");
      });

      it("the review queue holds only the actor's own concessiehouder's updates; leaders and beheer cannot review", async () => {
        const queue = async (who: Who) => (await review.listUpdatesForReview(ctx(who), { periodId: ids.period })).map((u) => u.project.wirNumber).sort();
        expect(await queue("wir")).toEqual(["I-CZ", "I-ZK"]);
        expect(await queue("inkoperCz")).toEqual(["I-CZ"]);
        expect(await queue("inkoperZk")).toEqual(["I-ZK"]);
        for (const who of ["leaderA", "beheer"] as const) {
          await expect(review.listUpdatesForReview(ctx(who), { periodId: ids.period })).rejects.toBeInstanceOf(ForbiddenError);
          await expect(review.reviewUpdate(ctx(who), { decision: "approve", id: ids.updCz, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
          await expect(review.getUpdateForReview(ctx(who), ids.cz, ids.period)).rejects.toBeInstanceOf(ForbiddenError);
        }
        await expect(review.reviewUpdate(ctx("inkoperCz"), { decision: "approve", id: ids.updZk, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
        expect(await review.getUpdateForReview(ctx("inkoperCz"), ids.zk, ids.period)).toBeNull();
        expect(await review.getUpdateForReview(ctx("inkoperZk"), ids.zk, ids.period)).not.toBeNull();
        expect((await t.db.prisma.progressUpdate.findUniqueOrThrow({ where: { id: ids.updZk } })).state).toBe("SUBMITTED");
      });

      it("assessment sheets, proposals and records follow role and scope", async () => {
        await expect(assessments.getAssessmentSheet(ctx("inkoperCz"), ids.zk, "2021-03")).rejects.toBeInstanceOf(NotFoundError);
        // a published card is readable, its period judgements are not
        await expect(assessments.getAssessmentSheet(ctx("inkoperCz"), ids.zkPublic, "2021-03")).rejects.toBeInstanceOf(NotFoundError);
        await expect(assessments.getAssessmentSheet(ctx("leaderA"), ids.cz, "2021-03")).rejects.toBeInstanceOf(ForbiddenError);
        expect((await assessments.getAssessmentSheet(ctx("inkoperCz"), ids.cz, "2021-03")).previous?.note).toBe("geheim");
        const input = (projectId: string) => ({ projectId, periodId: ids.period, version: 0, ...blank, status: "RUNNING" as const });
        await expect(assessments.proposeAssessment(ctx("inkoperCz"), input(ids.zk))).rejects.toBeInstanceOf(NotFoundError);
        await expect(assessments.proposeAssessment(ctx("inkoperCz"), input(ids.zkPublic))).rejects.toBeInstanceOf(NotFoundError);
        for (const who of ["wir", "leaderA", "beheer"] as const) await expect(assessments.proposeAssessment(ctx(who), input(ids.cz))).rejects.toBeInstanceOf(ForbiddenError);
        for (const who of ["inkoperCz", "inkoperZk", "leaderA", "beheer"] as const) {
          await expect(assessments.recordAssessment(ctx(who), input(ids.cz))).rejects.toBeInstanceOf(ForbiddenError);
          await expect(assessments.recordAssessmentsBulk(ctx(who), ids.period, [{ ...input(ids.cz) }])).rejects.toBeInstanceOf(ForbiddenError);
          await expect(assessments.listBulkAssessment(ctx(who), { periode: "2021-03" })).rejects.toBeInstanceOf(ForbiddenError);
        }
        expect(await t.db.prisma.projectAssessment.count({ where: { periodId: ids.period } })).toBe(0);
        expect(await t.db.prisma.assessmentProposal.count()).toBe(0);
      });

      it("region scores: inkopers read their own regions; only WIR records", async () => {
        expect((await regionScores.listRegionScores(ctx("inkoperCz"), ids.period)).map((r) => r.code)).not.toContain("utrecht");
        expect((await regionScores.listRegionScores(ctx("inkoperCz"), ids.period)).map((r) => r.code)).toContain("zeeland");
        expect(await regionScores.listRegionScores(ctx("wir"), ids.period)).toHaveLength(34);
        await expect(regionScores.listRegionScores(ctx("leaderA"), ids.period)).rejects.toBeInstanceOf(ForbiddenError);
        const row = { regionId: ids.zeeland, version: 0, agreements: 4, dynamics: 4, vision: 5, note: "" };
        for (const who of ["inkoperCz", "leaderA", "beheer"] as const) {
          await expect(regionScores.recordRegionScores(ctx(who), ids.period, [row])).rejects.toBeInstanceOf(ForbiddenError);
        }
        expect(await t.db.prisma.regionScore.count({ where: { periodId: ids.period } })).toBe(0);
      });

      it("portfolio, filter choices, export and completeness hold only the actor's own scope", async () => {
        const q = parsePortfolioQuery({});
        const rows = async (who: Who) => (await lists.listProjectRows(ctx(who), "portfolio", q)).rows.map((r) => r.wirNumber).sort();
        expect(await rows("wir")).toEqual(["I-CZ", "I-ZK", "I-ZKP"]);
        expect(await rows("inkoperCz")).toEqual(["I-CZ"]);
        expect(await rows("inkoperZk")).toEqual(["I-ZK", "I-ZKP"]);
        // asking for another concessiehouder's region gives nothing, not their projects
        expect((await lists.listProjectRows(ctx("inkoperCz"), "portfolio", parsePortfolioQuery({ regio: "utrecht" }))).rows).toEqual([]);
        const opts = await lists.listFilterOptions(ctx("inkoperCz"), "portfolio");
        expect(opts.concessiehouders.map((c) => c.code)).toEqual(["CZ"]);
        expect(opts.regions.map((r) => r.code)).not.toContain("utrecht");
        for (const who of ["leaderA", "beheer"] as const) {
          await expect(lists.listProjectRows(ctx(who), "portfolio", q)).rejects.toBeInstanceOf(ForbiddenError);
          await expect(lists.listProjectPage(ctx(who), "portfolio", q)).rejects.toBeInstanceOf(ForbiddenError);
          await expect(lists.listFilterOptions(ctx(who), "portfolio")).rejects.toBeInstanceOf(ForbiddenError);
          await expect(lists.exportPortfolioList(ctx(who), q, "csv")).rejects.toBeInstanceOf(ForbiddenError);
          await expect(completeness.periodCompleteness(ctx(who), "2021-03")).rejects.toBeInstanceOf(ForbiddenError);
        }
        const c = await completeness.periodCompleteness(ctx("inkoperCz"), "2021-03");
        expect(c.missing.map((m) => m.wirNumber)).toEqual(["I-CZ"]);
        expect(c.byConcessiehouder.map((g) => g.key)).toEqual(["CZ"]);
      });

      it("the export route: 401 signed out, 403 without permission, 400 bad format, own rows only", async () => {
        const get = (query: string) => exportRoute.GET(new Request(`http://localhost/api/portfolio/export?${query}`));
        session.ctx = null;
        expect((await get("formaat=csv")).status).toBe(401);
        session.ctx = ctx("leaderA");
        expect((await get("formaat=csv")).status).toBe(403);
        session.ctx = ctx("beheer");
        expect((await get("formaat=csv")).status).toBe(403);
        session.ctx = ctx("inkoperCz");
        const pdf = await get("formaat=pdf");
        expect(pdf.status).toBe(400);
        expect(await pdf.json()).toEqual({ code: "validation", message: "Kies als formaat csv of xlsx.", fieldErrors: { formaat: ["Kies csv of xlsx."] } });
        const csv = await get("formaat=csv&regio=utrecht");
        expect(csv.status).toBe(200);
        expect((await csv.text()).trim().split("\r\n")).toHaveLength(1); // header only
        const own = await (await get("formaat=csv")).text();
        expect(own).toContain("I-CZ");
        expect(own).not.toContain("I-ZK");
        session.ctx = ctx("wir");
        const xlsx = await get("formaat=xlsx&rubriek=TECHNOLOGIE&sort=wirNumber&dir=desc");
        expect(xlsx.status).toBe(200);
        expect(xlsx.headers.get("content-type")).toMatch(/spreadsheetml/);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(await xlsx.arrayBuffer());
        const sheet = wb.getWorksheet("Portfolio")!;
        const firstColumn = (sheet.getColumn(1).values as unknown[]).filter((v) => typeof v === "string");
        expect(firstColumn).toEqual(["WIR-nummer", "I-ZKP", "I-ZK", "I-CZ"]);
        session.ctx = null;
      });
    } else {
      it("server actions: signed out, wrong role and out-of-scope ids are refused without writing", async () => {
        session.ctx = null;
        const out = await reviewActions.reviewUpdateAction(null, formData({ decision: "approve", id: ids.updCz, version: 1 }));
        expect(out).toMatchObject({ ok: false, code: "unauthenticated" });
        expect((await periodActions.createPeriodAction(null, formData({ year: 2022, month: 3, peildatum: "2022-03-01" }))).ok).toBe(false);

        session.ctx = ctx("leaderA");
        expect(await reviewActions.reviewUpdateAction(null, formData({ decision: "approve", id: ids.updCz, version: 1 }))).toMatchObject({ ok: false, code: "forbidden" });
        expect(await reviewActions.judgementAction(null, formData({ kind: "assessment", projectId: ids.cz, periodId: ids.period, version: 0, status: "RUNNING" }))).toMatchObject({ ok: false, code: "forbidden" });
        expect(await reviewActions.bulkAssessmentAction(null, formData({ periodId: ids.period, [`status:${ids.cz}`]: "RUNNING", [`version:${ids.cz}`]: 0 }))).toMatchObject({ ok: false, code: "forbidden" });
        expect(await reviewActions.regionScoresAction(null, formData({ periodId: ids.period, [`agreements:${ids.zeeland}`]: 4, [`version:${ids.zeeland}`]: 0 }))).toMatchObject({ ok: false, code: "forbidden" });
        expect(await periodActions.periodTransitionAction(null, formData({ step: "close", id: ids.period, version: 1 }))).toMatchObject({ ok: false, code: "forbidden" });

        session.ctx = ctx("inkoperCz");
        expect(await reviewActions.reviewUpdateAction(null, formData({ decision: "approve", id: ids.updZk, version: 1 }))).toMatchObject({ ok: false, code: "notFound" });
        expect(await reviewActions.judgementAction(null, formData({ kind: "proposal", projectId: ids.zk, periodId: ids.period, version: 0, status: "RUNNING" }))).toMatchObject({ ok: false, code: "notFound" });
        // an inkoper posting kind=assessment still cannot record the final judgement
        expect(await reviewActions.judgementAction(null, formData({ kind: "assessment", projectId: ids.cz, periodId: ids.period, version: 0, status: "RUNNING" }))).toMatchObject({ ok: false, code: "forbidden" });
        expect(await periodActions.createPeriodAction(null, formData({ year: 2022, month: 3, peildatum: "2022-03-01" }))).toMatchObject({ ok: false, code: "forbidden" });
        // a return without comment is refused with a Dutch field message
        const noComment = await reviewActions.reviewUpdateAction(null, formData({ decision: "return", id: ids.updCz, version: 1, comment: "" }));
        expect(noComment).toMatchObject({ ok: false, code: "validation" });
        expect(JSON.stringify(noComment)).toMatch(/wat er moet worden aangepast/);

        expect((await t.db.prisma.progressUpdate.findMany({ select: { state: true } })).every((u) => u.state === "SUBMITTED")).toBe(true);
        expect(await t.db.prisma.projectAssessment.count({ where: { periodId: ids.period } })).toBe(0);
        expect(await t.db.prisma.regionScore.count({ where: { periodId: ids.period } })).toBe(0);
        expect(await t.db.prisma.reportingPeriod.count({ where: { code: "2022-03" } })).toBe(0);

        // and the right actor can: the inkoper approves its own update, WIR records
        expect(await reviewActions.reviewUpdateAction(null, formData({ decision: "approve", id: ids.updCz, version: 1 }))).toMatchObject({ ok: true });
        session.ctx = ctx("wir");
        expect(await reviewActions.bulkAssessmentAction(null, formData({ periodId: ids.period, [`status:${ids.cz}`]: "RUNNING", [`version:${ids.cz}`]: 0 }))).toMatchObject({ ok: true, data: { saved: 1 } });
        session.ctx = null;
      });

      it("a user with two roles gets each permission only in the scope of the role that grants it", async () => {
        // inkoper of Zilveren Kruis (Utrecht) who also leads a project in Zeeland (CZ)
        const both = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "ZK" }, { role: "PROJECTLEIDER" }]);
        const own = await createProject(t.db.prisma, { wirNumber: "I-TWEE", title: "Eigen Zeeuws project", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [both.userId] });
        const ownUpdate = await createProgressUpdate(t.db.prisma, { projectId: own.id, periodCode: "2021-03" });
        const c = ctxOf(t.db, both);
        // as inkoper: reviews Utrecht's update, not the update of its own Zeeland project
        expect((await review.listUpdatesForReview(c, { periodId: ids.period })).map((u) => u.project.wirNumber)).toEqual(["I-ZK"]);
        await expect(review.reviewUpdate(c, { decision: "approve", id: ownUpdate.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
        await expect(assessments.proposeAssessment(c, { projectId: own.id, periodId: ids.period, version: 0, ...blank })).rejects.toBeInstanceOf(NotFoundError);
        // as projectleider: edits its own project, not the Utrecht projects it buys for
        const projectEdit = await import("@/lib/server/projects/edit");
        expect((await projectEdit.getProjectForEdit(c, own.id)).id).toBe(own.id);
        await expect(projectEdit.getProjectForEdit(c, ids.zk)).rejects.toBeInstanceOf(NotFoundError);
        expect(await t.db.prisma.progressUpdate.findUniqueOrThrow({ where: { id: ownUpdate.id }, select: { state: true } })).toEqual({ state: "SUBMITTED" });
      });
    }
  });
}
