import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db";
import type { Ctx } from "../accounts/session";
import { assertPermission, hasPermission } from "../core/authz";
import { projectManageWhere, regionManageWhere } from "../core/scope";
import { isNational } from "../../domain/actor";
import { IMPACT, ORGANISATION_TYPE, PROJECT_LIFECYCLE, PROJECT_STATUS, RESULT_SHARING, SCALABILITY } from "../../domain/enums";
import { emptyTables, toCsv, toXlsx, type PortfolioTables } from "../../domain/import/write";
import { SHEETS, YES_NO, type SheetKey } from "../../domain/import/format";
import { CONTENT_TYPES, type ExportFile } from "../../domain/export-file";
import { FUNDING_DECISION, INDICATOR_DIRECTION, INDICATOR_UNIT, TRAJECT_STAGE, type FundingDecision, type IndicatorDirection, type IndicatorUnit, type TrajectStage } from "../../domain/results/enums";
import { auditedFile } from "../core/audit";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const yesNo = (b: boolean) => (b ? YES_NO.yes : YES_NO.no);

/**
 * The portfolio as tables in the exchange format, limited by the given `where`s. Unsafe: the
 * caller decides the scope (exportTables passes the actor's).
 */
export async function unsafePortfolioTables(
  db: Db,
  where: { projects: Prisma.ProjectWhereInput; regions: Prisma.RegionWhereInput; allOrganisations: boolean },
): Promise<PortfolioTables> {
  const tables = emptyTables();
  const projects = await db.project.findMany({
    where: where.projects,
    orderBy: { wirNumber: "asc" },
    include: {
      region: { select: { name: true } },
      hoofdrubriek: { select: { label: true } },
      themes: { select: { theme: { select: { label: true, reportOrder: true } } } },
      leadOrganisation: { select: { name: true } },
      partners: { select: { organisation: { select: { name: true } } } },
      leaders: { select: { user: { select: { email: true } } } },
      contacts: { orderBy: { position: "asc" }, take: 1 },
      assessments: { include: { period: { select: { code: true, label: true } } } },
      indicators: {
        include: {
          indicator: { select: { code: true, name: true, definition: true, unit: true, direction: true, ownerProjectId: true } },
          measurements: { include: { period: { select: { code: true, label: true } } } },
        },
      },
      trajectSteps: true,
    },
  });
  const orgIds = new Set<string>();
  for (const p of projects) {
    if (p.leadOrganisationId) orgIds.add(p.leadOrganisationId);
    const c = p.contacts[0];
    tables.projects.push({
      wirNumber: p.wirNumber,
      title: p.title,
      region: p.region.name,
      hoofdrubriek: p.hoofdrubriek.label,
      themes: p.themes.sort((a, b) => a.theme.reportOrder - b.theme.reportOrder).map((t) => t.theme.label).join("; ") || null,
      leadOrganisation: p.leadOrganisation?.name ?? null,
      partners: p.partners.map((x) => x.organisation.name).sort((a, b) => a.localeCompare(b, "nl")).join("; ") || null,
      startDate: iso(p.startDate),
      endDate: iso(p.endDate),
      budgetEuros: p.budgetEuros,
      goal: p.goal || null,
      description: p.description || null,
      results: p.results || null,
      deliveredProducts: p.deliveredProducts || null,
      lessonsLearned: p.lessonsLearned || null,
      contactName: c?.name || null,
      contactEmail: c?.email || null,
      contactPhone: c?.phone || null,
      leaders: p.leaders.map((l) => l.user.email).sort().join("; ") || null,
      isPublic: yesNo(p.isPublic),
      isShowcase: yesNo(p.isShowcase),
      lifecycle: PROJECT_LIFECYCLE.label(p.lifecycle),
    });
    for (const a of p.assessments.sort((x, y) => x.period.code.localeCompare(y.period.code))) {
      tables.records.push({
        wirNumber: p.wirNumber,
        period: a.period.label,
        status: a.status ? PROJECT_STATUS.label(a.status) : null,
        impact: a.impact ? IMPACT.label(a.impact) : null,
        sharing: a.sharing ? RESULT_SHARING.label(a.sharing) : null,
        scalability: a.scalability ? SCALABILITY.label(a.scalability) : null,
        careOrgCount: a.careOrgCount,
        note: a.note || null,
      });
    }
    addResults(tables, p);
  }
  const partnerIds = await db.projectPartner.findMany({ where: { project: where.projects }, select: { organisationId: true }, distinct: ["organisationId"] });
  for (const p of partnerIds) orgIds.add(p.organisationId);
  const orgs = await db.organisation.findMany({
    where: where.allOrganisations ? {} : { id: { in: [...orgIds] } },
    orderBy: { name: "asc" },
  });
  for (const o of orgs) tables.organisations.push({ name: o.name, type: ORGANISATION_TYPE.label(o.type), city: o.city });
  const scores = await db.regionScore.findMany({
    where: { region: where.regions },
    include: { region: { select: { name: true, reportOrder: true } }, period: { select: { code: true, label: true } } },
  });
  scores.sort((a, b) => a.region.reportOrder - b.region.reportOrder || a.period.code.localeCompare(b.period.code));
  for (const s of scores) {
    tables.scores.push({ region: s.region.name, period: s.period.label, agreements: s.agreements, dynamics: s.dynamics, vision: s.vision, note: s.note || null });
  }
  return tables;
}

