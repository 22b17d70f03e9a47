import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db";
import { DEFAULT_PAGE_SIZE, searchWords, type CatalogueQuery, type FacetKey } from "../../domain/projectenbank/search-params";
import { PROJECT_STATUS, RESULT_SHARING, SCALABILITY, type ProjectStatus, type ResultSharing, type Scalability } from "../../domain/enums";

/**
 * The Projectenbank's search over the stored search vectors (docs/decisions/0020-…): Dutch
 * full-text match (stemming, accents ignored), typo correction through the word list's trigram
 * index, ranking, facet counts, order and paging — all in SQL, in one round trip.
 *
 * Public scope: only published cards (isPublic, lifecycle ACTIVE); status, scalability and
 * sharing come from the latest CLOSED period only (open periods' judgements are not public).
 */

/** Anyone, signed in or not: the public functions apply the public scope themselves. */
export type PublicCtx = { db: Db };

/** The published-card condition, for every public query. */
export const PUBLISHED = Prisma.sql`p."isPublic" AND p."lifecycle" = 'ACTIVE'`;

/** The latest closed period: the only one whose judgements a public page shows. */
export const LATEST_CLOSED_PERIOD = Prisma.sql`(SELECT "id" FROM "ReportingPeriod" WHERE "state" = 'CLOSED' ORDER BY "peildatum" DESC LIMIT 1)`;

/**
 * A tsquery text for the typed words: every word (or a close spelling from the word list when
 * the word itself is unknown) must match; the last word also as a prefix. Words are letters and
 * digits only, so the text never carries tsquery syntax. Null when nothing is searchable.
 */
export async function buildTsQuery(db: Db, text: string, mode: "all" | "any" = "all"): Promise<string | null> {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const rows = await db.$queryRaw<{ term: string; alts: string[] }[]>`
    SELECT t.term,
      CASE WHEN length(t.term) < 4 OR EXISTS (SELECT 1 FROM "SearchWord" w WHERE w."word" = t.term) THEN ARRAY[]::text[]
      ELSE ARRAY(SELECT w."word" FROM "SearchWord" w WHERE w."word" % t.term ORDER BY similarity(w."word", t.term) DESC, w."word" LIMIT 3)
      END AS alts
    FROM unnest(${words}::text[]) AS t(term)`;
  const alts = new Map(rows.map((r) => [r.term, r.alts]));
  const groups = words.map((word, i) => {
    const options = [i === words.length - 1 && mode === "all" ? `${word}:*` : word, ...(alts.get(word) ?? [])];
    return `(${options.join(" | ")})`;
  });
  return groups.join(mode === "all" ? " & " : " | ");
}

export type FacetValue = { value: string; label: string; count: number };
export type CatalogueHit = {
  id: string;
  wirNumber: string;
  title: string;
  goal: string;
  regionName: string;
  concessiehouderName: string | null;
  hoofdrubriekLabel: string;
  leadOrganisation: string | null;
  status: ProjectStatus | null;
  scalability: Scalability | null;
  sharing: ResultSharing | null;
  startYear: number | null;
  themes: string[];
};
export type CatalogueResult = {
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  items: CatalogueHit[];
  facets: Record<FacetKey, FacetValue[]>;
};

/** How many partner organisations the partner facet lists (the most frequent ones). */
const PARTNER_FACET_SIZE = 25;

function filterSql(query: CatalogueQuery): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (query.regio) and.push(Prisma.sql`r."code" = ${query.regio}`);
  if (query.concessiehouder) and.push(Prisma.sql`ch."code" = ${query.concessiehouder}`);
  if (query.rubriek) and.push(Prisma.sql`h."code" = ${query.rubriek}`);
  if (query.status) and.push(Prisma.sql`a."status"::text = ${query.status}`);
  if (query.opschaalbaarheid) and.push(Prisma.sql`a."scalability"::text = ${query.opschaalbaarheid}`);
  if (query.delen) and.push(Prisma.sql`a."sharing"::text = ${query.delen}`);
  if (query.startjaar) and.push(Prisma.sql`extract(year FROM p."startDate")::int = ${query.startjaar}`);
  if (query.thema) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ProjectTheme" pt JOIN "KwaliteitskaderTheme" t ON t."id" = pt."themeId" WHERE pt."projectId" = p."id" AND t."code" = ${query.thema})`);
  }
  if (query.partner) and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ProjectPartner" pp WHERE pp."projectId" = p."id" AND pp."organisationId" = ${query.partner})`);
  return and;
}

function orderSql(query: CatalogueQuery, hasText: boolean): Prisma.Sql {
  switch (query.sorteer ?? (hasText ? "relevantie" : "nummer")) {
    case "titel":
      return Prisma.sql`h."title" COLLATE "C", h."wirNumber"`;
    case "start":
      return Prisma.sql`h."startDate" DESC NULLS LAST, h."wirNumber"`;
    case "relevantie":
      return hasText ? Prisma.sql`h."rank" DESC, h."wirNumber"` : Prisma.sql`h."wirNumber"`;
    default:
      return Prisma.sql`h."wirNumber"`;
  }
}

