import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { CatalogueQuery } from "../../domain/projectenbank/search-params";
import { buildTsQuery, PUBLISHED, type FacetValue, type PublicCtx } from "./search";

/**
 * Lessons learned across the published cards, browsable by kwaliteitskader theme and by
 * hoofdrubriek, and searchable. A lesson is a `Lesson` row, or — for a card that has none — the
 * card's free-text "Geleerde lessen". Public scope: published cards only.
 */

export const LESSONS_PAGE_SIZE = 25;

export type LessonQuery = Pick<CatalogueQuery, "q" | "thema" | "rubriek" | "pagina">;
export type PublicLesson = {
  id: string;
  title: string;
  text: string;
  project: { wirNumber: string; title: string; regionName: string; hoofdrubriekLabel: string };
};
export type LessonsResult = {
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  items: PublicLesson[];
  facets: { thema: FacetValue[]; rubriek: FacetValue[] };
};

type Row = { total: number; items: (Omit<PublicLesson, "project"> & { wirNumber: string; projectTitle: string; regionName: string; rubriek: string })[] | null; facets: { facet: "thema" | "rubriek"; value: string; label: string; count: number }[] | null };

export async function publicLessons(ctx: PublicCtx, query: LessonQuery): Promise<LessonsResult> {
  const page = query.pagina ?? 1;
  const tsq = query.q ? await buildTsQuery(ctx.db, query.q) : null;
  const and: Prisma.Sql[] = [PUBLISHED];
  if (query.rubriek) and.push(Prisma.sql`h."code" = ${query.rubriek}`);
  if (query.thema) and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ProjectTheme" pt JOIN "KwaliteitskaderTheme" t ON t."id" = pt."themeId" WHERE pt."projectId" = p."id" AND t."code" = ${query.thema})`);
  // the card's indexed vector narrows the cards first; then the lesson's own text must match
  if (query.q) and.push(tsq ? Prisma.sql`p."searchVector" @@ to_tsquery('regiotafel_nl', ${tsq})` : Prisma.sql`false`);
  const lessonMatch = tsq ? Prisma.sql`WHERE to_tsvector('regiotafel_nl', l."title" || ' ' || l."text") @@ to_tsquery('regiotafel_nl', ${tsq})` : Prisma.empty;
  const [row] = await ctx.db.$queryRaw<Row[]>`
    WITH cards AS MATERIALIZED (
      SELECT p."id" AS project_id, p."wirNumber" AS wir_number, p."title" AS project_title, p."lessonsLearned" AS free_text,
        p."hoofdrubriekId" AS rubriek_id, r."name" AS region_name, h."label" AS rubriek, h."reportOrder" AS rubriek_order
      FROM "Project" p JOIN "Region" r ON r."id" = p."regionId" JOIN "Hoofdrubriek" h ON h."id" = p."hoofdrubriekId"
      WHERE ${Prisma.join(and, " AND ")}
    ),
    lessons AS MATERIALIZED (
      SELECT * FROM (
        SELECT le."id", le."title", le."text", le."position", c.*
        FROM "Lesson" le JOIN cards c ON c.project_id = le."projectId"
        UNION ALL
        SELECT 'kaart-' || c.project_id, '', btrim(c.free_text), 0, c.*
        FROM cards c
        WHERE btrim(c.free_text) <> '' AND NOT EXISTS (SELECT 1 FROM "Lesson" le WHERE le."projectId" = c.project_id)
      ) l ${lessonMatch}
    )
    SELECT
      (SELECT count(*)::int FROM lessons) AS total,
      (SELECT json_agg(x) FROM (
        SELECT l."id", l."title", l."text", l.wir_number AS "wirNumber", l.project_title AS "projectTitle", l.region_name AS "regionName", l.rubriek
        FROM lessons l
        ORDER BY l.rubriek_order, l.wir_number, l."position", l."id"
        LIMIT ${LESSONS_PAGE_SIZE} OFFSET ${(page - 1) * LESSONS_PAGE_SIZE}
      ) x) AS items,
      (SELECT json_agg(f ORDER BY f.facet, f.ord, f.label) FROM (
        SELECT 'thema' AS facet, t."code" AS value, t."label" AS label, min(t."reportOrder") AS ord, count(*)::int AS count
        FROM lessons l JOIN "ProjectTheme" pt ON pt."projectId" = l.project_id JOIN "KwaliteitskaderTheme" t ON t."id" = pt."themeId"
        GROUP BY t."code", t."label"
        UNION ALL
        SELECT 'rubriek', h."code", h."label", min(h."reportOrder"), count(*)::int
        FROM lessons l JOIN "Hoofdrubriek" h ON h."id" = l.rubriek_id
        GROUP BY h."code", h."label"
      ) f) AS facets`;
  const total = row?.total ?? 0;
  const facets: LessonsResult["facets"] = { thema: [], rubriek: [] };
  for (const f of row?.facets ?? []) facets[f.facet].push({ value: f.value, label: f.label, count: f.count });
  return {
    total,
    page,
    pageSize: LESSONS_PAGE_SIZE,
    pages: Math.max(1, Math.ceil(total / LESSONS_PAGE_SIZE)),
    items: (row?.items ?? []).map((i) => ({ id: i.id, title: i.title, text: i.text, project: { wirNumber: i.wirNumber, title: i.projectTitle, regionName: i.regionName, hoofdrubriekLabel: i.rubriek } })),
    facets,
  };
}
