/**
 * The Projectenbank's search: its URL parameters (the public pages and the open-data API read
 * the same ones), parsed and validated here, and the card's readable address.
 */
import { z } from "zod";
import { PROJECT_STATUS, RESULT_SHARING, SCALABILITY } from "../enums";

export const SORTS = ["relevantie", "titel", "nummer", "start"] as const;
export type CatalogueSort = (typeof SORTS)[number];

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
/** the largest page the API serves */
export const MAX_PAGE_SIZE = 100;

const code = z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/, "Onbekende code.");
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), schema.optional());

/** What a catalogue search asks: text, facet filters, order and page. URL keys are Dutch. */
export const catalogueQuerySchema = z.object({
  q: optional(z.string().trim().max(200, "Zoek met hoogstens 200 tekens.")),
  regio: optional(code),
  concessiehouder: optional(code),
  rubriek: optional(code),
  thema: optional(code),
  status: optional(z.enum(PROJECT_STATUS.values as [string, ...string[]], { message: "Onbekende status." })),
  opschaalbaarheid: optional(z.enum(SCALABILITY.values as [string, ...string[]], { message: "Onbekende opschaalbaarheid." })),
  delen: optional(z.enum(RESULT_SHARING.values as [string, ...string[]], { message: "Onbekende waarde voor delen." })),
  startjaar: optional(z.coerce.number({ message: "Startjaar moet een jaartal zijn." }).int().min(2000, "Startjaar moet een jaartal zijn.").max(2100, "Startjaar moet een jaartal zijn.")),
  partner: optional(z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/, "Onbekende organisatie.")),
  sorteer: optional(z.enum(SORTS, { message: "Sorteer op relevantie, titel, nummer of start." })),
  pagina: optional(z.coerce.number({ message: "Pagina moet een getal zijn." }).int().min(1, "Pagina begint bij 1.").max(10_000, "Pagina is te hoog.")),
  per: optional(z.coerce.number({ message: "Aantal per pagina moet een getal zijn." }).int().min(1, "Minstens 1 per pagina.").max(MAX_PAGE_SIZE, `Hoogstens ${MAX_PAGE_SIZE} per pagina.`)),
});
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

/** The filter keys that are facets, in the order the page shows them. */
export const FACET_KEYS = ["regio", "concessiehouder", "rubriek", "thema", "status", "opschaalbaarheid", "delen", "startjaar", "partner"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const FACET_LABELS: Record<FacetKey, string> = {
  regio: "Regio",
  concessiehouder: "Concessiehouder",
  rubriek: "Hoofdrubriek",
  thema: "Kwaliteitskader-thema",
  status: "Status",
  opschaalbaarheid: "Opschaalbaarheid",
  delen: "Resultaten te delen",
  startjaar: "Startjaar",
  partner: "Partnerorganisatie",
};

/** A query back to URL parameters (defaults left out), e.g. for a facet link or the next page. */
export function catalogueSearchParams(query: CatalogueQuery, change: Partial<Record<keyof CatalogueQuery, string | number | undefined>> = {}): URLSearchParams {
  const merged: Record<string, unknown> = { ...query, ...change };
  const out = new URLSearchParams();
  for (const key of Object.keys(catalogueQuerySchema.shape)) {
    const value = merged[key];
    if (value === undefined || value === null || value === "") continue;
    if (key === "pagina" && value === 1) continue;
    out.set(key, String(value));
  }
  return out;
}

/** "Nachtzorg met sensoren!" → "nachtzorg-met-sensoren" (accents dropped, at most 60 characters). */
export function titleSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 60).replace(/-+$/, "") || "project";
}

/** The card's address segment: "<wir-nummer>-<titel-slug>". */
export function cardSegment(card: { wirNumber: string; title: string }): string {
  return `${card.wirNumber}-${titleSlug(card.title)}`;
}

export function cardPath(card: { wirNumber: string; title: string }): string {
  return `/projectenbank/${encodeURIComponent(cardSegment(card))}`;
}

/**
 * The WIR numbers an address segment may start with ("WIR-0001-nachtzorg" → "WIR", "WIR-0001",
 * "WIR-0001-nachtzorg"): numbers contain hyphens, so the lookup tries each prefix.
 */
export function wirNumberCandidates(segment: string): string[] {
  const parts = segment.split("-").slice(0, 4);
  return parts.map((_, i) => parts.slice(0, i + 1).join("-")).filter((c) => /^[A-Za-z0-9-]{1,40}$/.test(c));
}

/** Letters and digits only (never tsquery syntax), lower case and without accents, at least 2 long. */
export function searchWords(text: string, max = 12): string[] {
  const words = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
  return [...new Set(words)].slice(0, max);
}
