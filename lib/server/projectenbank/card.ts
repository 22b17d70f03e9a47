import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { NotFoundError } from "../core/errors";
import { cardSegment, searchWords, wirNumberCandidates } from "../../domain/projectenbank/search-params";
import type { ProjectStatus, ResultSharing, Scalability } from "../../domain/enums";
import type { PublicCard } from "../../domain/projectenbank/public-card";
import { finalEvaluationContent } from "../../domain/results/enums";
import { PROJECT_CARD_FIELDS } from "../projects/read";
import { buildTsQuery, LATEST_CLOSED_PERIOD, loadHits, PUBLISHED, type CatalogueHit, type PublicCtx } from "./search";

/**
 * One published project card as the public sees it: no notes, no open period's judgement, only
 * contacts who agreed to be shown, no leaders or history.
 */

const NOT_PUBLISHED = "Deze projectkaart bestaat niet of is niet (meer) gepubliceerd.";

export type { PublicCard };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The published card an address segment names ("WIR-0001-…"), or NotFoundError. */
export async function getPublicCard(ctx: PublicCtx, segment: string): Promise<PublicCard> {
  const card = await findPublicCard(ctx, segment);
  if (!card) throw new NotFoundError(NOT_PUBLISHED);
  return card;
}

/** The published card an address segment names, or null (pages answer 404). */
export async function findPublicCard(ctx: PublicCtx, segment: string): Promise<PublicCard | null> {
  const candidates = wirNumberCandidates(segment);
  if (candidates.length === 0) return null;
  const cards = await loadPublicCards(ctx, { wirNumber: { in: candidates } });
  // the longest matching number wins ("RT-1" vs "RT-1-2" cannot both be a prefix in practice)
  return cards.sort((a, b) => b.wirNumber.length - a.wirNumber.length)[0] ?? null;
}

/**
 * The published cards matching `where` (always narrowed to published, active cards), in WIR
 * number order, with their judgement at the latest closed period: one query for the cards and
 * one for the judgements, however many cards.
 */