/** The published cards with what the filters need: region, hoofdrubriek, concessiehouder, judgement. */
const CATALOGUE_FROM = Prisma.sql`
  FROM "Project" p
  JOIN "Region" r ON r."id" = p."regionId"
  JOIN "Hoofdrubriek" h ON h."id" = p."hoofdrubriekId"
  LEFT JOIN "ConcessionAssignment" ca ON ca."zorgkantoorregioId" = r."zorgkantoorregioId" AND ca."validTo" IS NULL
  LEFT JOIN "Concessiehouder" ch ON ch."id" = ca."concessiehouderId"
  LEFT JOIN "ProjectAssessment" a ON a."projectId" = p."id" AND a."periodId" = ${LATEST_CLOSED_PERIOD}`;

/** The WHERE of a catalogue search over CATALOGUE_FROM: published, the text match and the filters. */
async function catalogueWhere(ctx: PublicCtx, query: CatalogueQuery): Promise<{ tsq: string | null; where: Prisma.Sql }> {
  const tsq = query.q ? await buildTsQuery(ctx.db, query.q) : null;
  const textMatch = query.q ? (tsq ? Prisma.sql`p."searchVector" @@ to_tsquery('regiotafel_nl', ${tsq})` : Prisma.sql`false`) : Prisma.sql`true`;
  return { tsq, where: Prisma.join([PUBLISHED, textMatch, ...filterSql(query)], " AND ") };
}

/**
 * Every card a search selects, up to `limit`, in WIR-number order, and how many there are in
 * all: the brochure of a search (order and paging of the query are ignored).
 */
export async function catalogueSelection(ctx: PublicCtx, query: CatalogueQuery, limit: number): Promise<{ total: number; ids: string[] }> {
  const { where } = await catalogueWhere(ctx, query);
  const rows = await ctx.db.$queryRaw<{ id: string; total: number }[]>`
    SELECT p."id", count(*) OVER ()::int AS total ${CATALOGUE_FROM} WHERE ${where} ORDER BY p."wirNumber" LIMIT ${limit}`;
  return { total: rows[0]?.total ?? 0, ids: rows.map((r) => r.id) };
}

type SqlResult = {
  total: number;
  ids: string[] | null;
  facets: { facet: FacetKey; value: string; label: string; count: number }[] | null;
};

