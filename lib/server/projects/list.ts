import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Ctx } from "../accounts/session";
import { assertPermission } from "../core/authz";
import { auditedFile } from "../core/audit";
import { projectManageSql, projectReadSql, regionManageWhere } from "../core/scope";
import { findPagePeriod, listPeriods, type PeriodSummary } from "../periods/read";
import { isNational } from "../../domain/actor";
import type { Permission } from "../../domain/permissions";
import type { PeriodPurpose } from "../../domain/periods";
import { IMPACT, PROJECT_STATUS, SCALABILITY, UPDATE_STATE } from "../../domain/enums";
import { TRAJECT_STAGE } from "../../domain/results/enums";
import { STALL_DAYS } from "../../domain/results/compute";
import { DEFAULT_PAGE_SIZE, NONE, exportTable, pageWindow, projectListCsv, type ProjectListQuery, type ProjectListRow, type SortKey } from "../../domain/project-list";
import { writeXlsx } from "../../domain/xlsx";
import { CONTENT_TYPES, type ExportFile } from "../../domain/export-file";

/**
 * THE project-list query (ADR 0010): /projecten, /portfolio, the bulk assessment view and the
 * portfolio export all call it. Scope, filters, sort and paging are one SQL statement; a page
 * costs one page of rows plus a count, whatever the size of the portfolio.
 *
 * A view decides who may list, which projects are in it and which period it opens on:
 * - `projecten`: every project the actor may open (own scope plus published cards); period data
 *   (judgement, update, traject) only for projects in the actor's own scope, and filtering on
 *   them keeps to that scope;
 * - `portfolio`: the actor's own scope (portfolio:read), no leader's unsubmitted drafts;
 * - `bulk`: the projects WIR judges (assessment:record), active ones, at the open period.
 */
export const LIST_VIEWS = {
  projecten: { permission: "project:read", purpose: "figures" },
  portfolio: { permission: "portfolio:read", purpose: "figures" },
  bulk: { permission: "assessment:record", purpose: "work" },
} as const satisfies Record<string, { permission: Permission; purpose: PeriodPurpose }>;
export type ListView = keyof typeof LIST_VIEWS;

export type ProjectListPage = {
  period: PeriodSummary | null;
  items: ProjectListRow[];
  total: number;
  page: number;
  pages: number;
  size: number;
  /** 1-based number of the first and last row on this page ("26–50 van 120"); 0 when empty */
  from: number;
  to: number;
  /** Dutch notes about the query (an unknown period) for the page to show */
  problems: string[];
};

const STAGES = [...TRAJECT_STAGE.values];

/** Who is listed: the view's scope. `own` is the part whose period data the actor may see. */
function scopeOf(ctx: Ctx, view: ListView): { listed: Prisma.Sql; own: Prisma.Sql } {
  switch (view) {
    case "projecten":
      return { listed: projectReadSql(ctx.actor), own: isNational(ctx.actor) ? Prisma.sql`TRUE` : projectManageSql(ctx.actor) };
    case "portfolio":
      return { listed: Prisma.sql`(${projectManageSql(ctx.actor, "portfolio:read")} AND p."lifecycle" <> 'DRAFT')`, own: Prisma.sql`TRUE` };
    case "bulk":
      return { listed: Prisma.sql`(${projectManageSql(ctx.actor, "assessment:record")} AND p."lifecycle" = 'ACTIVE')`, own: Prisma.sql`TRUE` };
  }
}

