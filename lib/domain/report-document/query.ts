/**
 * Reads the query string of the report and dashboard pages and exports
 * (`?periode=2020-10&vergelijk=2020-03&concessiehouder=CZ&regio=zeeland&hoofdrubriek=TECHNOLOGIE&versie=2`,
 * the same names as GET /api/rapportage) into a
 * checked query, or Dutch messages that say what is wrong. Pure: the caller passes the known
 * periods and reference codes. Scope (may this actor see that concessiehouder?) is checked on the
 * server.
 */
import { defaultReportPeriod, parsePeriod } from "../periods";

export type RawParams = Record<string, string | string[] | undefined>;

export type KnownPeriod = { code: string; label: string; peildatum: Date | string; state?: string };

export type ReportQuery = {
  periodCode: string;
  compareCode: string;
  concessiehouderCode?: string;
  regionCode?: string;
  hoofdrubriekCode?: string;
  /** a report version number (report page and exports only) */
  versionNumber?: number;
};

export type ParsedReportQuery = { ok: true; query: ReportQuery } | { ok: false; errors: string[]; query: Partial<ReportQuery> };

const CODE = /^[A-Za-z0-9&_-]{1,60}$/;

function single(params: RawParams, name: string, errors: string[]): string | undefined {
  const v = params[name];
  if (Array.isArray(v)) {
    errors.push(`De parameter "${name}" staat meer dan eens in het adres. Kies één waarde.`);
    return undefined;
  }
  const t = v?.trim();
  return t ? t : undefined;
}

const time = (p: KnownPeriod) => new Date(p.peildatum).getTime();

/**
 * Defaults when a parameter is missing: `defaultReportPeriod` (the latest closed period), and the
 * period before it as comparison (as GET /api/rapportage does).
 */
export function parseReportQuery(
  params: RawParams,
  periods: readonly KnownPeriod[],
  refs: { concessiehouders: readonly string[]; regions: readonly string[]; hoofdrubrieken: readonly string[] },
  options: { allowVersion?: boolean } = {},
): ParsedReportQuery {
  const errors: string[] = [];
  const sorted = [...periods].sort((a, b) => time(a) - time(b));
  const byCode = new Map(sorted.map((p) => [p.code, p]));
  const known = sorted.map((p) => p.label).join(", ");

  const readPeriod = (name: string, what: string): KnownPeriod | undefined => {
    const raw = single(params, name, errors);
    if (raw === undefined) return undefined;
    const code = raw.length <= 40 ? parsePeriod(raw) : null;
    if (!code) {
      errors.push(`"${raw.slice(0, 40)}" is geen geldige ${what}. Schrijf bijvoorbeeld 2020-10 of oktober 2020.`);
      return undefined;
    }
    const p = byCode.get(code);
    if (!p) errors.push(`De ${what} ${code} bestaat niet in Regiotafel. Beschikbaar: ${known || "geen perioden"}.`);
    return p;
  };

  let period = readPeriod("periode", "rapportageperiode");
  let compare = readPeriod("vergelijk", "vergelijkingsperiode");
  const hadPeriod = params.periode !== undefined;
  const hadCompare = params.vergelijk !== undefined;
  if (!period && !hadPeriod) period = defaultReportPeriod(sorted);
  if (period && !compare && !hadCompare) compare = sorted.filter((p) => time(p) < time(period!)).at(-1);
  if (period && !compare && !hadCompare) errors.push(`Er is geen periode vóór ${period.label} om mee te vergelijken.`);
  if (period && compare && time(compare) >= time(period)) {
    errors.push(`De vergelijkingsperiode (${compare.label}) moet vóór de rapportageperiode (${period.label}) liggen.`);
  }
  if (!period && !hadPeriod && errors.length === 0) errors.push("Er zijn nog geen rapportageperioden.");

  const readCode = (name: string, what: string, list: readonly string[]): string | undefined => {
    const raw = single(params, name, errors);
    if (raw === undefined) return undefined;
    if (!CODE.test(raw) || !list.includes(raw)) {
      errors.push(`Onbekende ${what}: "${raw.slice(0, 60)}".`);
      return undefined;
    }
    return raw;
  };
  const concessiehouderCode = readCode("concessiehouder", "concessiehouder", refs.concessiehouders);
  const regionCode = readCode("regio", "(sub)regio", refs.regions);
  const hoofdrubriekCode = readCode("hoofdrubriek", "hoofdrubriek", refs.hoofdrubrieken);

  let versionNumber: number | undefined;
  const rawVersion = options.allowVersion ? single(params, "versie", errors) : undefined;
  if (rawVersion !== undefined) {
    if (/^[1-9]\d{0,5}$/.test(rawVersion)) versionNumber = Number(rawVersion);
    else errors.push(`"${rawVersion.slice(0, 20)}" is geen geldig versienummer.`);
  }

  const query: Partial<ReportQuery> = {
    periodCode: period?.code,
    compareCode: compare?.code,
    concessiehouderCode,
    regionCode,
    hoofdrubriekCode,
    versionNumber,
  };
  for (const k of Object.keys(query) as (keyof ReportQuery)[]) if (query[k] === undefined) delete query[k];
  if (errors.length || !period || !compare) return { ok: false, errors, query };
  return { ok: true, query: query as ReportQuery };
}

/** The query string for a report query (stable parameter order), without the leading "?". */
export function reportSearch(q: Partial<ReportQuery>, extra: Record<string, string | undefined> = {}): string {
  const s = new URLSearchParams();
  if (q.periodCode) s.set("periode", q.periodCode);
  if (q.compareCode) s.set("vergelijk", q.compareCode);
  if (q.concessiehouderCode) s.set("concessiehouder", q.concessiehouderCode);
  if (q.regionCode) s.set("regio", q.regionCode);
  if (q.hoofdrubriekCode) s.set("hoofdrubriek", q.hoofdrubriekCode);
  if (q.versionNumber) s.set("versie", String(q.versionNumber));
  for (const [k, v] of Object.entries(extra)) if (v) s.set(k, v);
  return s.toString();
}
