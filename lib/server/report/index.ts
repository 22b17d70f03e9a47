import "server-only";
import { showcaseProjects } from "./showcase";
import { resultsForSelection } from "../results/report";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import type { Db } from "../db";
import type { Ctx } from "../accounts/session";
import { assertPermission } from "../core/authz";
import { ForbiddenError, NotFoundError, ValidationError } from "../core/errors";
import { isNational, type Actor } from "../../domain/actor";
import { figuresPeriod } from "../../domain/periods";
import { listPeriods } from "../periods/read";
import { computeReport, type AssessmentCount, type CountDimension, type RegionScoreInput, type ReportInput, type ThemeCount } from "../../domain/report/compute";
import { parseReportQuery, type RawParams, type ReportQuery, type ResolvedReportQuery } from "../../domain/report/query";
import type { Report, ReportPeriodRef, ReportScope } from "../../domain/report/types";

/**
 * The progress report (lib/domain/report) from the database: a handful of small queries — the
 * reference lists, ONE grouped count query over ProjectAssessment (a second one only for a region
 * filter; a concessiehouder's selection is a subset of the national tuples), the region scores
 * and the showcase projects — then pure TypeScript. No project rows are loaded except the showcase projects.
 *
 * Scope: WIR (and other national roles with report:read) see everything and may filter. An
 * inkoper's report is always its own concessiehouder's portfolio in detail; national figures come
 * only as aggregates (`national` on each table, Tabel 4 without other concessiehouders' columns);
 * Bijlage 1 and 2 list only its own regions.
 */

type Reference = Awaited<ReturnType<typeof loadReference>>;

