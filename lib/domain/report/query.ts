/**
 * Reads the report's query string (GET /api/rapportage, the report pages):
 * periode, vergelijk, concessiehouder, regio, hoofdrubriek, thema. Pure; Dutch messages.
 */
import { parsePeriod } from "../periods";

export type ReportQuery = {
  /** period code "2020-10"; undefined = the latest closed period (else the latest open one) */
  period?: string;
  /** comparison period code; undefined = the period before `period` */
  compare?: string;
  /** concessiehouder code, e.g. "CZ" */
  concessiehouder?: string;
  /** (sub)region code, e.g. "zeeland" */
  region?: string;
  /** hoofdrubriek code: restricts every project table */
  hoofdrubriek?: string;
  /** hoofdrubriek code of Tabel 12 (default: the hoofdrubriek filter, else TECHNOLOGIE) */
  theme?: string;
};

export type ParsedReportQuery = { ok: true; query: ReportQuery } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

const KNOWN = new Set(["periode", "vergelijk", "concessiehouder", "regio", "hoofdrubriek", "thema"]);
const CODE = /^[A-Za-z0-9&_-]{1,60}$/;

/** Parses URLSearchParams (or a plain record) into a ReportQuery, or Dutch field errors. */
export function parseReportQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): ParsedReportQuery {
  const entries: [string, string][] = [];
  if (params instanceof URLSearchParams) for (const [k, v] of params) entries.push([k, v]);
  else
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined) continue;
      for (const x of Array.isArray(v) ? v : [v]) entries.push([k, x]);
    }
  const errors: Record<string, string[]> = {};
  const err = (field: string, message: string) => (errors[field] ??= []).push(message);
  const seen = new Map<string, string>();
  for (const [k, v] of entries) {
    if (!KNOWN.has(k)) {
      err(k, `Onbekende parameter "${k.slice(0, 40)}". Toegestaan: ${[...KNOWN].join(", ")}.`);
      continue;
    }
    if (seen.has(k)) {
      err(k, `Parameter "${k}" mag maar één keer voorkomen.`);
      continue;
    }
    seen.set(k, v.trim());
  }
  const query: ReportQuery = {};
  const period = (field: "periode" | "vergelijk") => {
    const raw = seen.get(field);
    if (raw === undefined || raw === "") return undefined;
    const code = raw.length <= 30 ? parsePeriod(raw) : null;
    if (!code) err(field, `"${raw.slice(0, 30)}" is geen periode. Gebruik bijvoorbeeld 2020-10 of okt-20.`);
    return code ?? undefined;
  };
  query.period = period("periode");
  query.compare = period("vergelijk");
  const code = (field: "concessiehouder" | "regio" | "hoofdrubriek" | "thema", what: string) => {
    const raw = seen.get(field);
    if (raw === undefined || raw === "") return undefined;
    if (!CODE.test(raw)) {
      err(field, `"${raw.slice(0, 30)}" is geen geldige code van een ${what}.`);
      return undefined;
    }
    return raw;
  };
  query.concessiehouder = code("concessiehouder", "concessiehouder")?.toUpperCase();
  query.region = code("regio", "regio")?.toLowerCase();
  query.hoofdrubriek = code("hoofdrubriek", "hoofdrubriek")?.toUpperCase();
  query.theme = code("thema", "hoofdrubriek")?.toUpperCase();
  if (query.compare && !query.period) err("vergelijk", "Geef ook de periode (periode=…) op als u een vergelijkingsperiode kiest.");
  if (query.period && query.compare && query.compare >= query.period)
    err("vergelijk", "De vergelijkingsperiode moet vóór de rapportageperiode liggen.");
  if (Object.keys(errors).length) {
    const first = Object.values(errors)[0][0];
    return { ok: false, message: first, fieldErrors: errors };
  }
  for (const k of Object.keys(query) as (keyof ReportQuery)[]) if (query[k] === undefined) delete query[k];
  return { ok: true, query };
}
