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

/**
 * The search reads "CatalogueCard" (docs/decisions/0024-catalogue-search-table.md): one narrow row
 * per published card, kept by triggers, with small keys (`seq`) for region, hoofdrubriek,
 * concessiehouder, themes and partners and the judgement of the latest closed period. Only
 * published cards have a row; list items are read from "Project" again (loadHits), published only.
 */
function filterSql(query: CatalogueQuery): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (query.regio) and.push(Prisma.sql`c."regionSeq" = (SELECT "seq" FROM "Region" WHERE "code" = ${query.regio})`);
  if (query.concessiehouder) and.push(Prisma.sql`c."concessiehouderSeq" = (SELECT "seq" FROM "Concessiehouder" WHERE "code" = ${query.concessiehouder})`);
  if (query.rubriek) and.push(Prisma.sql`c."rubriekSeq" = (SELECT "seq" FROM "Hoofdrubriek" WHERE "code" = ${query.rubriek})`);
  if (query.status) and.push(Prisma.sql`c."status"::text = ${query.status}`);
  if (query.opschaalbaarheid) and.push(Prisma.sql`c."scalability"::text = ${query.opschaalbaarheid}`);
  if (query.delen) and.push(Prisma.sql`c."sharing"::text = ${query.delen}`);
  if (query.startjaar) and.push(Prisma.sql`c."startYear" = ${query.startjaar}`);
  // an unknown code gives ARRAY[NULL], which no card contains
  if (query.thema) and.push(Prisma.sql`c."themeSeqs" @> ARRAY[(SELECT "seq" FROM "KwaliteitskaderTheme" WHERE "code" = ${query.thema})]`);
  if (query.partner) and.push(Prisma.sql`c."partnerSeqs" @> ARRAY[(SELECT "seq" FROM "Organisation" WHERE "id" = ${query.partner})]`);
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

/** The WHERE of a catalogue search over "CatalogueCard" c: the text match and the filters. */
async function catalogueWhere(ctx: PublicCtx, query: CatalogueQuery): Promise<{ tsq: string | null; where: Prisma.Sql }> {
  const tsq = query.q ? await buildTsQuery(ctx.db, query.q) : null;
  const textMatch = query.q ? (tsq ? Prisma.sql`c."searchVector" @@ to_tsquery('regiotafel_nl', ${tsq})` : Prisma.sql`false`) : Prisma.sql`true`;
  return { tsq, where: Prisma.join([textMatch, ...filterSql(query)], " AND ") };
}

/**
 * Every card a search selects, up to `limit`, in WIR-number order, and how many there are in
 * all: the brochure of a search (order and paging of the query are ignored).
 */
export async function catalogueSelection(ctx: PublicCtx, query: CatalogueQuery, limit: number): Promise<{ total: number; ids: string[] }> {
  const { where } = await catalogueWhere(ctx, query);
  const rows = await ctx.db.$queryRaw<{ id: string; total: number }[]>`
    SELECT c."projectId" AS id, count(*) OVER ()::int AS total FROM "CatalogueCard" c WHERE ${where} ORDER BY c."wirNumber" LIMIT ${limit}`;
  return { total: rows[0]?.total ?? 0, ids: rows.map((r) => r.id) };
}

type SqlResult = {
  total: number;
  ids: string[] | null;
  facets: { facet: FacetKey; value: string; label: string; count: number }[] | null;
};

/**
 * Searches the published cards: one page of hits, the total and the facet counts, in one
 * statement. The hits are materialised once as narrow rows; the single-valued facets are one
 * GROUPING SETS pass, themes and partners one pass each over their key arrays, and labels are
 * joined to the few counted keys only. Relevance is `ts_rank` with the document's weights (title
 * A, goal and description B, results, products and lessons C, organisations, region and themes
 * D): `ts_rank_cd` costs several times as much per hit with the alternatives of typo correction.
 */