/** Searches the published cards: one page of hits, the total and the facet counts. */
export async function searchCatalogue(ctx: PublicCtx, query: CatalogueQuery): Promise<CatalogueResult> {
  const pageSize = query.per ?? DEFAULT_PAGE_SIZE;
  const page = query.pagina ?? 1;
  const { tsq, where } = await catalogueWhere(ctx, query);
  const rank = tsq ? Prisma.sql`ts_rank_cd(p."searchVector", to_tsquery('regiotafel_nl', ${tsq}), 1)` : Prisma.sql`0::float8`;
  const [row] = await ctx.db.$queryRaw<SqlResult[]>`
    WITH hits AS MATERIALIZED (
      SELECT p."id", p."wirNumber", p."title", p."startDate", ${rank} AS "rank",
        r."code" AS region_code, r."name" AS region_name, r."reportOrder" AS region_order,
        ch."code" AS ch_code, ch."name" AS ch_name,
        h."code" AS rubriek_code, h."label" AS rubriek_label, h."reportOrder" AS rubriek_order,
        a."status"::text AS status, a."scalability"::text AS scalability, a."sharing"::text AS sharing,
        extract(year FROM p."startDate")::int AS start_year
      ${CATALOGUE_FROM}
      WHERE ${where}
    ),
    facet_rows AS (
      SELECT 'regio' AS facet, region_code AS value, region_name AS label, min(region_order) AS ord, count(*)::int AS count FROM hits GROUP BY region_code, region_name
      UNION ALL SELECT 'concessiehouder', ch_code, ch_name, 0, count(*)::int FROM hits WHERE ch_code IS NOT NULL GROUP BY ch_code, ch_name
      UNION ALL SELECT 'rubriek', rubriek_code, rubriek_label, min(rubriek_order), count(*)::int FROM hits GROUP BY rubriek_code, rubriek_label
      UNION ALL SELECT 'status', status, status, 0, count(*)::int FROM hits WHERE status IS NOT NULL GROUP BY status
      UNION ALL SELECT 'opschaalbaarheid', scalability, scalability, 0, count(*)::int FROM hits WHERE scalability IS NOT NULL GROUP BY scalability
      UNION ALL SELECT 'delen', sharing, sharing, 0, count(*)::int FROM hits WHERE sharing IS NOT NULL GROUP BY sharing
      UNION ALL SELECT 'startjaar', start_year::text, start_year::text, start_year, count(*)::int FROM hits WHERE start_year IS NOT NULL GROUP BY start_year
      UNION ALL SELECT 'thema', t."code", t."label", min(t."reportOrder"), count(*)::int FROM hits JOIN "ProjectTheme" pt ON pt."projectId" = hits."id" JOIN "KwaliteitskaderTheme" t ON t."id" = pt."themeId" GROUP BY t."code", t."label"
      UNION ALL (SELECT 'partner', o."id", o."name", 0, count(*)::int FROM hits JOIN "ProjectPartner" pp ON pp."projectId" = hits."id" JOIN "Organisation" o ON o."id" = pp."organisationId" GROUP BY o."id", o."name" ORDER BY count(*) DESC, o."name" LIMIT ${PARTNER_FACET_SIZE})
    )
    SELECT
      (SELECT count(*)::int FROM hits) AS total,
      (SELECT array_agg(x."id") FROM (SELECT h."id" FROM hits h ORDER BY ${orderSql(query, !!tsq)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) x) AS ids,
      (SELECT json_agg(json_build_object('facet', f.facet, 'value', f.value, 'label', f.label, 'count', f.count) ORDER BY f.facet, f.ord, f.label) FROM facet_rows f) AS facets`;
  const ids = row?.ids ?? [];
  const items = await loadHits(ctx, ids);
  const facets = Object.fromEntries(
    (["regio", "concessiehouder", "rubriek", "thema", "status", "opschaalbaarheid", "delen", "startjaar", "partner"] as FacetKey[]).map((k) => [k, [] as FacetValue[]]),
  ) as Record<FacetKey, FacetValue[]>;
  const enumLabel: Partial<Record<FacetKey, (v: string) => string>> = {
    status: (v) => PROJECT_STATUS.label(v as ProjectStatus),
    opschaalbaarheid: (v) => SCALABILITY.label(v as Scalability),
    delen: (v) => RESULT_SHARING.label(v as ResultSharing),
  };
  for (const f of row?.facets ?? []) facets[f.facet].push({ value: f.value, label: enumLabel[f.facet]?.(f.value) ?? f.label, count: f.count });
  facets.startjaar.reverse();
  facets.partner.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "nl"));
  const total = row?.total ?? 0;
  return { total, page, pageSize, pages: Math.max(1, Math.ceil(total / pageSize)), items, facets };
}

/** The list fields of published cards, in the order of `ids`. */
export async function loadHits(ctx: PublicCtx, ids: string[]): Promise<CatalogueHit[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.db.project.findMany({
    where: { id: { in: ids }, isPublic: true, lifecycle: "ACTIVE" },
    select: {
      id: true,
      wirNumber: true,
      title: true,
      goal: true,
      startDate: true,
      region: { select: { name: true, zorgkantoorregio: { select: { assignments: { where: { validTo: null }, select: { concessiehouder: { select: { name: true } } } } } } } },
      hoofdrubriek: { select: { label: true } },
      leadOrganisation: { select: { name: true } },
      themes: { select: { theme: { select: { label: true, reportOrder: true } } } },
    },
  });
  const judgements = await ctx.db.$queryRaw<{ projectId: string; status: ProjectStatus | null; scalability: Scalability | null; sharing: ResultSharing | null }[]>`
    SELECT a."projectId", a."status"::text AS status, a."scalability"::text AS scalability, a."sharing"::text AS sharing
    FROM "ProjectAssessment" a WHERE a."projectId" = ANY(${ids}::text[]) AND a."periodId" = ${LATEST_CLOSED_PERIOD}`;
  const judged = new Map(judgements.map((j) => [j.projectId, j]));
  const byId = new Map(rows.map((p) => [p.id, p]));
  return ids
    .map((id) => byId.get(id))
    .filter((p): p is NonNullable<typeof p> => !!p)
    .map((p) => ({
      id: p.id,
      wirNumber: p.wirNumber,
      title: p.title,
      goal: p.goal,
      regionName: p.region.name,
      concessiehouderName: p.region.zorgkantoorregio.assignments[0]?.concessiehouder.name ?? null,
      hoofdrubriekLabel: p.hoofdrubriek.label,
      leadOrganisation: p.leadOrganisation?.name ?? null,
      status: judged.get(p.id)?.status ?? null,
      scalability: judged.get(p.id)?.scalability ?? null,
      sharing: judged.get(p.id)?.sharing ?? null,
      startYear: p.startDate ? p.startDate.getUTCFullYear() : null,
      themes: p.themes.sort((a, b) => a.theme.reportOrder - b.theme.reportOrder).map((t) => t.theme.label),
    }));
}
