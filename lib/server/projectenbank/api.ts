import "server-only";
import crypto from "node:crypto";
import { TooManyRequestsError, ValidationError } from "../core/errors";
import { consumeRateLimit, type RateLimitResult } from "../core/rate-limit";
import { clientAddressFromHeaders } from "../core/client-address";
import { catalogueQuerySchema, catalogueSearchParams, cardPath, type CatalogueQuery } from "../../domain/projectenbank/search-params";
import { PROJECT_STATUS, RESULT_SHARING, SCALABILITY } from "../../domain/enums";
import { spreadsheetCsv } from "../../domain/csv";
import { searchCatalogue, type CatalogueHit, type PublicCtx } from "./search";
import { publicBaseUrl, type PublicCard } from "./card";

/**
 * The open-data API of the Projectenbank (docs/projectenbank-api.md): published cards only,
 * paged, searchable and with facets; JSON or CSV; ETag and cache headers; anonymous use limited
 * per client address in the database (all instances share the count).
 */

export const API_VERSION = "1.0.0";
/** anonymous requests per client address per window */
export const ANONYMOUS_LIMIT = Number(process.env.PROJECTENBANK_API_LIMIT ?? 60);
export const LIMIT_WINDOW_SECONDS = 60;

/** The query of an API call, or a ValidationError naming each bad parameter. */
export function parseApiQuery(params: URLSearchParams): { query: CatalogueQuery; format: "json" | "csv" } {
  const raw: Record<string, string> = {};
  for (const key of params.keys()) raw[key] = params.get(key) ?? "";
  const { formaat, ...rest } = raw;
  const errors: Record<string, string[]> = {};
  if (formaat !== undefined && formaat !== "json" && formaat !== "csv") errors.formaat = ["Kies als formaat json of csv."];
  const known = new Set([...Object.keys(catalogueQuerySchema.shape), "formaat"]);
  for (const key of Object.keys(raw)) if (!known.has(key)) errors[key] = ["Onbekende parameter."];
  const parsed = catalogueQuerySchema.safeParse(rest);
  if (!parsed.success) for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? "")] ??= []).push(issue.message);
  if (Object.keys(errors).length) throw new ValidationError("Een of meer parameters zijn ongeldig.", errors);
  return { query: parsed.data!, format: formaat === "csv" ? "csv" : "json" };
}

/**
 * The client's address for rate limiting (the TCP peer, or behind TRUSTED_PROXIES the address
 * they forward: lib/server/core/client-address.ts), else one shared bucket.
 */
export function clientAddress(request: Request): string {
  return (clientAddressFromHeaders(request.headers) ?? "onbekend").slice(0, 64);
}

/**
 * Counts an anonymous call (signed-in users are not limited) and returns the rate-limit headers
 * for the answer; over the limit a TooManyRequestsError (429 with Retry-After).
 */
export async function limitAnonymous(ctx: PublicCtx, request: Request, signedIn: boolean): Promise<Record<string, string>> {
  if (signedIn) return {};
  const limit = await consumeRateLimit(ctx.db, `projectenbank-api:${clientAddress(request)}`, ANONYMOUS_LIMIT, LIMIT_WINDOW_SECONDS);
  const headers = rateLimitHeaders(limit);
  if (!limit.allowed) {
    const wait = Number(headers["RateLimit-Reset"]);
    throw new TooManyRequestsError(`U heeft meer dan ${limit.limit} verzoeken per minuut gedaan. Probeer het over ${wait} seconden opnieuw.`, Math.max(1, wait));
  }
  return headers;
}

function itemJson(hit: CatalogueHit, base: string) {
  return {
    wirNummer: hit.wirNumber,
    titel: hit.title,
    doel: hit.goal,
    regio: hit.regionName,
    concessiehouder: hit.concessiehouderName,
    hoofdrubriek: hit.hoofdrubriekLabel,
    themas: hit.themes,
    kartrekker: hit.leadOrganisation,
    startjaar: hit.startYear,
    status: hit.status ? { code: hit.status, label: PROJECT_STATUS.label(hit.status) } : null,
    opschaalbaarheid: hit.scalability ? { code: hit.scalability, label: SCALABILITY.label(hit.scalability) } : null,
    resultatenDelen: hit.sharing ? { code: hit.sharing, label: RESULT_SHARING.label(hit.sharing) } : null,
    _links: { self: { href: `${base}/api/projectenbank/${encodeURIComponent(cardPath(hit).slice("/projectenbank/".length))}` }, kaart: { href: `${base}${cardPath(hit)}` } },
  };
}

/** `rows`: how many cards the answer holds (for the audit log). */
export type ApiBody = { contentType: string; body: string; headers: Record<string, string>; rows?: number };

