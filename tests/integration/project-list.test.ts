import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor, makeCast, type CastMember } from "../support/actors";
import { createAssessment, createProgressUpdate, createProject, createTrajectStep } from "@/tests/support/factories";
import { exportPortfolioList, listProjectPage, listProjectRows, type ListView } from "@/lib/server/projects/list";
import { listBulkAssessment } from "@/lib/server/review/assessments";
import { projectManageSql, projectManageWhere, projectReadSql, projectReadWhere } from "@/lib/server/core/scope";
import { ForbiddenError } from "@/lib/server/core/errors";
import { parseProjectListQuery } from "@/lib/domain/project-list";
import type { Actor } from "@/lib/domain/actor";
import type { Permission } from "@/lib/domain/permissions";

/**
 * The one project-list query (ADR 0010) on both backends: filters, sort order, paging totals,
 * the traject columns, and scope — per view, per role, whatever the URL asks for.
 */
type Who = CastMember | "inkoperLeader";

for (const backend of testBackends()) {
  describe(`project list query on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const actors = {} as Record<Who, Actor>;
    const ctx = (who: Who) => ctxOf(t.db, actors[who]);
    const list = (who: Who, view: ListView, url = "") => listProjectPage(ctx(who), view, parseProjectListQuery(new URLSearchParams(url)).query);
    const wirs = async (who: Who, view: ListView, url = "") => (await listProjectRows(ctx(who), view, parseProjectListQuery(new URLSearchParams(url)).query)).rows.map((r) => r.wirNumber);

    beforeAll(async () => {
      const db = t.db;
      Object.assign(actors, await makeCast(db));
      actors.inkoperLeader = await makeActor(db, [{ role: "INKOPER", concessiehouderCode: "ZK" }, { role: "PROJECTLEIDER" }]);
      const p = db.prisma;
      // Zeeland is CZ's, Utrecht Zilveren Kruis's (the reference data)
      const z1 = await createProject(p, { wirNumber: "L-Z1", title: "Alfa zorgnetwerk", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [actors.leaderA.userId] });
      const z2 = await createProject(p, { wirNumber: "L-Z2", title: "bravo leerhuis", regionCode: "zeeland", hoofdrubriekCode: "ANDERS_WERKEN", description: "Een zorgcampus." });
      await createProject(p, { wirNumber: "L-Z3", title: "Concept van A", regionCode: "zeeland", hoofdrubriekCode: "ANDERS_WERKEN", leaderIds: [actors.leaderA.userId], lifecycle: "DRAFT" });
      const u1 = await createProject(p, { wirNumber: "L-U1", title: "Charlie 100% thuis", regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [actors.leaderB.userId, actors.inkoperLeader.userId] });
      const u2 = await createProject(p, { wirNumber: "L-U2", title: "Delta kennisbank", regionCode: "utrecht", hoofdrubriekCode: "LEREN_VERBETEREN", isPublic: true });
      await createProject(p, { wirNumber: "L-U3", title: "Echo gearchiveerd", regionCode: "utrecht", hoofdrubriekCode: "LEREN_VERBETEREN", lifecycle: "ARCHIVED" });
      await createAssessment(p, { projectId: z1.id, periodCode: "2020-10", status: "RUNNING", scalability: "NATIONAL", impact: "LARGE_GREAT", sharing: "YES", careOrgCount: 4 });
      await createAssessment(p, { projectId: z2.id, periodCode: "2020-10", status: "FINISHED_SUCCESSFUL", scalability: "NOT_USEFUL" });
      await createAssessment(p, { projectId: u1.id, periodCode: "2020-10", status: "RUNNING" });
      await createAssessment(p, { projectId: u2.id, periodCode: "2020-10", status: "STOPPED_EARLY" });
      await createAssessment(p, { projectId: z1.id, periodCode: "2020-03", status: "NOT_STARTED" });
      await createProgressUpdate(p, { projectId: z1.id, periodCode: "2020-10", state: "APPROVED" });
      await createProgressUpdate(p, { projectId: u1.id, periodCode: "2020-10", state: "SUBMITTED" });
      // the traject at the peildatum of oktober 2020 (2020-11-01)
      await createTrajectStep(p, { projectId: z1.id, stage: "INTAKE", date: "2019-10-01" });
      await createTrajectStep(p, { projectId: z1.id, stage: "EXECUTION", date: "2020-01-15" }); // 291 days: stalls
      await createTrajectStep(p, { projectId: z1.id, stage: "MIDTERM", date: "2021-02-01" }); // after the peildatum: not yet
      await createTrajectStep(p, { projectId: z2.id, stage: "BORGING", date: "2019-01-01" }); // long, but borging never stalls
      await createTrajectStep(p, { projectId: u1.id, stage: "PLAN", date: "2020-09-01" }); // 61 days
      await createTrajectStep(p, { projectId: u2.id, stage: "FUNDING", date: "2019-01-01" }); // a published card: not shown outside scope
      // enough Zeeland projects for three pages of 25
      for (let i = 0; i < 55; i++) {
        await createProject(p, { wirNumber: `L-V${String(i).padStart(2, "0")}`, title: `Vulproject ${String((i * 37) % 55).padStart(2, "0")}`, regionCode: i % 2 ? "zeeland" : "utrecht", hoofdrubriekCode: "TECHNOLOGIE" });
      }
    });

    it("the SQL scope is the same as the Prisma scope for every kind of actor", async () => {
      const ids = async (where: Prisma.ProjectWhereInput) => (await t.db.prisma.project.findMany({ where, select: { id: true } })).map((r) => r.id).sort();
      const sqlIds = async (cond: Prisma.Sql) => (await t.db.prisma.$queryRaw<{ id: string }[]>`SELECT p."id" FROM "Project" p WHERE ${cond}`).map((r) => r.id).sort();
      const permissions: (Permission | undefined)[] = [undefined, "portfolio:read", "assessment:record", "project:edit", "update:review"];
      for (const who of Object.keys(actors) as Who[]) {
        const a = actors[who];
        for (const permission of permissions) expect(await sqlIds(projectManageSql(a, permission)), `${who} ${permission}`).toEqual(await ids(projectManageWhere(a, permission)));
        expect(await sqlIds(projectReadSql(a)), who).toEqual(await ids(projectReadWhere(a)));
      }
    });

    it("filters on every URL parameter, period data at the chosen period", async () => {
      const v = (url: string) => wirs("wir", "portfolio", url);
      expect(await v("regio=zeeland&rubriek=TECHNOLOGIE&q=alfa")).toEqual(["L-Z1"]);
      expect(await v("concessiehouder=ZK&rubriek=LEREN_VERBETEREN")).toEqual(["L-U2", "L-U3"]);
      expect(await v("ch=ZK&hoofdrubriek=LEREN_VERBETEREN")).toEqual(["L-U2", "L-U3"]); // the old names
      expect(await v("q=ZORGCAMPUS")).toEqual(["L-Z2"]); // description, any case
      expect(await v("q=100%25")).toEqual(["L-U1"]); // % is a character, not a wildcard
      expect(await v("status=RUNNING&status=FINISHED_SUCCESSFUL")).toEqual(["L-Z1", "L-Z2", "L-U1"]);
      expect(await v("status=RUNNING&periode=2020-03")).toEqual([]);
      expect(await v("status=NOT_STARTED&periode=2020-03")).toEqual(["L-Z1"]);
      expect((await v("status=GEEN")).length).toBe(56); // 55 fillers + the archived one
      expect(await v("opschaalbaarheid=NATIONAL&impact=LARGE_GREAT&delen=YES")).toEqual(["L-Z1"]);
      expect(await v("update=APPROVED")).toEqual(["L-Z1"]);
      expect(await v("update=SUBMITTED&update=APPROVED")).toEqual(["L-Z1", "L-U1"]);
      expect(await v("traject=EXECUTION&traject=PLAN")).toEqual(["L-Z1", "L-U1"]);
      expect(await v("stilstand=1")).toEqual(["L-Z1", "L-U2"]); // not Z2: borging never stalls
      expect(await v("beoordeeld=1&regio=utrecht")).toEqual(["L-U1", "L-U2"]);
      expect((await wirs("wir", "projecten", "mijn=1")).length).toBe(0);
      expect(await wirs("leaderA", "projecten", "mijn=1")).toEqual(["L-Z1", "L-Z3"]);
    });

    it("shows the traject stage and the days in it at the period's peildatum", async () => {
      const rows = (await listProjectRows(ctx("wir"), "portfolio", { regio: "zeeland", traject: ["EXECUTION", "BORGING"] })).rows;
      expect(rows.map((r) => [r.wirNumber, r.trajectStage, r.stageSince, r.daysInStage])).toEqual([
        ["L-Z1", "EXECUTION", "2020-01-15", 291],
        ["L-Z2", "BORGING", "2019-01-01", 670],
      ]);
      // at maart 2020 (peildatum 2020-03-01) Z1 had been in execution for 46 days
      const march = (await listProjectRows(ctx("wir"), "portfolio", { regio: "zeeland", q: "alfa", periode: "2020-03" })).rows;
      expect(march[0]).toMatchObject({ trajectStage: "EXECUTION", daysInStage: 46 });
    });

    it("sorts in SQL: enumerations in report order, empty values last, ties by WIR-nummer", async () => {
      const v = (url: string) => wirs("wir", "portfolio", `regio=zeeland&q=a&${url}`);
      expect((await v("sort=title")).slice(0, 2)).toEqual(["L-Z1", "L-Z2"]); // "Alfa…", "bravo…": case does not matter
      expect((await v("sort=title&dir=desc")).slice(-2)).toEqual(["L-Z2", "L-Z1"]);
      expect((await wirs("wir", "portfolio", "status=RUNNING&status=FINISHED_SUCCESSFUL&sort=status")).slice(0, 3)).toEqual(["L-Z2", "L-U1", "L-Z1"]);
      // empty values last in both directions
      const byDays = await wirs("wir", "portfolio", "sort=daysInStage&dir=desc");
      expect(byDays.slice(0, 4)).toEqual(["L-U2", "L-Z2", "L-Z1", "L-U1"]); // U2 and Z2 both 670 days: by WIR-nummer
      expect((await wirs("wir", "portfolio", "sort=daysInStage")).slice(0, 4)).toEqual(["L-U1", "L-Z1", "L-U2", "L-Z2"]);
      expect(byDays.length).toBe(60); // every project but the draft, the empty ones last
      // default: region in report order, then WIR-nummer
      const all = (await listProjectRows(ctx("wir"), "portfolio", {})).rows;
      const regionNames = all.map((r) => r.regionName);
      expect(regionNames.indexOf("Utrecht")).toBeGreaterThan(-1);
      expect(regionNames.slice().sort((a, b) => regionNames.indexOf(a) - regionNames.indexOf(b))).toEqual(regionNames);
    });

    it("pages in SQL: total, x–y, the same rows as the export, and a page past the end shows the last one", async () => {
      const query = "regio=zeeland&per=25&sort=title";
      const first = await list("wir", "portfolio", query);
      expect(first).toMatchObject({ total: 29, page: 1, pages: 2, size: 25, from: 1, to: 25 });
      const second = await list("wir", "portfolio", `${query}&pagina=2`);
      expect(second).toMatchObject({ total: 29, page: 2, from: 26, to: 29 });
      expect([...first.items, ...second.items].map((r) => r.wirNumber)).toEqual(await wirs("wir", "portfolio", query));
      expect(await list("wir", "portfolio", `${query}&pagina=99`)).toMatchObject({ page: 2, from: 26, to: 29 });
      expect(await list("wir", "portfolio", "regio=zeeland&q=bestaatniet")).toMatchObject({ total: 0, page: 1, pages: 1, items: [] });
      const body = (await exportPortfolioList(ctx("wir"), parseProjectListQuery({ regio: "zeeland", sort: "title" }).query, "csv")).body;
      const csv = typeof body === "string" ? body : new TextDecoder().decode(body);
      expect(csv.trim().split("\r\n").slice(1).map((l) => l.split(";")[0].replace(/^"|"$/g, ""))).toEqual(await wirs("wir", "portfolio", query));
    });

    it("an inkoper lists only its own regions; codes and searches in the URL cannot widen that", async () => {
      expect(await wirs("inkoperCz", "portfolio", "q=L-")).toEqual(expect.arrayContaining(["L-Z1", "L-Z2"]));
      expect((await wirs("inkoperCz", "portfolio")).every((w) => ["L-Z1", "L-Z2"].includes(w) || Number(w.slice(3)) % 2 === 1)).toBe(true);
      expect(await wirs("inkoperCz", "portfolio", "regio=utrecht")).toEqual([]);
      expect(await wirs("inkoperCz", "portfolio", "concessiehouder=ZK")).toEqual([]);
      expect(await wirs("inkoperCz", "portfolio", "q=L-U1")).toEqual([]);
      expect(await wirs("inkoperCz", "portfolio", "q=L-Z3")).toEqual([]); // a leader's draft is not in the portfolio
      // /projecten: own scope plus published cards; their judgement is not shown, nor filtered on
      const projecten = (await listProjectRows(ctx("inkoperCz"), "projecten", { regio: "utrecht" })).rows;
      expect(projecten.map((r) => [r.wirNumber, r.inScope, r.status, r.trajectStage])).toEqual([["L-U2", false, null, null]]);
      expect(await wirs("inkoperCz", "projecten", "status=STOPPED_EARLY")).toEqual([]);
      expect(await wirs("inkoperCz", "projecten", "traject=FUNDING")).toEqual([]);
      expect(await wirs("inkoperZk", "projecten", "status=STOPPED_EARLY")).toEqual(["L-U2"]);
    });

    it("a leader lists its own projects plus published cards, and has no portfolio or bulk view", async () => {
      expect(await wirs("leaderA", "projecten")).toEqual(["L-Z1", "L-Z3", "L-U2"]);
      expect(await wirs("leaderB", "projecten")).toEqual(["L-U1", "L-U2"]);
      expect(await wirs("leaderB", "projecten", "regio=zeeland")).toEqual([]);
      expect(await wirs("leaderB", "projecten", "q=L-Z1")).toEqual([]);
      for (const view of ["portfolio", "bulk"] as const) await expect(list("leaderA", view)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(exportPortfolioList(ctx("leaderA"), {}, "csv")).rejects.toBeInstanceOf(ForbiddenError);
      // two roles: the inkoper's scope for the portfolio, not the projects it leads elsewhere… (both are ZK here)
      expect(await wirs("inkoperLeader", "portfolio", "regio=zeeland")).toEqual([]);
    });

    it("the bulk view pages too: active projects only, 25 at a time by default", async () => {
      await expect(listBulkAssessment(ctx("inkoperCz"), {})).rejects.toBeInstanceOf(ForbiddenError);
      const page = await listBulkAssessment(ctx("wir"), { periode: "2020-10" });
      expect(page).toMatchObject({ total: 59, size: 25, pages: 3, from: 1, to: 25 }); // not the draft, not the archived one
      expect(page.rows).toHaveLength(25);
      const zeeland = await listBulkAssessment(ctx("wir"), parseProjectListQuery({ periode: "2020-10", regio: "zeeland", q: "a", open: "1" }).query);
      // "onvolledig" (old name "open"): Z1's judgement is complete, Z2's lacks impact and sharing
      expect(zeeland.rows.map((r) => r.wirNumber)).toContain("L-Z2");
      expect(zeeland.rows.map((r) => r.wirNumber)).not.toContain("L-Z1");
      expect(zeeland.rows.map((r) => r.wirNumber)).not.toContain("L-Z3");
      const z1 = (await listBulkAssessment(ctx("wir"), { periode: "2020-10", q: "alfa" })).rows[0];
      expect(z1.assessment).toMatchObject({ status: "RUNNING", careOrgCount: 4 });
      expect(z1.previous).toMatchObject({ status: "NOT_STARTED", periodLabel: "maart 2020" });
    });
  });
}
