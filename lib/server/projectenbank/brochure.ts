import "server-only";
import { BROCHURE_MAX_CARDS, brochureHeading, brochureLinks, brochureSelection, type Brochure, type BrochureNames } from "../../domain/projectenbank/brochure";
import type { CatalogueQuery } from "../../domain/projectenbank/search-params";
import { brochureDocx } from "../../domain/projectenbank/brochure-docx";
import { formatDutchDate } from "../../domain/deadlines";
import { CONTENT_TYPES, type ExportFile } from "../../domain/export-file";
import { titleSlug } from "../../domain/projectenbank/search-params";
import { loadPublicCards, publicBaseUrl } from "./card";
import { catalogueSelection, type PublicCtx } from "./search";

/**
 * The brochure of a catalogue selection: a region (`regio`), a concessiehouder
 * (`concessiehouder`) or any search with filters, with at most BROCHURE_MAX_CARDS published
 * cards by hoofdrubriek in report order. Null when the query names a region, concessiehouder,
 * hoofdrubriek, theme or partner that does not exist (the page answers 404).
 */
export async function catalogueBrochure(ctx: PublicCtx, raw: CatalogueQuery): Promise<Brochure | null> {
  const query = brochureSelection(raw);
  const names = await codeNames(ctx, query);
  if (!names) return null;
  const { kind, title, criteria } = brochureHeading(query, names);
  const [selection, rubrieken] = await Promise.all([
    catalogueSelection(ctx, query, BROCHURE_MAX_CARDS),
    ctx.db.hoofdrubriek.findMany({ select: { code: true, label: true }, orderBy: { reportOrder: "asc" } }),
  ]);
  const cards = selection.ids.length ? await loadPublicCards(ctx, { id: { in: selection.ids } }) : [];
  const holders = new Set(cards.map((c) => c.concessiehouder?.name ?? null));
  const concessiehouder = names.concessiehouder ?? (holders.size === 1 ? [...holders][0] : null);
  const links = brochureLinks(query);
  return {
    kind,
    title,
    concessiehouder,
    criteria,
    total: selection.total,
    sections: rubrieken.map((h) => ({ hoofdrubriek: h, cards: cards.filter((c) => c.hoofdrubriek.code === h.code) })).filter((s) => s.cards.length > 0),
    searchHref: links.search,
    query: links.query,
  };
}

/** The names behind the codes of a query; null when one of them does not exist. */
async function codeNames(ctx: PublicCtx, query: CatalogueQuery): Promise<BrochureNames | null> {
  const [regio, concessiehouder, rubriek, thema, partner] = await Promise.all([
    query.regio ? ctx.db.region.findUnique({ where: { code: query.regio }, select: { name: true } }) : undefined,
    query.concessiehouder ? ctx.db.concessiehouder.findUnique({ where: { code: query.concessiehouder }, select: { name: true } }) : undefined,
    query.rubriek ? ctx.db.hoofdrubriek.findUnique({ where: { code: query.rubriek }, select: { label: true } }) : undefined,
    query.thema ? ctx.db.kwaliteitskaderTheme.findUnique({ where: { code: query.thema }, select: { label: true } }) : undefined,
    query.partner ? ctx.db.organisation.findUnique({ where: { id: query.partner }, select: { name: true } }) : undefined,
  ]);
  if ([regio, concessiehouder, rubriek, thema, partner].some((x) => x === null)) return null;
  return { regio: regio?.name, concessiehouder: concessiehouder?.name, rubriek: rubriek?.label, thema: thema?.label, partner: partner?.name };
}

/** The brochure as a DOCX download, or null for a query naming something that does not exist. */
export async function catalogueBrochureDocx(ctx: PublicCtx, query: CatalogueQuery, now = new Date()): Promise<ExportFile | null> {
  const brochure = await catalogueBrochure(ctx, query);
  if (!brochure) return null;
  const body = await brochureDocx(brochure, { baseUrl: publicBaseUrl(), generatedOn: formatDutchDate(now) });
  const rows = brochure.sections.reduce((n, s) => n + s.cards.length, 0);
  return { body: new Uint8Array(body), contentType: CONTENT_TYPES.docx, fileName: `projectenbank-brochure-${titleSlug(brochure.title)}.docx`, rows };
}
