/**
 * The one report query: what GET /api/rapportage, the report and dashboard pages and the report
 * exports read from their query string (`periode`, `vergelijk`, `concessiehouder`, `regio`,
 * `hoofdrubriek`, `thema`, `versie`). Pure and syntactic: whether a
 * period or code exists, and whether the actor may see it, is checked once in lib/server/report
 * (`resolveReportQuery`, used by `getReport`). Dutch messages per parameter.
 */
import { parsePeriod } from "../periods";

export type ReportQuery = {
  /** period code "2020-10"; undefined = the figures period (latest closed, see docs/periods.md) */
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
  /** a report version number: its frozen content instead of the live report (report:edit) */
  version?: number;
};

/** A query whose periods are known to exist and whose filters the actor may use. */
export type ResolvedReportQuery = ReportQuery & { period: string; compare: string };

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

export type ParsedReportQuery = { ok: true; query: ReportQuery } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

const NAMES: readonly string[] = ["periode", "vergelijk", "concessiehouder", "regio", "hoofdrubriek", "thema", "versie"];
const CODE = /^[A-Za-z0-9&_-]{1,60}$/;

function entriesOf(params: RawParams): [string, string][] {
  const entries: [string, string][] = [];
  if (params instanceof URLSearchParams) for (const [k, v] of params) entries.push([k, v]);
  else
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined) continue;
      for (const x of Array.isArray(v) ? v : [v]) entries.push([k, x]);
    }
  return entries;
}

/** Parses a query string into a ReportQuery, or Dutch messages per parameter. */
export function parseReportQuery(params: RawParams): ParsedReportQuery {
  const known = NAMES;
  const errors: Record<string, string[]> = {};
  const err = (field: string, message: string) => (errors[field] ??= []).push(message);
  const seen = new Map<string, string>();
  for (const [k, v] of entriesOf(params)) {
    if (!known.includes(k)) {
      err(k.slice(0, 40), `Onbekende parameter "${k.slice(0, 40)}". Toegestaan: ${known.join(", ")}.`);
      continue;
    }
    if (seen.has(k)) {
      if (!errors[k]?.length) err(k, `Parameter "${k}" mag maar één keer voorkomen.`);
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
  const rawVersion = seen.get("versie");
  if (rawVersion) {
    if (/^[1-9]\d{0,5}$/.test(rawVersion)) query.version = Number(rawVersion);
    else err("versie", `"${rawVersion.slice(0, 20)}" is geen geldig versienummer.`);
  }
  if (query.compare && !seen.get("periode")) err("vergelijk", "Geef ook de periode (periode=…) op als u een vergelijkingsperiode kiest.");
  if (query.period && query.compare && query.compare >= query.period)
    err("vergelijk", "De vergelijkingsperiode moet vóór de rapportageperiode liggen.");
  if (Object.keys(errors).length) {
    // parameter order, unknown parameters last: the first message is the one shown alone
    const order = (k: string) => (known.includes(k) ? known.indexOf(k) : known.length);
    const fieldErrors = Object.fromEntries(Object.entries(errors).sort(([a], [b]) => order(a) - order(b)));
    return { ok: false, message: Object.values(fieldErrors)[0][0], fieldErrors };
  }
  for (const k of Object.keys(query) as (keyof ReportQuery)[]) if (query[k] === undefined) delete query[k];
  return { ok: true, query };
}

/** The query string for a report query (stable parameter order), without the leading "?". */
export function reportSearch(q: ReportQuery, extra: Record<string, string | undefined> = {}): string {
  const s = new URLSearchParams();
  const set = (name: string, v: string | number | undefined) => (v !== undefined && v !== "" ? s.set(name, String(v)) : undefined);
  set("periode", q.period);
  set("vergelijk", q.compare);
  set("concessiehouder", q.concessiehouder);
  set("regio", q.region);
  set("hoofdrubriek", q.hoofdrubriek);
  set("thema", q.theme);
  set("versie", q.version);
  for (const [k, v] of Object.entries(extra)) set(k, v);
  return s.toString();
}