/** One page of the search as JSON (HAL-style links, facets) or all matching rows as CSV. */
export async function catalogueApiBody(ctx: PublicCtx, query: CatalogueQuery, format: "json" | "csv"): Promise<ApiBody> {
  const base = publicBaseUrl();
  if (format === "csv") {
    const rows: CatalogueHit[] = [];
    // CSV: every matching card, page by page through the same search
    for (let page = 1; ; page++) {
      const r = await searchCatalogue(ctx, { ...query, per: 100, pagina: page });
      rows.push(...r.items);
      if (page >= r.pages || page >= 400) break;
    }
    const csv = spreadsheetCsv([
      ["WIR-nummer", "Titel", "Regio", "Concessiehouder", "Hoofdrubriek", "Thema's", "Kartrekker", "Startjaar", "Status", "Opschaalbaarheid", "Resultaten te delen", "Doel", "Adres"],
      ...rows.map((h) => [
        h.wirNumber,
        h.title,
        h.regionName,
        h.concessiehouderName,
        h.hoofdrubriekLabel,
        h.themes.join(", "),
        h.leadOrganisation,
        h.startYear,
        h.status ? PROJECT_STATUS.label(h.status) : "",
        h.scalability ? SCALABILITY.label(h.scalability) : "",
        h.sharing ? RESULT_SHARING.label(h.sharing) : "",
        h.goal,
        `${base}${cardPath(h)}`,
      ]),
    ]);
    return { contentType: "text/csv; charset=utf-8", body: csv, rows: rows.length, headers: { "Content-Disposition": 'attachment; filename="projectenbank.csv"', "X-Total-Count": String(rows.length) } };
  }
  const r = await searchCatalogue(ctx, query);
  const link = (page: number) => {
    const params = catalogueSearchParams(query, { pagina: page });
    return { href: `${base}/api/projectenbank${params.size ? `?${params}` : ""}` };
  };
  const body = {
    _links: {
      self: link(r.page),
      first: link(1),
      last: link(r.pages),
      ...(r.page > 1 ? { prev: link(r.page - 1) } : {}),
      ...(r.page < r.pages ? { next: link(r.page + 1) } : {}),
    },
    _embedded: { projecten: r.items.map((h) => itemJson(h, base)) },
    facetten: r.facets,
    pagina: r.page,
    perPagina: r.pageSize,
    totaalPaginas: r.pages,
    totaal: r.total,
  };
  const links = [`<${link(1).href}>; rel="first"`, `<${link(r.pages).href}>; rel="last"`, ...(r.page > 1 ? [`<${link(r.page - 1).href}>; rel="prev"`] : []), ...(r.page < r.pages ? [`<${link(r.page + 1).href}>; rel="next"`] : [])];
  return {
    contentType: "application/hal+json",
    body: JSON.stringify(body),
    rows: r.items.length,
    headers: { "X-Total-Count": String(r.total), "X-Pagination-Page": String(r.page), "X-Pagination-Limit": String(r.pageSize), Link: links.join(", ") },
  };
}

/** One published card as JSON: no notes, no open period, only contacts who agreed. */
export function cardApiBody(card: PublicCard): ApiBody {
  const base = publicBaseUrl();
  const { id: _id, segment, ...rest } = card;
  void _id;
  return {
    contentType: "application/hal+json",
    rows: 1,
    body: JSON.stringify({ ...rest, _links: { self: { href: `${base}/api/projectenbank/${encodeURIComponent(segment)}` }, kaart: { href: `${base}/projectenbank/${encodeURIComponent(segment)}` } } }),
    headers: {},
  };
}

/**
 * The answer to a public GET: a strong ETag over the body, 304 when the client has it already,
 * and caching that always revalidates (a withdrawn card must disappear at once).
 */
export function cachedResponse(request: Request, body: ApiBody, extraHeaders: Record<string, string> = {}): Response {
  const etag = `"${crypto.createHash("sha256").update(body.body).digest("base64url").slice(0, 27)}"`;
  const headers = { ETag: etag, "Cache-Control": "public, no-cache", Vary: "Cookie", "API-Version": API_VERSION, ...body.headers, ...extraHeaders };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").map((s) => s.trim().replace(/^W\//, "")).includes(etag)) return new Response(null, { status: 304, headers });
  return new Response(body.body, { status: 200, headers: { ...headers, "Content-Type": body.contentType } });
}

function rateLimitHeaders(r: RateLimitResult): Record<string, string> {
  return {
    "RateLimit-Limit": String(r.limit),
    "RateLimit-Remaining": String(r.remaining),
    "RateLimit-Reset": String(Math.max(0, Math.ceil((r.resetAt.getTime() - Date.now()) / 1000))),
  };
}