type ResultsOf = {
  wirNumber: string;
  indicators: {
    baselineValue: number | null; baselineDate: Date | null; baselineMethod: string; targetValue: number | null; targetDate: Date | null;
    indicator: { code: string; name: string; definition: string; unit: IndicatorUnit; direction: IndicatorDirection; ownerProjectId: string | null };
    measurements: { value: number; note: string; period: { code: string; label: string } }[];
  }[];
  trajectSteps: { stage: TrajectStage; date: Date; note: string; fundingDecision: FundingDecision | null; fundingAmountEuros: number | null }[];
};

/** A project's indicators (baseline, target), measurements and traject as rows of the results sheets. */
function addResults(tables: PortfolioTables, p: ResultsOf) {
  for (const u of [...p.indicators].sort((a, b) => a.indicator.code.localeCompare(b.indicator.code))) {
    const own = u.indicator.ownerProjectId !== null;
    tables.indicators.push({
      wirNumber: p.wirNumber,
      indicator: u.indicator.code,
      ownName: own ? u.indicator.name : null,
      ownDefinition: own ? u.indicator.definition || null : null,
      ownUnit: own ? INDICATOR_UNIT.label(u.indicator.unit) : null,
      ownDirection: own ? INDICATOR_DIRECTION.label(u.indicator.direction) : null,
      baselineValue: u.baselineValue,
      baselineDate: iso(u.baselineDate),
      baselineMethod: u.baselineMethod || null,
      targetValue: u.targetValue,
      targetDate: iso(u.targetDate),
    });
    for (const m of [...u.measurements].sort((a, b) => a.period.code.localeCompare(b.period.code))) {
      tables.measurements.push({ wirNumber: p.wirNumber, indicator: u.indicator.code, period: m.period.label, value: m.value, note: m.note || null });
    }
  }
  const order = (s: TrajectStage) => TRAJECT_STAGE.values.indexOf(s);
  for (const s of [...p.trajectSteps].sort((a, b) => order(a.stage) - order(b.stage))) {
    tables.traject.push({
      wirNumber: p.wirNumber,
      stage: TRAJECT_STAGE.label(s.stage),
      date: iso(s.date),
      note: s.note || null,
      fundingDecision: s.fundingDecision ? FUNDING_DECISION.label(s.fundingDecision) : null,
      fundingAmountEuros: s.fundingAmountEuros,
    });
  }
}

/** The actor's portfolio: national for WIR/beheerder, the own concessiehouder's regions for an inkoper. */
export async function exportTables(ctx: Ctx): Promise<PortfolioTables> {
  assertPermission(ctx.actor, "portfolio:export");
  return unsafePortfolioTables(ctx.db, {
    projects: projectManageWhere(ctx.actor),
    regions: regionManageWhere(ctx.actor),
    allOrganisations: isNational(ctx.actor),
  });
}

/** The actor's portfolio in the import format: the whole workbook, or one sheet as CSV. */
export async function exportInImportFormat(ctx: Ctx, format: "xlsx" | "csv", sheet: SheetKey = "projects"): Promise<ExportFile> {
  const tables = await exportTables(ctx);
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === "xlsx") {
    return auditedFile(ctx, "portefeuille", { fileName: `regiotafel-portfolio-${stamp}.xlsx`, contentType: CONTENT_TYPES.xlsx, body: await toXlsx(tables), rows: tables.projects.length });
  }
  return auditedFile(
    ctx,
    "portefeuille",
    { fileName: `${SHEETS[sheet].fileName}.csv`, contentType: CONTENT_TYPES.csv, body: toCsv(sheet, tables[sheet]), rows: tables[sheet].length },
    { blad: SHEETS[sheet].fileName },
  );
}

/** The empty template with a help sheet; anyone who may import or export may download it. */
export async function importTemplate(ctx: Ctx): Promise<ExportFile> {
  if (!hasPermission(ctx.actor, "portfolio:export")) assertPermission(ctx.actor, "portfolio:import");
  return auditedFile(ctx, "sjabloon", { fileName: "regiotafel-sjabloon.xlsx", contentType: CONTENT_TYPES.xlsx, body: await toXlsx(emptyTables(), { help: true }), rows: 0 });
}