/** `column` is one of `values`, or empty when NONE is among them. */
function oneOf(column: Prisma.Sql, values: readonly string[]): Prisma.Sql {
  const real = values.filter((v) => v !== NONE);
  const match = Prisma.sql`${column}::text = ANY(${real}::text[])`;
  if (!values.includes(NONE)) return match;
  return real.length ? Prisma.sql`(${column} IS NULL OR ${match})` : Prisma.sql`${column} IS NULL`;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The filters of the query, as SQL conditions on the columns of the list's FROM. */
function filterSql(ctx: Ctx, q: ProjectListQuery, at: Prisma.Sql, own: Prisma.Sql): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (q.q) {
    const pattern = likePattern(q.q);
    and.push(Prisma.sql`(p."title" ILIKE ${pattern} OR p."wirNumber" ILIKE ${pattern} OR p."description" ILIKE ${pattern})`);
  }
  if (q.regio) and.push(Prisma.sql`r."code" = ${q.regio}`);
  if (q.concessiehouder) and.push(Prisma.sql`ch."code" = ${q.concessiehouder}`);
  if (q.rubriek) and.push(Prisma.sql`h."code" = ${q.rubriek}`);
  if (q.mijn) and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ProjectLeader" ml WHERE ml."projectId" = p."id" AND ml."userId" = ${ctx.actor.userId})`);
  if (q.startVanaf) and.push(Prisma.sql`p."startDate" >= make_date(${q.startVanaf}::int, 1, 1)`);
  // period data: never outside the actor's own scope
  const periodData: Prisma.Sql[] = [];
  if (q.status) periodData.push(oneOf(Prisma.sql`a."status"`, q.status));
  if (q.impact) periodData.push(oneOf(Prisma.sql`a."impact"`, q.impact));
  if (q.delen) periodData.push(oneOf(Prisma.sql`a."sharing"`, q.delen));
  if (q.opschaalbaarheid) periodData.push(oneOf(Prisma.sql`a."scalability"`, q.opschaalbaarheid));
  if (q.update) periodData.push(oneOf(Prisma.sql`u."state"`, q.update));
  if (q.traject) periodData.push(oneOf(Prisma.sql`ts."stage"`, q.traject));
  if (q.stilstand) periodData.push(Prisma.sql`(ts."stage" <> 'BORGING' AND ${at} - ts."date" > ${STALL_DAYS}::int)`);
  if (q.beoordeeld) periodData.push(Prisma.sql`a."id" IS NOT NULL`);
  if (q.onvolledig) periodData.push(Prisma.sql`(a."id" IS NULL OR a."status" IS NULL OR a."impact" IS NULL OR a."sharing" IS NULL OR a."scalability" IS NULL)`);
  if (periodData.length) and.push(own, ...periodData);
  return and;
}

/** The sort key of each sort, over the columns of the first phase; enumerations in report order. */
function sortKeySql(sort: SortKey, at: Prisma.Sql): Prisma.Sql {
  const position = (values: readonly string[], column: Prisma.Sql) => Prisma.sql`array_position(${[...values]}::text[], ${column}::text)`;
  switch (sort) {
    case "wirNumber":
      return Prisma.sql`lower(p."wirNumber") COLLATE "C"`;
    case "title":
      return Prisma.sql`lower(p."title") COLLATE "C"`;
    case "regionName":
      return Prisma.sql`r."reportOrder"`;
    case "concessiehouderName":
      return Prisma.sql`lower(ch."name") COLLATE "C"`;
    case "hoofdrubriekLabel":
      return Prisma.sql`h."reportOrder"`;
    case "status":
      return position(PROJECT_STATUS.values, Prisma.sql`a."status"`);
    case "impact":
      return position(IMPACT.values, Prisma.sql`a."impact"`);
    case "scalability":
      return position(SCALABILITY.values, Prisma.sql`a."scalability"`);
    case "updateState":
      return position(UPDATE_STATE.values, Prisma.sql`u."state"`);
    case "trajectStage":
      return position(STAGES, Prisma.sql`ts."stage"`);
    case "daysInStage":
      return Prisma.sql`(${at} - ts."date")`;
  }
}

/** Which optional joins the filters and the sort need in the first phase. */
function joinsNeeded(q: ProjectListQuery, sort: SortKey) {
  return {
    ch: !!q.concessiehouder || sort === "concessiehouderName",
    a: !!(q.status || q.impact || q.delen || q.opschaalbaarheid || q.beoordeeld || q.onvolledig) || sort === "status" || sort === "impact" || sort === "scalability",
    u: !!q.update || sort === "updateState",
    ts: !!(q.traject || q.stilstand) || sort === "trajectStage" || sort === "daysInStage",
  };
}

type SqlRow = ProjectListRow & { total: number };

/**
 * Two phases in one statement. First the ids in the list: the scope and filters, with only the
 * joins they (and the sort) need, sorted and cut to the page in SQL, and counted. Then the
 * columns of just those rows. A page of 50 of 31,800 projects reads narrow rows for the sort and
 * the count and builds 50 wide ones (docs/performance.md).
 */
