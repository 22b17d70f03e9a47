import "server-only";
import type { Ctx } from "../accounts/session";
import { assertPermission, hasPermission } from "../core/authz";
import { ForbiddenError, NotFoundError, ValidationError } from "../core/errors";
import { listPeriods } from "../periods/read";
import { referenceLists } from "../reference-data/lists";
import { loadReport } from "./source";
import { getReportVersion, listReportVersions, publishedNarrative, type ReportVersionDetail, type ReportVersionSummary } from "./versions";
import { parseReportQuery, type RawParams, type ReportQuery } from "../../domain/report-document/query";
import { reportToDocument } from "../../domain/report-document/from-report";
import type { ReportDocument } from "../../domain/report-document/types";
import type { Report } from "../../domain/report/types";
import type { Narrative } from "../../domain/report-document/chapters";
import { isNational } from "../../domain/actor";

/**
 * Resolves what the report page and the exports show for a query string: a published version's
 * frozen snapshot, or the live report (with a draft's narrative for WIR, the latest published
 * narrative for others). Throws ValidationError with Dutch messages for bad input.
 */

export const SNAPSHOT_FORMAT = "regiotafel-rapport/1";
export type Snapshot = { format: typeof SNAPSHOT_FORMAT; document: ReportDocument; report: Report };

export function readSnapshot(json: unknown): Snapshot | null {
  const s = json as Partial<Snapshot> | null;
  return s && s.format === SNAPSHOT_FORMAT && s.document && s.report ? (s as Snapshot) : null;
}

export type ReportOptions = {
  periods: { code: string; label: string }[];
  concessiehouders: { code: string; name: string }[];
  regions: { code: string; name: string }[];
  hoofdrubrieken: { code: string; label: string }[];
};

/** Periods and reference lists for the pickers, limited to what the actor may choose. */
export async function reportOptions(ctx: Ctx): Promise<ReportOptions> {
  const [periods, refs] = await Promise.all([listPeriods(ctx.db), referenceLists(ctx.db)]);
  const own = await ownScope(ctx);
  return {
    periods: periods.map((p) => ({ code: p.code, label: p.label })),
    concessiehouders: own ? refs.concessiehouders.filter((c) => own.concessiehouderCodes.includes(c.code)) : refs.concessiehouders,
    regions: own ? refs.regions.filter((r) => own.regionCodes.includes(r.code)) : refs.regions,
    hoofdrubrieken: refs.hoofdrubrieken,
  };
}

/** null for national actors; otherwise the concessiehouders and regions the actor buys for. */
async function ownScope(ctx: Ctx): Promise<{ concessiehouderCodes: string[]; regionCodes: string[] } | null> {
  if (isNational(ctx.actor)) return null;
  const ids = [...ctx.actor.concessiehouderIds];
  const [chs, regions] = await Promise.all([
    ctx.db.concessiehouder.findMany({ where: { id: { in: ids } }, select: { code: true } }),
    ctx.db.region.findMany({
      where: { zorgkantoorregio: { assignments: { some: { concessiehouderId: { in: ids }, validTo: null } } } },
      select: { code: true },
    }),
  ]);
  return { concessiehouderCodes: chs.map((c) => c.code), regionCodes: regions.map((r) => r.code) };
}

/** Parses and checks a query string: known periods and codes, and filters inside the actor's scope. */
export async function checkReportQuery(ctx: Ctx, params: RawParams, options: { allowVersion?: boolean } = {}): Promise<ReportQuery> {
  assertPermission(ctx.actor, "report:read");
  const [periods, refs, own] = await Promise.all([listPeriods(ctx.db), referenceLists(ctx.db), ownScope(ctx)]);
  const parsed = parseReportQuery(
    params,
    periods,
    { concessiehouders: refs.concessiehouders.map((c) => c.code), regions: refs.regions.map((r) => r.code), hoofdrubrieken: refs.hoofdrubrieken.map((h) => h.code) },
    options,
  );
  if (!parsed.ok) throw new ValidationError(parsed.errors.join(" "), { query: parsed.errors });
  const q = parsed.query;
  if (own) {
    const errors: string[] = [];
    if (q.concessiehouderCode && !own.concessiehouderCodes.includes(q.concessiehouderCode))
      errors.push("U kunt alleen de rapportage van uw eigen concessiehouder bekijken.");
    if (q.regionCode && !own.regionCodes.includes(q.regionCode)) errors.push("Deze (sub)regio valt buiten uw portefeuille.");
    if (errors.length) throw new ValidationError(errors.join(" "), { query: errors });
  }
  if (q.versionNumber !== undefined && !hasPermission(ctx.actor, "report:edit")) {
    throw new ForbiddenError("Rapportageversies zijn alleen voor het WIR-team. U ziet de actuele rapportage van uw portefeuille.");
  }
  if (q.versionNumber !== undefined && (q.concessiehouderCode || q.regionCode || q.hoofdrubriekCode)) {
    throw new ValidationError("Een rapportageversie is landelijk; filters gelden niet voor een versie.", { query: ["Filters en versie gaan niet samen."] });
  }
  return q;
}

export type ResolvedReport = {
  query: ReportQuery;
  document: ReportDocument;
  report: Report;
  /** the version shown (WIR), null for the live report */
  version: ReportVersionDetail | null;
  /** all versions of this period (WIR only) */
  versions: ReportVersionSummary[];
  /** true when the shown version is a draft the actor may edit */
  editable: boolean;
};

/** Builds the snapshot a version freezes when it is published. */
export async function buildSnapshot(ctx: Ctx, v: { periodCode: string; compareCode: string; narrative: Narrative }): Promise<Snapshot> {
  const report = await loadReport(ctx, { periodCode: v.periodCode, compareCode: v.compareCode });
  return { format: SNAPSHOT_FORMAT, report, document: reportToDocument(report, v.narrative) };
}

export async function resolveReport(ctx: Ctx, params: RawParams): Promise<ResolvedReport> {
  const query = await checkReportQuery(ctx, params, { allowVersion: true });
  const wir = hasPermission(ctx.actor, "report:edit");
  const filtered = !!(query.concessiehouderCode || query.regionCode || query.hoofdrubriekCode);
  const versions = wir ? await listReportVersions(ctx, query.periodCode) : [];

  let version: ReportVersionDetail | null = null;
  if (query.versionNumber !== undefined) {
    version = await getReportVersion(ctx, query.periodCode, query.versionNumber);
  } else if (wir && !filtered) {
    const latest = versions.find((v) => v.comparePeriod.code === query.compareCode);
    if (latest) version = await getReportVersion(ctx, query.periodCode, latest.number);
  }
  if (version) query.compareCode = version.comparePeriod.code;

  if (version?.state === "PUBLISHED") {
    const snap = readSnapshot(version.snapshot);
    if (!snap) throw new NotFoundError("De vastgelegde inhoud van deze versie ontbreekt.");
    return { query, document: snap.document, report: snap.report, version, versions, editable: false };
  }
  const narrative = version ? version.narrative : ((await publishedNarrative(ctx, query.periodCode))?.narrative ?? {});
  const report = await loadReport(ctx, query);
  return { query, document: reportToDocument(report, narrative), report, version, versions, editable: !!version && wir };
}
