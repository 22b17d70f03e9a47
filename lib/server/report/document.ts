import "server-only";
import type { Ctx } from "../accounts/session";
import { assertPermission, hasPermission } from "../core/authz";
import { ForbiddenError, NotFoundError, ValidationError } from "../core/errors";
import { listPeriods } from "../periods/read";
import { referenceLists } from "../reference-data/lists";
import { getReport, resolveReportQuery } from "./index";
import { getReportVersion, listReportVersions, publishedNarrative, type ReportVersionDetail, type ReportVersionSummary } from "./versions";
import type { ReportQuery, ResolvedReportQuery } from "../../domain/report/query";
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

export type ResolvedReport = {
  /** the query as shown: periods filled in, a version's comparison period */
  query: ResolvedReportQuery;
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
  const report = await getReport(ctx, { period: v.periodCode, compare: v.compareCode });
  return { format: SNAPSHOT_FORMAT, report, document: reportToDocument(report, v.narrative) };
}

/**
 * What the report page, the exports and GET /api/rapportage?versie= show for a query (read by
 * `parseReportParams`). It is checked by the one report query (`resolveReportQuery`: periods, codes, scope);
 * only the version rules are added here: versions are national documents for report:edit.
 */
export async function resolveReport(ctx: Ctx, asked: ReportQuery): Promise<ResolvedReport> {
  assertPermission(ctx.actor, "report:read");
  const wir = hasPermission(ctx.actor, "report:edit");
  if (asked.version !== undefined && !wir) {
    throw new ForbiddenError("Rapportageversies zijn alleen voor het WIR-team. U ziet de actuele rapportage van uw portefeuille.");
  }
  const filtered = !!(asked.concessiehouder || asked.region || asked.hoofdrubriek);
  if (asked.version !== undefined && filtered) {
    throw new ValidationError("Een rapportageversie is landelijk; filters gelden niet voor een versie.", { versie: ["Filters en versie gaan niet samen."] });
  }
  const query = await resolveReportQuery(ctx, asked);
  const versions = wir ? await listReportVersions(ctx, query.period) : [];

  let version: ReportVersionDetail | null = null;
  if (query.version !== undefined) {
    version = await getReportVersion(ctx, query.period, query.version);
  } else if (wir && !filtered) {
    const latest = versions.find((v) => v.comparePeriod.code === query.compare);
    if (latest) version = await getReportVersion(ctx, query.period, latest.number);
  }
  if (version) query.compare = version.comparePeriod.code;

  if (version?.state === "PUBLISHED") {
    const snap = readSnapshot(version.snapshot);
    if (!snap) throw new NotFoundError("De vastgelegde inhoud van deze versie ontbreekt.");
    return { query, document: snap.document, report: snap.report, version, versions, editable: false };
  }
  const narrative = version ? version.narrative : ((await publishedNarrative(ctx, query.period))?.narrative ?? {});
  const report = await getReport(ctx, query);
  return { query, document: reportToDocument(report, narrative), report, version, versions, editable: !!version && wir };
}