async function runList(ctx: Ctx, view: ListView, query: ProjectListQuery, period: PeriodSummary | null, limit: { size: number; offset: number } | null): Promise<SqlRow[]> {
  const { listed, own } = scopeOf(ctx, view);
  const at = period ? Prisma.sql`${period.peildatum.toISOString().slice(0, 10)}::date` : Prisma.sql`current_date`;
  const periodId = period?.id ?? null;
  const sort = query.sort ?? "regionName";
  const dir = query.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const need = joinsNeeded(query, sort);
  const where = Prisma.join([listed, ...filterSql(ctx, query, at, own)], " AND ");
  const join = {
    ch: Prisma.sql`LEFT JOIN "ConcessionAssignment" ca ON ca."zorgkantoorregioId" = r."zorgkantoorregioId" AND ca."validTo" IS NULL
      LEFT JOIN "Concessiehouder" ch ON ch."id" = ca."concessiehouderId"`,
    a: Prisma.sql`LEFT JOIN "ProjectAssessment" a ON a."projectId" = p."id" AND a."periodId" = ${periodId} AND ${own}`,
    u: Prisma.sql`LEFT JOIN "ProgressUpdate" u ON u."projectId" = p."id" AND u."periodId" = ${periodId} AND ${own}`,
    // the furthest stage reached on or before the peildatum (lib/domain/results/compute.ts
    // currentStage): for every project at once (one pass over the steps) when filtering or
    // sorting on it, by index for just the page's rows otherwise
    tsAll: Prisma.sql`LEFT JOIN (
        SELECT DISTINCT ON (s."projectId") s."projectId", s."stage", s."date" FROM "TrajectStep" s WHERE s."date" <= ${at}
        ORDER BY s."projectId", array_position(${STAGES}::text[], s."stage"::text) DESC
      ) ts ON ts."projectId" = p."id" AND ${own}`,
    ts: Prisma.sql`LEFT JOIN LATERAL (
        SELECT s."stage", s."date" FROM "TrajectStep" s WHERE s."projectId" = p."id" AND s."date" <= ${at} AND ${own}
        ORDER BY array_position(${STAGES}::text[], s."stage"::text) DESC LIMIT 1
      ) ts ON TRUE`,
  };
  const optional = (key: keyof typeof need) => (need[key] ? join[key === "ts" ? "tsAll" : key] : Prisma.empty);
  const page = limit ? Prisma.sql`LIMIT ${limit.size} OFFSET ${limit.offset}` : Prisma.empty;
  return ctx.db.$queryRaw<SqlRow[]>`
    WITH listed AS (
      SELECT p."id", p."wirNumber" AS wir, ${sortKeySql(sort, at)} AS sk
      FROM "Project" p
      JOIN "Region" r ON r."id" = p."regionId"
      JOIN "Hoofdrubriek" h ON h."id" = p."hoofdrubriekId"
      ${optional("ch")} ${optional("a")} ${optional("u")} ${optional("ts")}
      WHERE ${where}
    ),
    page AS (
      SELECT "id", wir, sk FROM listed ORDER BY sk ${dir} NULLS LAST, wir COLLATE "C", "id" ${page}
    )
    SELECT p."id", p."wirNumber", p."title", p."lifecycle"::text AS "lifecycle", p."isPublic",
      r."code" AS "regionCode", r."name" AS "regionName",
      ch."name" AS "concessiehouderName", h."label" AS "hoofdrubriekLabel",
      (${own}) AS "inScope",
      a."status"::text AS "status", a."impact"::text AS "impact", a."sharing"::text AS "sharing",
      a."scalability"::text AS "scalability", a."careOrgCount",
      u."state"::text AS "updateState",
      ts."stage"::text AS "trajectStage", to_char(ts."date", 'YYYY-MM-DD') AS "stageSince", (${at} - ts."date")::int AS "daysInStage",
      (SELECT count(*)::int FROM listed) AS "total"
    FROM page
    JOIN "Project" p ON p."id" = page."id"
    JOIN "Region" r ON r."id" = p."regionId"
    JOIN "Hoofdrubriek" h ON h."id" = p."hoofdrubriekId"
    ${join.ch} ${join.a} ${join.u} ${join.ts}
    ORDER BY page.sk ${dir} NULLS LAST, page.wir COLLATE "C", page."id"`;
}

const strip = ({ total: _t, ...row }: SqlRow): ProjectListRow => row;

