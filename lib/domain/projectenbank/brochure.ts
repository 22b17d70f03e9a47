/**
 * The Projectenbank brochure: the published cards of a region, of a concessiehouder or of any
 * search, laid out like a regional catalogue (cover, reading guide, contents by hoofdrubriek, one
 * card per page). The page prints it (A4), `brochureDocx` writes the same as a DOCX. Pure: the
 * cards come from lib/server/projectenbank/brochure.ts.
 */
import { PROJECT_STATUS, RESULT_SHARING, SCALABILITY, type ProjectStatus, type ResultSharing, type Scalability } from "../enums";
import { catalogueSearchParams, type CatalogueQuery } from "./search-params";
import type { PublicCard } from "./public-card";

/** A brochure holds at most this many cards; a larger selection says how to narrow it. */
export const BROCHURE_MAX_CARDS = 250;

export type BrochureKind = "regio" | "concessiehouder" | "selectie";

export type Brochure = {
  kind: BrochureKind;
  title: string;
  /** the zorgkantoor line on the cover, where one concessiehouder holds the whole selection */
  concessiehouder: string | null;
  /** the selection in words ("Zoekterm: dementie", "Status: Lopend"); empty for a plain region or concessiehouder */
  criteria: string[];
  /** cards matching the selection */
  total: number;
  /** per hoofdrubriek in report order, only those with cards; at most BROCHURE_MAX_CARDS cards in all */
  sections: { hoofdrubriek: { code: string; label: string }; cards: PublicCard[] }[];
  /** the catalogue search this brochure prints (/projectenbank?…), and the brochure's own query string */
  searchHref: string;
  query: string;
};

/** The names of the codes in a query, looked up by the server (null: the code does not exist). */
export type BrochureNames = {
  regio?: string | null;
  concessiehouder?: string | null;
  rubriek?: string | null;
  thema?: string | null;
  partner?: string | null;
};

/** The part of a catalogue query that selects cards: order and paging do not matter in a brochure. */
export function brochureSelection(query: CatalogueQuery): CatalogueQuery {
  const { q, regio, concessiehouder, rubriek, thema, status, opschaalbaarheid, delen, startjaar, partner } = query;
  return { q, regio, concessiehouder, rubriek, thema, status, opschaalbaarheid, delen, startjaar, partner };
}

/** A region alone is a region's brochure, a concessiehouder alone a zorgkantoor's; anything else a selection. */
export function brochureKind(query: CatalogueQuery): BrochureKind {
  const selection = brochureSelection(query);
  const keys = Object.keys(selection).filter((k) => selection[k as keyof CatalogueQuery] !== undefined && selection[k as keyof CatalogueQuery] !== "");
  if (keys.length === 1 && selection.regio) return "regio";
  if (keys.length === 1 && selection.concessiehouder) return "concessiehouder";
  return "selectie";
}

/**
 * What the brochure is called and how its selection reads. A region alone is a region's
 * brochure, a concessiehouder alone a zorgkantoor's; anything else is a selection whose criteria
 * are listed on the cover.
 */
export function brochureHeading(query: CatalogueQuery, names: BrochureNames): { kind: BrochureKind; title: string; criteria: string[] } {
  const selection = brochureSelection(query);
  const kind = brochureKind(selection);
  if (kind === "regio") return { kind, title: `Transitieprojecten regio ${names.regio ?? selection.regio}`, criteria: [] };
  if (kind === "concessiehouder") return { kind, title: `Transitieprojecten in de regio's van ${names.concessiehouder ?? selection.concessiehouder}`, criteria: [] };
  const criteria: string[] = [];
  if (selection.q) criteria.push(`Zoekterm: ${selection.q}`);
  if (selection.regio) criteria.push(`Regio: ${names.regio ?? selection.regio}`);
  if (selection.concessiehouder) criteria.push(`Concessiehouder: ${names.concessiehouder ?? selection.concessiehouder}`);
  if (selection.rubriek) criteria.push(`Hoofdrubriek: ${names.rubriek ?? selection.rubriek}`);
  if (selection.thema) criteria.push(`Kwaliteitskader-thema: ${names.thema ?? selection.thema}`);
  if (selection.status) criteria.push(`Status: ${PROJECT_STATUS.label(selection.status as ProjectStatus)}`);
  if (selection.opschaalbaarheid) criteria.push(`Opschaalbaarheid: ${SCALABILITY.label(selection.opschaalbaarheid as Scalability)}`);
  if (selection.delen) criteria.push(`Resultaten te delen: ${RESULT_SHARING.label(selection.delen as ResultSharing)}`);
  if (selection.startjaar) criteria.push(`Startjaar: ${selection.startjaar}`);
  if (selection.partner) criteria.push(`Partnerorganisatie: ${names.partner ?? selection.partner}`);
  return { kind, title: criteria.length ? "Transitieprojecten: een selectie uit de Projectenbank" : "Alle transitieprojecten in de Projectenbank", criteria };
}

/** The brochure's addresses: the page, its DOCX and the catalogue search it prints. */
export function brochureLinks(query: CatalogueQuery): { page: string; docx: string; search: string; query: string } {
  const params = catalogueSearchParams(brochureSelection(query)).toString();
  const suffix = params ? `?${params}` : "";
  return { page: `/projectenbank/brochure${suffix}`, docx: `/projectenbank/brochure/docx${suffix}`, search: `/projectenbank${suffix}`, query: params };
}

/** The cover's "too many cards" line, or null when every card is in the brochure. */
export function brochureCutNote(brochure: Pick<Brochure, "total" | "sections">): string | null {
  const shown = brochure.sections.reduce((n, s) => n + s.cards.length, 0);
  if (shown >= brochure.total) return null;
  return `Deze brochure bevat de eerste ${shown.toLocaleString("nl-NL")} van ${brochure.total.toLocaleString("nl-NL")} projectkaarten (op WIR-nummer). Verfijn de zoekopdracht voor een kleinere selectie.`;
}

/** The reading guide of every brochure: what each card shows. */
export const BROCHURE_READING_GUIDE: { intro: string; items: [string, string][]; closing: string } = {
  intro:
    "Deze brochure laat de transitieprojecten zien die met de middelen van het Kwaliteitskader Verpleeghuiszorg zijn opgezet. De projecten staan per hoofdrubriek; elk project heeft een eigen pagina.",
  items: [
    ["Doel | Waarom dit project en Beschrijving | Wat en hoe?", "wat het project wilde bereiken en hoe het dat aanpakte;"],
    ["Resultaten en Opgeleverde resultaten", "wat het heeft opgeleverd, met de producten die u in de online Projectenbank kunt downloaden;"],
    ["Geleerde lessen", "wat de projectleiders een volgende regio aanraden;"],
    ["Kartrekker, partners en contact", "wie u kunt benaderen. Alleen contactpersonen die daarmee hebben ingestemd, staan erin."],
  ],
  closing: "Laat u inspireren! De actuele kaarten staan altijd in de online Projectenbank.",
};

/** "Lopend (oktober 2020); landelijk opschaalbaar" — the judgement line of a card, or null. */
export function judgementLine(card: Pick<PublicCard, "judgement">): string | null {
  const j = card.judgement;
  if (!j?.status) return null;
  return `${PROJECT_STATUS.label(j.status)} (${j.periodLabel})${j.scalability ? `; ${SCALABILITY.label(j.scalability).toLowerCase()}` : ""}`;
}