export async function loadPublicCards(ctx: PublicCtx, where: Prisma.ProjectWhereInput): Promise<PublicCard[]> {
  const rows = await ctx.db.project.findMany({
    where: { AND: [where, { isPublic: true, lifecycle: "ACTIVE" }] },
    orderBy: { wirNumber: "asc" },
    select: {
      id: true,
      ...PROJECT_CARD_FIELDS,
      publishedAt: true,
      updatedAt: true,
      region: {
        select: { code: true, name: true, zorgkantoorregio: { select: { assignments: { where: { validTo: null }, select: { concessiehouder: { select: { code: true, name: true } } } } } } },
      },
      hoofdrubriek: { select: { code: true, label: true } },
      themes: { select: { theme: { select: { code: true, label: true, reportOrder: true } } } },
      leadOrganisation: { select: { name: true } },
      partners: { select: { organisation: { select: { name: true } } }, orderBy: { organisation: { name: "asc" } } },
      contacts: { where: { publicConsent: true }, select: { name: true, role: true, organisation: true, email: true, phone: true }, orderBy: { position: "asc" } },
      links: { select: { label: true, url: true }, orderBy: { position: "asc" } },
      products: { select: { id: true, type: true, title: true, description: true, url: true, fileKey: true, fileName: true, fileType: true, fileSize: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      lessons: { select: { id: true, title: true, text: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      finalEvaluation: { select: { resultsSummary: true, successFactors: true, barriers: true, factorsNote: true, borgingPlan: true, transferable: true, transferNote: true } },
    },
  });
  if (rows.length === 0) return [];
  const judgements = await ctx.db.$queryRaw<{ projectId: string; label: string; status: ProjectStatus | null; scalability: Scalability | null; sharing: ResultSharing | null }[]>`
    SELECT a."projectId", rp."label", a."status"::text AS status, a."scalability"::text AS scalability, a."sharing"::text AS sharing
    FROM "ProjectAssessment" a JOIN "ReportingPeriod" rp ON rp."id" = a."periodId"
    WHERE a."projectId" = ANY(${rows.map((p) => p.id)}::text[]) AND a."periodId" = ${LATEST_CLOSED_PERIOD}`;
  const judged = new Map(judgements.map((j) => [j.projectId, j]));
  return rows.map((p) => {
    const judgement = judged.get(p.id);
    const ch = p.region.zorgkantoorregio.assignments[0]?.concessiehouder ?? null;
    return {
      id: p.id,
      wirNumber: p.wirNumber,
      title: p.title,
      segment: cardSegment(p),
      goal: p.goal,
      description: p.description,
      results: p.results,
      deliveredProducts: p.deliveredProducts,
      lessonsLearned: p.lessonsLearned,
      startDate: day(p.startDate),
      endDate: day(p.endDate),
      publishedAt: p.publishedAt?.toISOString() ?? null,
      updatedAt: p.updatedAt.toISOString(),
      region: { code: p.region.code, name: p.region.name },
      concessiehouder: ch,
      hoofdrubriek: p.hoofdrubriek,
      themes: p.themes.sort((a, b) => a.theme.reportOrder - b.theme.reportOrder).map((t) => ({ code: t.theme.code, label: t.theme.label })),
      judgement: judgement ? { periodLabel: judgement.label, status: judgement.status, scalability: judgement.scalability, sharing: judgement.sharing } : null,
      leadOrganisation: p.leadOrganisation?.name ?? null,
      partners: p.partners.map((x) => x.organisation.name),
      contacts: p.contacts,
      links: p.links,
      products: p.products.map(({ fileKey, ...rest }) => ({ ...rest, hasFile: !!fileKey })),
      lessons: p.lessons,
      evaluation: p.finalEvaluation ? finalEvaluationContent(p.finalEvaluation) : null,
    };
  });
}

export type RelatedProjects = { similar: CatalogueHit[]; sameThemeElsewhere: CatalogueHit[] };

/**
 * Related published cards: the most similar ones (the card's title and goal words against the
 * catalogue's search table, ranked as the search ranks) and ones sharing a kwaliteitskader theme in other regions (most shared themes first).
 */
export async function relatedProjects(ctx: PublicCtx, card: Pick<PublicCard, "id" | "title" | "goal" | "region">, limit = 4): Promise<RelatedProjects> {
  const tsq = await buildTsQuery(ctx.db, `${card.title} ${searchWords(card.goal, 8).join(" ")}`, "any");
  const similar = tsq
    ? await ctx.db.$queryRaw<{ id: string }[]>`
        SELECT c."projectId" AS id FROM "CatalogueCard" c, to_tsquery('regiotafel_nl', ${tsq}) q
        WHERE c."projectId" <> ${card.id} AND c."searchVector" @@ q
        ORDER BY ts_rank(c."searchVector", q, 1) DESC, c."wirNumber" LIMIT ${limit}`
    : [];
  const sameTheme = await ctx.db.$queryRaw<{ id: string }[]>`
    SELECT p."id" FROM "Project" p
    JOIN "ProjectTheme" pt ON pt."projectId" = p."id"
    JOIN "Region" r ON r."id" = p."regionId"
    WHERE ${PUBLISHED} AND p."id" <> ${card.id} AND r."code" <> ${card.region.code}
      AND pt."themeId" IN (SELECT "themeId" FROM "ProjectTheme" WHERE "projectId" = ${card.id})
      ${similar.length ? Prisma.sql`AND p."id" NOT IN (${Prisma.join(similar.map((s) => s.id))})` : Prisma.empty}
    GROUP BY p."id", p."wirNumber"
    ORDER BY count(*) DESC, p."wirNumber" LIMIT ${limit}`;
  const [a, b] = [await loadHits(ctx, similar.map((s) => s.id)), await loadHits(ctx, sameTheme.map((s) => s.id))];
  return { similar: a, sameThemeElsewhere: b };
}

/** The public address of the app (NEXTAUTH_URL), for the sitemap and Open Graph links. */
export function publicBaseUrl(): string {
  return (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

/** Every published card's address and last change: the sitemap. */
export async function publishedCardAddresses(ctx: PublicCtx): Promise<{ segment: string; updatedAt: Date }[]> {
  const rows = await ctx.db.project.findMany({ where: { isPublic: true, lifecycle: "ACTIVE" }, select: { wirNumber: true, title: true, updatedAt: true }, orderBy: { wirNumber: "asc" } });
  return rows.map((r) => ({ segment: cardSegment(r), updatedAt: r.updatedAt }));
}