async function viewPeriod(ctx: Ctx, view: ListView, query: ProjectListQuery): Promise<PeriodSummary | null> {
  assertPermission(ctx.actor, LIST_VIEWS[view].permission);
  return findPagePeriod(ctx.db, LIST_VIEWS[view].purpose, query.periode);
}

/** One page of a project list: the rows, the total and where the page is. */
export async function listProjectPage(ctx: Ctx, view: ListView, query: ProjectListQuery): Promise<ProjectListPage> {
  const period = await viewPeriod(ctx, view, query);
  const size = query.per ?? DEFAULT_PAGE_SIZE;
  const wanted = pageWindow(Number.MAX_SAFE_INTEGER, query.pagina ?? 1, size);
  let rows = await runList(ctx, view, query, period, { size, offset: wanted.offset });
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && wanted.page > 1) {
    // past the last page (a bookmark from when there were more rows): show the last page
    const first = await runList(ctx, view, query, period, { size: 1, offset: 0 });
    total = first[0]?.total ?? 0;
    rows = total ? await runList(ctx, view, query, period, { size, offset: pageWindow(total, wanted.page, size).offset }) : [];
  }
  const problems = query.periode && period && period.code !== query.periode ? [`Periode ${query.periode} bestaat niet; de lijst toont ${period.label}.`] : [];
  return { period, items: rows.map(strip), total, ...pageWindow(total, wanted.page, size), problems };
}

/** Every row of a list in its order (no paging): the export of exactly what the table shows. */
export async function listProjectRows(ctx: Ctx, view: ListView, query: ProjectListQuery): Promise<{ period: PeriodSummary | null; rows: ProjectListRow[] }> {
  const period = await viewPeriod(ctx, view, query);
  const rows = await runList(ctx, view, query, period, null);
  return { period, rows: rows.map(strip) };
}

/**
 * The choices of the list filters. On /projecten every region (published cards come from all of
 * them); on the portfolio and the bulk view only the regions and concessiehouders in scope.
 */
export async function listFilterOptions(ctx: Ctx, view: ListView) {
  assertPermission(ctx.actor, LIST_VIEWS[view].permission);
  const all = view === "projecten" || isNational(ctx.actor);
  const [regions, concessiehouders, hoofdrubrieken, periods] = await Promise.all([
    ctx.db.region.findMany({ where: all ? {} : regionManageWhere(ctx.actor), select: { code: true, name: true }, orderBy: { reportOrder: "asc" } }),
    ctx.db.concessiehouder.findMany({
      where: all ? { supported: true } : { id: { in: [...ctx.actor.concessiehouderIds] } },
      select: { code: true, name: true },
      orderBy: { reportOrder: "asc" },
    }),
    ctx.db.hoofdrubriek.findMany({ select: { code: true, label: true }, orderBy: { reportOrder: "asc" } }),
    listPeriods(ctx.db),
  ]);
  return { regions, concessiehouders, hoofdrubrieken, periods: [...periods].reverse() };
}
export type ListFilterOptions = Awaited<ReturnType<typeof listFilterOptions>>;

/**
 * The portfolio export: exactly the rows the portfolio table shows for `query` (all pages), as
 * CSV or XLSX, with the headers of lib/domain/fields.ts. Needs portfolio:read and portfolio:export.
 */
export async function exportPortfolioList(ctx: Ctx, query: ProjectListQuery, format: "csv" | "xlsx"): Promise<ExportFile> {
  assertPermission(ctx.actor, "portfolio:export");
  const { period, rows } = await listProjectRows(ctx, "portfolio", query);
  const name = `portfolio-${period?.code ?? "zonder-periode"}`;
  if (format === "csv") return auditedFile(ctx, "portfolio", { body: projectListCsv(rows), contentType: CONTENT_TYPES.csv, fileName: `${name}.csv`, rows: rows.length }, { ...query });
  const [header, ...body] = exportTable(rows);
  const file = await writeXlsx([{ name: "Portfolio", widths: header.map((_, i) => (i === 1 ? 60 : 24)), rows: [{ cells: header, style: "bold" }, ...body] }]);
  return auditedFile(ctx, "portfolio", { body: file, contentType: CONTENT_TYPES.xlsx, fileName: `${name}.xlsx`, rows: rows.length }, { ...query });
}