export async function searchCatalogue(ctx: PublicCtx, query: CatalogueQuery): Promise<CatalogueResult> {
  const pageSize = query.per ?? DEFAULT_PAGE_SIZE;
  const page = query.pagina ?? 1;
  const { tsq, where } = await catalogueWhere(ctx, query);
  const rank = tsq ? Prisma.sql`ts_rank(c."searchVector", to_tsquery('regiotafel_nl', ${tsq}), 1)` : Prisma.sql`0::real`;
  const [row] = await ctx.db.$queryRaw<SqlResult[]>`
    WITH hits AS MATERIALIZED (
      SELECT c."projectId" AS id, c."wirNumber", c."title", c."startDate", ${rank} AS "rank",
        c."regionSeq", c."rubriekSeq", c."concessiehouderSeq", c."status", c."scalability", c."sharing", c."startYear",
        c."themeSeqs", c."partnerSeqs"
      FROM "CatalogueCard" c
      WHERE ${where}
    ),
    single AS (
      SELECT
        CASE WHEN grouping("regionSeq") = 0 THEN 'regio' WHEN grouping("rubriekSeq") = 0 THEN 'rubriek'
          WHEN grouping("concessiehouderSeq") = 0 THEN 'concessiehouder' WHEN grouping("status") = 0 THEN 'status'
          WHEN grouping("scalability") = 0 THEN 'opschaalbaarheid' WHEN grouping("sharing") = 0 THEN 'delen' ELSE 'startjaar' END AS facet,
        coalesce("regionSeq", "rubriekSeq", "concessiehouderSeq", "startYear") AS seq,
        coalesce("status"::text, "scalability"::text, "sharing"::text) AS value,
        count(*)::int AS count
      FROM hits
      GROUP BY GROUPING SETS (("regionSeq"), ("rubriekSeq"), ("concessiehouderSeq"), ("status"), ("scalability"), ("sharing"), ("startYear"))
    ),
    facet_rows AS (
      SELECT 'regio' AS facet, r."code" AS value, r."name" AS label, r."reportOrder" AS ord, s.count FROM single s JOIN "Region" r ON r."seq" = s.seq WHERE s.facet = 'regio'
      UNION ALL SELECT 'rubriek', h."code", h."label", h."reportOrder", s.count FROM single s JOIN "Hoofdrubriek" h ON h."seq" = s.seq WHERE s.facet = 'rubriek'
      UNION ALL SELECT 'concessiehouder', ch."code", ch."name", 0, s.count FROM single s JOIN "Concessiehouder" ch ON ch."seq" = s.seq WHERE s.facet = 'concessiehouder'
      UNION ALL SELECT s.facet, s.value, s.value, 0, s.count FROM single s WHERE s.facet IN ('status', 'opschaalbaarheid', 'delen') AND s.value IS NOT NULL
      UNION ALL SELECT 'startjaar', s.seq::text, s.seq::text, s.seq, s.count FROM single s WHERE s.facet = 'startjaar' AND s.seq IS NOT NULL
      UNION ALL SELECT 'thema', t."code", t."label", t."reportOrder", x.count
        FROM (SELECT k, count(*)::int AS count FROM (SELECT unnest("themeSeqs") AS k FROM hits) u GROUP BY k) x JOIN "KwaliteitskaderTheme" t ON t."seq" = x.k
      UNION ALL (SELECT 'partner', o."id", o."name", 0, x.count
        FROM (SELECT k, count(*)::int AS count FROM (SELECT unnest("partnerSeqs") AS k FROM hits) u GROUP BY k) x JOIN "Organisation" o ON o."seq" = x.k
        ORDER BY x.count DESC, o."name" LIMIT ${PARTNER_FACET_SIZE})
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

/** The list fields of published cards, in the order of `ids`: one statement for the page. */
export async function loadHits(ctx: PublicCtx, ids: string[]): Promise<CatalogueHit[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.db.$queryRaw<(Omit<CatalogueHit, "startYear"> & { startDate: Date | null })[]>`
    SELECT p."id", p."wirNumber", p."title", p."goal", p."startDate", r."name" AS "regionName",
      (SELECT ch."name" FROM "ConcessionAssignment" ca JOIN "Concessiehouder" ch ON ch."id" = ca."concessiehouderId"
        WHERE ca."zorgkantoorregioId" = r."zorgkantoorregioId" AND ca."validTo" IS NULL ORDER BY ca."validFrom" DESC LIMIT 1) AS "concessiehouderName",
      h."label" AS "hoofdrubriekLabel", o."name" AS "leadOrganisation",
      a."status"::text AS status, a."scalability"::text AS scalability, a."sharing"::text AS sharing,
      ARRAY(SELECT t."label" FROM "ProjectTheme" pt JOIN "KwaliteitskaderTheme" t ON t."id" = pt."themeId"
        WHERE pt."projectId" = p."id" ORDER BY t."reportOrder") AS themes
    FROM "Project" p
    JOIN "Region" r ON r."id" = p."regionId"
    JOIN "Hoofdrubriek" h ON h."id" = p."hoofdrubriekId"
    LEFT JOIN "Organisation" o ON o."id" = p."leadOrganisationId"
    LEFT JOIN "ProjectAssessment" a ON a."projectId" = p."id" AND a."periodId" = ${LATEST_CLOSED_PERIOD}
    WHERE p."id" = ANY(${ids}::text[]) AND ${PUBLISHED}`;
  const byId = new Map(rows.map((p) => [p.id, p]));
  return ids
    .map((id) => byId.get(id))
    .filter((p): p is NonNullable<typeof p> => !!p)
    .map(({ startDate, ...p }) => ({ ...p, startYear: startDate ? startDate.getUTCFullYear() : null }));
}