async function loadReference(db: Db) {
  const [periods, concessiehouders, regions, hoofdrubrieken, assignments, themes] = await Promise.all([
    listPeriods(db), // the same select and order; shared with the page's other period lookups
    db.concessiehouder.findMany({ select: { id: true, code: true, name: true, supported: true }, orderBy: { reportOrder: "asc" } }),
    db.region.findMany({ select: { id: true, code: true, name: true, zorgkantoorregioId: true }, orderBy: { reportOrder: "asc" } }),
    db.hoofdrubriek.findMany({ select: { id: true, code: true, label: true }, orderBy: { reportOrder: "asc" } }),
    db.concessionAssignment.findMany({ select: { zorgkantoorregioId: true, concessiehouderId: true, validFrom: true, validTo: true } }),
    db.kwaliteitskaderTheme.findMany({ select: { id: true, seq: true, code: true, label: true }, orderBy: { reportOrder: "asc" } }),
  ]);
  return { periods, concessiehouders, regions, hoofdrubrieken, assignments, themes };
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const periodRef = (p: Reference["periods"][number]): ReportPeriodRef => ({ code: p.code, label: p.label, shortLabel: p.shortLabel, peildatum: isoDate(p.peildatum) });

/** region code → supported concessiehouder code holding it at the date (null: none / unsupported). */
function holdersAt(ref: Reference, date: Date): Record<string, string | null> {
  const chById = new Map(ref.concessiehouders.map((c) => [c.id, c]));
  const byZkr = new Map<string, string | null>();
  for (const a of ref.assignments) {
    if (a.validFrom > date || (a.validTo && a.validTo <= date)) continue;
    const ch = chById.get(a.concessiehouderId);
    byZkr.set(a.zorgkantoorregioId, ch && ch.supported ? ch.code : null);
  }
  return Object.fromEntries(ref.regions.map((r) => [r.code, byZkr.get(r.zorgkantoorregioId) ?? null]));
}

/** The concessiehouders whose portfolio the actor may see in detail (null = all). */
function detailScope(actor: Actor, ref: Reference): Set<string> | null {
  if (isNational(actor)) return null;
  const ids = new Set(actor.concessiehouderIds);
  return new Set(ref.concessiehouders.filter((c) => ids.has(c.id)).map((c) => c.code));
}

type Resolved = {
  period: Reference["periods"][number];
  compare: Reference["periods"][number];
  concessiehouder: Reference["concessiehouders"][number] | null;
  region: Reference["regions"][number] | null;
  hoofdrubriek: Reference["hoofdrubrieken"][number] | null;
  theme: Reference["hoofdrubrieken"][number];
  inkoperForced: boolean;
};

/** Checks the query against the reference data and the actor's scope. */
function resolve(actor: Actor, ref: Reference, q: ReportQuery): Resolved {
  const period = q.period ? ref.periods.find((p) => p.code === q.period) : figuresPeriod(ref.periods);
  if (!period) throw new NotFoundError(q.period ? `De periode ${q.period} bestaat niet in Regiotafel.` : "Er zijn nog geen rapportageperiodes.");
  const earlier = ref.periods.filter((p) => p.peildatum < period.peildatum);
  let compare: Reference["periods"][number] | undefined;
  if (q.compare) {
    compare = ref.periods.find((p) => p.code === q.compare);
    if (!compare) throw new NotFoundError(`De vergelijkingsperiode ${q.compare} bestaat niet in Regiotafel.`);
    if (compare.peildatum >= period.peildatum)
      throw new ValidationError("De vergelijkingsperiode moet vóór de rapportageperiode liggen.", { vergelijk: ["De vergelijkingsperiode moet vóór de rapportageperiode liggen."] });
  } else {
    compare = earlier.at(-1);
    if (!compare) throw new ValidationError(`Er is geen periode vóór ${period.label} om mee te vergelijken.`, { vergelijk: ["Er is geen eerdere periode."] });
  }

  const own = detailScope(actor, ref);
  const holders = holdersAt(ref, period.peildatum);
  let concessiehouder: Resolved["concessiehouder"] = null;
  if (q.concessiehouder) {
    concessiehouder = ref.concessiehouders.find((c) => c.code === q.concessiehouder && c.supported) ?? null;
    if (!concessiehouder) throw new NotFoundError(`Concessiehouder ${q.concessiehouder} is onbekend.`);
    if (own && !own.has(concessiehouder.code)) throw new ForbiddenError("Deze concessiehouder valt buiten uw portefeuille.");
  }
  let region: Resolved["region"] = null;
  if (q.region) {
    region = ref.regions.find((r) => r.code === q.region) ?? null;
    if (!region) throw new NotFoundError(`Regio ${q.region} is onbekend.`);
    const holder = holders[region.code];
    if (own && (!holder || !own.has(holder))) throw new ForbiddenError("Deze regio valt buiten uw portefeuille.");
    if (concessiehouder && holder !== concessiehouder.code)
      throw new ValidationError(`Regio ${region.name} hoort in ${period.label} niet bij concessiehouder ${concessiehouder.name}.`, { regio: ["Regio en concessiehouder passen niet bij elkaar."] });
  }
  let inkoperForced = false;
  if (own && !concessiehouder) {
    // An inkoper always gets its own portfolio; with several concessiehouders, the first in report order.
    const first = ref.concessiehouders.find((c) => own.has(c.code) && c.supported);
    if (!first) throw new ForbiddenError("U heeft geen concessiehouder om over te rapporteren.");
    concessiehouder = region ? (ref.concessiehouders.find((c) => c.code === holders[region.code]) ?? first) : first;
    inkoperForced = true;
  }
  const findRubriek = (code: string | undefined, field: string) => {
    if (!code) return null;
    const h = ref.hoofdrubrieken.find((x) => x.code === code);
    if (!h) throw new NotFoundError(`Hoofdrubriek ${code} is onbekend.`);
    void field;
    return h;
  };
  const hoofdrubriek = findRubriek(q.hoofdrubriek, "hoofdrubriek");
  const theme = findRubriek(q.theme, "thema") ?? hoofdrubriek ?? ref.hoofdrubrieken.find((h) => h.code === "TECHNOLOGIE") ?? ref.hoofdrubrieken[0];
  if (!theme) throw new NotFoundError("Er zijn geen hoofdrubrieken.");
  return { period, compare, concessiehouder, region, hoofdrubriek, theme, inkoperForced };
}

type CountRow = { pk: number; hk: number | null; ck: number | null; v: string | null; g: number; n: number };

/** Bit of GROUPING(status, impact, sharing, scalability, bucket, sy, ts) that is 0 for the grouped column. */
const DIMENSION_BY_GROUPING: Record<number, CountDimension | "themes"> = {
  0b0111111: "status",
  0b1011111: "impact",
  0b1101111: "sharing",
  0b1110111: "scalability",
  0b1111011: "careOrg",
  0b1111101: "startYear",
  0b1111110: "themes",
};

const BUCKETS = ["UNKNOWN", "1-3", "4-6", "7-9", "10+"] as const;

/**
 * Joins the aggregated rows `f` (region `rid`, period `pid`) to their region `r`, period `per` and
 * the concession `ca` and concessiehouder `ch` that held the region at the period's peildatum.
 */
const concessiehouderAtPeildatum = Prisma.sql`JOIN "Region" r ON r."id" = f.rid
    JOIN "ReportingPeriod" per ON per."id" = f.pid
    LEFT JOIN "ConcessionAssignment" ca ON ca."zorgkantoorregioId" = r."zorgkantoorregioId"
      AND ca."validFrom" <= per."peildatum" AND (ca."validTo" IS NULL OR ca."validTo" > per."peildatum")
    LEFT JOIN "Concessiehouder" ch ON ch."id" = ca."concessiehouderId"`;

/**
 * The one aggregate query: assessed (non-draft) projects at the given periods, counted per
 * period × hoofdrubriek × concessiehouder (at that period's peildatum) for each dimension, as
 * GROUPING SETS. Keys are small integers (positions in the id lists of `keys`) and enums are
 * grouped as such, which keeps the hash aggregation cheap; codes and labels are attached in
 * TypeScript. Chapter 3 (projects per kwaliteitskader theme) is one more grouping set: each
 * project's set of themes (`themeKey`, a copy of ProjectTheme kept by triggers), spread over its
 * themes in TypeScript — so the assessments are read and joined once for every chapter.
 */
export type CountKeys = { periodIds: string[]; hoofdrubriekIds: string[]; concessiehouderIds: string[] };

export function assessmentCountsSql(keys: CountKeys, filter: { concessiehouderId?: string; regionId?: string; hoofdrubriekId?: string }): Prisma.Sql {
  const { periodIds } = keys;
  const inner: Prisma.Sql[] = [Prisma.sql`a."periodId" IN (${Prisma.join(periodIds)})`, Prisma.sql`p."lifecycle" <> 'DRAFT'`];
  if (filter.regionId) inner.push(Prisma.sql`p."regionId" = ${filter.regionId}`);
  if (filter.hoofdrubriekId) inner.push(Prisma.sql`p."hoofdrubriekId" = ${filter.hoofdrubriekId}`);
  const outer: Prisma.Sql[] = [Prisma.sql`(ch."supported" IS NULL OR ch."supported")`];
  if (filter.concessiehouderId) outer.push(Prisma.sql`ca."concessiehouderId" = ${filter.concessiehouderId}`);
  // Three stages: (1) one hash aggregation over the assessments joined to their projects, on all
  // keys at once (period, hoofdrubriek, region and the six values: few distinct combinations);
  // (2) only those combinations are joined to region → concessiehouder at the peildatum and
  // numbered; (3) the seven grouping sets over that small result.
  return Prisma.sql`
    SELECT pk, hk, ck,
           COALESCE(status::text, impact::text, sharing::text, scalability::text, bucket::text, sy::text, ts::text) AS v,
           GROUPING(status, impact, sharing, scalability, bucket, sy, ts)::int AS g, sum(n)::int AS n
    FROM (
      SELECT array_position(ARRAY[${Prisma.join(periodIds)}]::text[], f.pid) AS pk,
             array_position(ARRAY[${Prisma.join(keys.hoofdrubriekIds)}]::text[], f.hid) AS hk,
             array_position(ARRAY[${Prisma.join(keys.concessiehouderIds)}]::text[], ca."concessiehouderId") AS ck,
             f.status, f.impact, f.sharing, f.scalability, f.bucket, f.sy, f.ts, f.n
      FROM (
        SELECT a."periodId" AS pid, p."hoofdrubriekId" AS hid, p."regionId" AS rid,
               a."status" AS status, a."impact" AS impact, a."sharing" AS sharing, a."scalability" AS scalability,
               CASE WHEN a."careOrgCount" IS NULL OR a."careOrgCount" < 1 THEN 0
                    WHEN a."careOrgCount" <= 3 THEN 1 WHEN a."careOrgCount" <= 6 THEN 2
                    WHEN a."careOrgCount" <= 9 THEN 3 ELSE 4 END AS bucket,
               EXTRACT(YEAR FROM p."startDate")::int AS sy,
               p."themeKey" AS ts,
               count(*) AS n
        FROM "ProjectAssessment" a
        JOIN "Project" p ON p."id" = a."projectId"
        WHERE ${Prisma.join(inner, " AND ")}
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
      ) f
      ${concessiehouderAtPeildatum}
      WHERE ${Prisma.join(outer, " AND ")}
    ) numbered
    GROUP BY GROUPING SETS ((pk, hk, ck, status), (pk, hk, ck, impact), (pk, hk, ck, sharing),
                            (pk, hk, ck, scalability), (pk, hk, ck, bucket), (pk, hk, ck, sy), (pk, ck, ts))`;
}

/** The id lists that number the keys of the count query. */
export function countKeys(ref: { hoofdrubrieken: { id: string }[]; concessiehouders: { id: string }[] }, periodIds: string[]): CountKeys {
  return { periodIds, hoofdrubriekIds: ref.hoofdrubrieken.map((h) => h.id), concessiehouderIds: ref.concessiehouders.map((c) => c.id) };
}

/**
 * Runs the count query with enough work_mem for its first aggregation to stay in memory. The
 * planner cannot know how few distinct combinations the assessments have and estimates one group
 * per row; at 4 MB (the default) it then sorts 58,600 rows on disk instead of hashing them
 * (measured: 165 ms instead of about 45 ms at 31,800 projects). SET LOCAL ends with the transaction.
 */
export async function runAssessmentCounts(db: Db, sql: Prisma.Sql): Promise<CountRow[]> {
  const run = async (tx: Prisma.TransactionClient | PrismaClient) => {
    await tx.$executeRawUnsafe("SET LOCAL work_mem = '64MB'");
    return tx.$queryRaw<CountRow[]>(sql);
  };
  return "$transaction" in db ? db.$transaction((tx) => run(tx)) : run(db);
}

/** Projects per kwaliteitskader theme (null: none) per period and concessiehouder, for chapter 3. */
type ThemeCountRow = ThemeCount & { concessiehouder: string | null };

/**
 * Runs the count query and attaches codes: the count tuples of every table, and chapter 3's
 * theme counts (each theme-set tuple counted under every theme in the set; an empty set as null).
 */
async function assessmentCounts(db: Db, ref: Reference, periodIds: string[], filter: Parameters<typeof assessmentCountsSql>[1]): Promise<{ counts: AssessmentCount[]; themes: ThemeCountRow[] }> {
  const rows = await runAssessmentCounts(db, assessmentCountsSql(countKeys(ref, periodIds), filter));
  const rubriekCode = new Map(ref.hoofdrubrieken.map((h, i) => [i + 1, h.code]));
  const chCode = new Map(ref.concessiehouders.map((c, i) => [i + 1, c.code]));
  const periodCode = new Map(ref.periods.map((p) => [p.id, p.code]));
  const themeCode = new Map(ref.themes.map((t) => [String(t.seq), t.code]));
  const counts: AssessmentCount[] = [];
  const themes = new Map<string, ThemeCountRow>();
  for (const r of rows) {
    const dimension = DIMENSION_BY_GROUPING[Number(r.g)];
    const period = periodCode.get(periodIds[Number(r.pk) - 1])!;
    const concessiehouder = r.ck == null ? null : (chCode.get(Number(r.ck)) ?? null);
    if (dimension === "themes") {
      // the themes' seq numbers: "" or "2,5"
      const codes = (r.v ?? "").split(",").flatMap((seq) => themeCode.get(seq) ?? []);
      for (const theme of codes.length ? codes : [null]) {
        const key = `${period}|${concessiehouder}|${theme}`;
        const tuple = themes.get(key) ?? { period, concessiehouder, theme, count: 0 };
        tuple.count += Number(r.n);
        themes.set(key, tuple);
      }
      continue;
    }
    const hoofdrubriek = r.hk == null ? undefined : rubriekCode.get(Number(r.hk));
    if (!dimension || !hoofdrubriek) continue;
    counts.push({ period, hoofdrubriek, concessiehouder, dimension, value: dimension === "careOrg" ? BUCKETS[Number(r.v)] : r.v, count: Number(r.n) });
  }
  return { counts, themes: [...themes.values()] };
}

/**
 * Reads a report query string (lib/domain/report/query.ts). Throws ValidationError with a Dutch
 * message per parameter. With `getReport` / `resolveReportQuery` this is the one way every report
 * endpoint, page and export reads its query, so a bad query gets the same answer everywhere.
 */
export function parseReportParams(params: RawParams): ReportQuery {
  const parsed = parseReportQuery(params);
  if (!parsed.ok) throw new ValidationError(parsed.message, parsed.fieldErrors);
  return parsed.query;
}

/**
 * Checks a query against the reference data and the actor's scope, exactly as `getReport` does,
 * and returns it with its periods filled in (the figures period and the one before it when not
 * asked for). For callers that need the periods before computing (report versions).
 */
export async function resolveReportQuery(ctx: Ctx, query: ReportQuery): Promise<ResolvedReportQuery> {
  assertPermission(ctx.actor, "report:read");
  const r = resolve(ctx.actor, await loadReference(ctx.db), query);
  return { ...query, period: r.period.code, compare: r.compare.code };
}

/** Computes the report for the actor. Throws NotFoundError / ValidationError / ForbiddenError with Dutch messages. */
export async function getReport(ctx: Ctx, query: ReportQuery = {}): Promise<Report> {
  assertPermission(ctx.actor, "report:read");
  const ref = await loadReference(ctx.db);
  const r = resolve(ctx.actor, ref, query);
  const periods = ref.periods.filter((p) => p.peildatum <= r.period.peildatum);
  const periodIds = [r.compare.id, r.period.id];
  const filter = { concessiehouderId: r.concessiehouder?.id, regionId: r.region?.id, hoofdrubriekId: r.hoofdrubriek?.id };
  const placeFiltered = !!(r.concessiehouder || r.region);
  const holders = Object.fromEntries(periods.map((p) => [p.code, holdersAt(ref, p.peildatum)]));
  const selectedRegionIds = ref.regions
    .filter((x) => (!r.region || x.id === r.region.id) && (!r.concessiehouder || holders[r.period.code][x.code] === r.concessiehouder.code) && holders[r.period.code][x.code] != null)
    .map((x) => x.id);

  // The counts are grouped per concessiehouder, so a concessiehouder's selection is a subset of
  // the national tuples: one query serves both. Only a region filter needs a second query. The
  // results chapter runs beside them (it needs only the selection of regions).
  const chCode = r.concessiehouder?.code;
  const [broadAll, regionalAll, scores, showcase, results] = await Promise.all([
    assessmentCounts(ctx.db, ref, periodIds, { hoofdrubriekId: filter.hoofdrubriekId }),
    r.region ? assessmentCounts(ctx.db, ref, periodIds, filter) : Promise.resolve(null),
    ctx.db.regionScore.findMany({
      where: { periodId: { in: periods.map((p) => p.id) } },
      select: { periodId: true, regionId: true, agreements: true, dynamics: true, vision: true },
    }),
    showcaseProjects(ctx.db, r.period.id, selectedRegionIds, r.hoofdrubriek?.id ?? null),
    resultsForSelection(ctx, {
      regionIds: selectedRegionIds,
      hoofdrubriekId: r.hoofdrubriek?.id ?? null,
      period: periodRef(r.period),
      compare: periodRef(r.compare),
      regions: ref.regions,
    }),
  ]);
  const [broad, regional, broadThemes, regionalThemes] = [broadAll.counts, regionalAll?.counts ?? null, broadAll.themes, regionalAll?.themes ?? null];

  const counts = regional ?? (chCode ? broad.filter((c) => c.concessiehouder === chCode) : broad);
  const nationalCounts = placeFiltered ? broad : null;
  const selectedThemes = regionalThemes ?? (chCode ? broadThemes.filter((t) => t.concessiehouder === chCode) : broadThemes);
  const periodCode = new Map(ref.periods.map((p) => [p.id, p.code]));
  const regionCode = new Map(ref.regions.map((x) => [x.id, x.code]));
  const rubriekCode = new Map(ref.hoofdrubrieken.map((h) => [h.id, h.code]));
  const regionScores: RegionScoreInput[] = scores.map((s) => {
    const period = periodCode.get(s.periodId)!;
    const region = regionCode.get(s.regionId)!;
    return { period, region, concessiehouder: holders[period]?.[region] ?? null, agreements: s.agreements, dynamics: s.dynamics, vision: s.vision };
  });

  const supported = ref.concessiehouders.filter((c) => c.supported);
  const scope: ReportScope = {
    kind: r.concessiehouder || r.region || r.hoofdrubriek ? "selectie" : "landelijk",
    label: scopeLabel(r),
    concessiehouder: r.concessiehouder ? { code: r.concessiehouder.code, name: r.concessiehouder.name } : null,
    region: r.region ? { code: r.region.code, name: r.region.name } : null,
    hoofdrubriek: r.hoofdrubriek ? { code: r.hoofdrubriek.code, label: r.hoofdrubriek.label } : null,
  };
  const input: ReportInput = {
    period: periodRef(r.period),
    comparePeriod: periodRef(r.compare),
    periods: periods.map(periodRef),
    concessiehouders: supported.map((c) => ({ code: c.code, name: c.name })),
    regions: ref.regions.map((x) => ({ code: x.code, name: x.name })),
    hoofdrubrieken: (r.hoofdrubriek ? [r.hoofdrubriek] : ref.hoofdrubrieken).map((h) => ({ code: h.code, label: h.label })),
    scope,
    tabel4Concessiehouders: r.concessiehouder ? [r.concessiehouder.code] : r.region ? [holders[r.period.code][r.region.code]!] : supported.map((c) => c.code),
    theme: r.theme.code,
    counts,
    nationalCounts,
    themes: ref.themes.map((t) => ({ code: t.code, label: t.label })),
    themeCounts: selectedThemes,
    nationalThemeCounts: placeFiltered ? broadThemes : null,
    regionScores,
    regionConcessiehouders: holders,
    showcase: showcase.map((s) => ({
      id: s.id,
      wirNumber: s.wirNumber,
      title: s.title,
      region: regionCode.get(s.regionId)!,
      hoofdrubriek: rubriekCode.get(s.hoofdrubriekId)!,
      description: s.description || s.goal,
    })),
    generatedAt: new Date().toISOString(),
  };
  // Tabel 12 needs its theme's rows even when the hoofdrubriek filter is another one.
  if (r.hoofdrubriek && r.theme.id !== r.hoofdrubriek.id) input.theme = r.hoofdrubriek.code;
  return { ...computeReport(input), results };
}

function scopeLabel(r: Resolved): string {
  const parts: string[] = [];
  if (r.concessiehouder) parts.push(`concessiehouder ${r.concessiehouder.name}`);
  if (r.region) parts.push(`regio ${r.region.name}`);
  if (r.hoofdrubriek) parts.push(`hoofdrubriek ${r.hoofdrubriek.label}`);
  if (!parts.length) return "Landelijk";
  const s = parts.join(", ");
  return s[0].toUpperCase() + s.slice(1);
}

/** For the benchmark: the bare GROUP BY every report needs at least (status per period). */
export function bareGroupBySql(periodIds: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT a."periodId" AS pid, a."status"::text AS v, count(*)::int AS n
    FROM "ProjectAssessment" a JOIN "Project" p ON p."id" = a."projectId"
    WHERE a."periodId" IN (${Prisma.join(periodIds)}) AND p."lifecycle" <> 'DRAFT'
    GROUP BY a."periodId", a."status"`;
}
