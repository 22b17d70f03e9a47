import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { Ctx } from "../accounts/session";
import { assertPermission } from "../core/authz";
import { projectManageWhere, regionManageWhere } from "../core/scope";
import { findPagePeriod } from "../periods/read";
import { isNational } from "../../domain/actor";
import { writeXlsx } from "../../domain/xlsx";
import { CONTENT_TYPES, type ExportFile } from "../../domain/export-file";
import { EXPORT_COLUMNS, filterPortfolioRows, pageOf, portfolioCsv, sortPortfolioRows, type PortfolioQuery, type PortfolioRow } from "../../domain/portfolio";

/**
 * The portfolio: the projects in the actor's own scope (an inkoper: its concessiehouder's
 * regions; WIR: national) with their judgement and update state at one period. Published cards
 * of other regions are not part of it: the portfolio shows non-public period data.
 *
 * All matching rows are loaded, then filtered on the period fields, sorted and paged in memory
 * (lib/domain/portfolio.ts). A national portfolio is a few hundred to a few thousand projects;
 * doing it this way keeps the table and its export provably the same rows.
 */
export async function listPortfolio(ctx: Ctx, query: PortfolioQuery) {
  assertPermission(ctx.actor, "portfolio:read");
  const period = await findPagePeriod(ctx.db, "figures", query.periode);
  const and: Prisma.ProjectWhereInput[] = [projectManageWhere(ctx.actor, "portfolio:read"), { lifecycle: { not: "DRAFT" } }];
  if (query.q) {
    and.push({
      OR: [
        { title: { contains: query.q, mode: "insensitive" } },
        { wirNumber: { contains: query.q, mode: "insensitive" } },
        { description: { contains: query.q, mode: "insensitive" } },
      ],
    });
  }
  if (query.regio) and.push({ region: { code: query.regio } });
  if (query.rubriek) and.push({ hoofdrubriek: { code: query.rubriek } });
  if (query.ch) {
    and.push({ region: { zorgkantoorregio: { assignments: { some: { validTo: null, concessiehouder: { code: query.ch } } } } } });
  }
  const periodWhere = { periodId: period?.id ?? "-" };
  const projects = await ctx.db.project.findMany({
    where: { AND: and },
    select: {
      id: true,
      wirNumber: true,
      title: true,
      lifecycle: true,
      region: {
        select: {
          code: true,
          name: true,
          reportOrder: true,
          zorgkantoorregio: { select: { assignments: { where: { validTo: null }, select: { concessiehouder: { select: { name: true } } } } } },
        },
      },
      hoofdrubriek: { select: { label: true, reportOrder: true } },
      assessments: { where: periodWhere, select: { status: true, impact: true, sharing: true, scalability: true, careOrgCount: true } },
      updates: { where: periodWhere, select: { state: true } },
    },
  });
  const all: PortfolioRow[] = projects.map((p) => {
    const a = p.assessments[0];
    return {
      id: p.id,
      wirNumber: p.wirNumber,
      title: p.title,
      regionCode: p.region.code,
      regionName: p.region.name,
      regionOrder: p.region.reportOrder,
      concessiehouderName: p.region.zorgkantoorregio.assignments[0]?.concessiehouder.name ?? null,
      hoofdrubriekLabel: p.hoofdrubriek.label,
      hoofdrubriekOrder: p.hoofdrubriek.reportOrder,
      lifecycle: p.lifecycle,
      status: a?.status ?? null,
      impact: a?.impact ?? null,
      sharing: a?.sharing ?? null,
      scalability: a?.scalability ?? null,
      careOrgCount: a?.careOrgCount ?? null,
      updateState: p.updates[0]?.state ?? null,
    };
  });
  const rows = sortPortfolioRows(filterPortfolioRows(all, query), query.sort, query.dir);
  return { period, rows };
}

/** One page of the portfolio table. */
export async function portfolioPage(ctx: Ctx, query: PortfolioQuery) {
  const { period, rows } = await listPortfolio(ctx, query);
  const size = query.per ?? 25;
  const page = pageOf(rows, query.pagina ?? 1, size);
  return { period, total: rows.length, size, ...page };
}

/** The choices of the portfolio filters: only regions and concessiehouders in the actor's scope. */
export async function portfolioFilterOptions(ctx: Ctx) {
  assertPermission(ctx.actor, "portfolio:read");
  const [regions, concessiehouders, hoofdrubrieken, periods] = await Promise.all([
    ctx.db.region.findMany({ where: regionManageWhere(ctx.actor), select: { code: true, name: true }, orderBy: { reportOrder: "asc" } }),
    ctx.db.concessiehouder.findMany({
      where: isNational(ctx.actor) ? { supported: true } : { id: { in: [...ctx.actor.concessiehouderIds] } },
      select: { code: true, name: true },
      orderBy: { reportOrder: "asc" },
    }),
    ctx.db.hoofdrubriek.findMany({ select: { code: true, label: true }, orderBy: { reportOrder: "asc" } }),
    ctx.db.reportingPeriod.findMany({ select: { code: true, label: true, state: true }, orderBy: { peildatum: "desc" } }),
  ]);
  return { regions, concessiehouders, hoofdrubrieken, periods };
}

/**
 * The export of exactly the rows the portfolio table shows for `query` (all pages), as CSV or
 * XLSX. Needs both portfolio:read (through listPortfolio) and portfolio:export.
 */
export async function exportPortfolioTable(ctx: Ctx, query: PortfolioQuery, format: "csv" | "xlsx"): Promise<ExportFile> {
  assertPermission(ctx.actor, "portfolio:export");
  const { period, rows } = await listPortfolio(ctx, query);
  const name = `portfolio-${period?.code ?? "zonder-periode"}`;
  if (format === "csv") return { body: portfolioCsv(rows), contentType: CONTENT_TYPES.csv, fileName: `${name}.csv`, rows: rows.length };
  const body = await writeXlsx([
    { name: "Portfolio", widths: EXPORT_COLUMNS.map((_, i) => (i === 1 ? 60 : 24)), rows: [{ cells: EXPORT_COLUMNS.map((c) => c.header), style: "bold" }, ...rows.map((r) => EXPORT_COLUMNS.map((c) => c.value(r)))] },
  ]);
  return { body, contentType: CONTENT_TYPES.xlsx, fileName: `${name}.xlsx`, rows: rows.length };
}
