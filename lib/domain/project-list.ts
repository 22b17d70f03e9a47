/**
 * The project lists — /projecten, /portfolio and the bulk assessment view — and their exports:
 * ONE set of URL parameter names, parsed here, and the row every list shows. The query itself is
 * lib/server/projects/list.ts (filters, sort and paging in SQL). ADR 0010.
 *
 * Pure: no I/O. Old parameter names from before the lists were merged are accepted as aliases
 * (`ch`, `opschaal`, `hoofdrubriek`, `open`), so bookmarks and shared links keep working.
 */
import { z } from "zod";
import { spreadsheetCsv } from "./csv";
import { IMPACT, PROJECT_STATUS, RESULT_SHARING, SCALABILITY, UPDATE_STATE, type Impact, type ProjectStatus, type ResultSharing, type Scalability, type UpdateState } from "./enums";
import { JUDGEMENT_FIELDS, LIST_FIELDS, PROJECT_FIELDS } from "./fields";
import { TRAJECT_STAGE, type TrajectStage } from "./results/enums";
import type { LabelledEnum } from "./labels";

/** "Geen" = no value recorded at the period (no judgement, no update, no traject step). */
export const NONE = "GEEN";

export const SORT_KEYS = [
  "wirNumber",
  "title",
  "regionName",
  "concessiehouderName",
  "hoofdrubriekLabel",
  "status",
  "impact",
  "scalability",
  "updateState",
  "trajectStage",
  "daysInStage",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
/** the highest page number a URL may ask for */
export const MAX_PAGE = 100_000;

/** Old parameter names → their one name now. */
export const PARAM_ALIASES: Readonly<Record<string, ListParam>> = {
  ch: "concessiehouder",
  opschaal: "opschaalbaarheid",
  hoofdrubriek: "rubriek",
  open: "onvolledig",
};

const code = z.string().trim().regex(/^[A-Za-z0-9&_-]{1,60}$/);
const flag = z.literal("1");

/** One value or several (?status=A&status=B) of an enumeration, or "GEEN" (nothing recorded). */
function anyOf<T extends string>(e: LabelledEnum<T>) {
  return z.array(z.string().refine((v) => v === NONE || e.is(v))).min(1) as unknown as z.ZodType<(T | typeof NONE)[]>;
}

/** The parameters every project list reads; each page uses the ones that make sense there. */
const PARAMS = {
  periode: z.string().trim().regex(/^\d{4}-\d{2}$/),
  q: z.string().trim().min(1).max(200),
  regio: code,
  concessiehouder: code,
  rubriek: code,
  status: anyOf(PROJECT_STATUS),
  impact: anyOf(IMPACT),
  delen: anyOf(RESULT_SHARING),
  opschaalbaarheid: anyOf(SCALABILITY),
  update: anyOf(UPDATE_STATE),
  traject: anyOf(TRAJECT_STAGE),
  stilstand: flag,
  beoordeeld: flag,
  onvolledig: flag,
  mijn: flag,
  startVanaf: z.coerce.number().int().min(2000).max(2100),
  sort: z.enum(SORT_KEYS),
  dir: z.enum(["asc", "desc"]),
  pagina: z.coerce.number().int().min(1).max(MAX_PAGE),
  per: z.coerce.number().refine((n) => (PAGE_SIZES as readonly number[]).includes(n)),
};
export type ListParam = keyof typeof PARAMS;
export const LIST_PARAMS = Object.keys(PARAMS) as ListParam[];
const MULTI = new Set<ListParam>(["status", "impact", "delen", "opschaalbaarheid", "update", "traject"]);

export type ProjectListQuery = {
  q?: string;
  regio?: string;
  concessiehouder?: string;
  rubriek?: string;
  status?: (ProjectStatus | typeof NONE)[];
  impact?: (Impact | typeof NONE)[];
  delen?: (ResultSharing | typeof NONE)[];
  opschaalbaarheid?: (Scalability | typeof NONE)[];
  update?: (UpdateState | typeof NONE)[];
  traject?: (TrajectStage | typeof NONE)[];
  /** only projects that stall: longer than STALL_DAYS in one stage before borging */
  stilstand?: "1";
  /** only projects with a judgement at the period (the report's totals) */
  beoordeeld?: "1";
  /** only projects whose judgement at the period is missing or incomplete (bulk view) */
  onvolledig?: "1";
  /** only projects the signed-in user leads */
  mijn?: "1";
  startVanaf?: number;
  periode?: string;
  sort?: SortKey;
  dir?: SortDir;
  pagina?: number;
  per?: number;
};

/** What a parameter is called in a Dutch sentence about a bad value. */
const PARAM_NAMES: Record<ListParam, string> = {
  q: "zoektekst",
  regio: "(sub)regio",
  concessiehouder: "concessiehouder",
  rubriek: "hoofdrubriek",
  status: "projectstatus",
  impact: "mate van impact",
  delen: "delen van resultaten",
  opschaalbaarheid: "opschaalbaarheid",
  update: "voortgangsupdate",
  traject: "trajectfase",
  stilstand: "stilstand",
  beoordeeld: "beoordeeld",
  onvolledig: "onvolledig",
  mijn: "mijn projecten",
  startVanaf: "startjaar",
  periode: "periode",
  sort: "sortering",
  dir: "sorteerrichting",
  pagina: "pagina",
  per: "aantal per pagina",
};

export type ParsedListQuery = { query: ProjectListQuery; problems: string[] };

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function entriesOf(input: RawParams): [string, string][] {
  if (input instanceof URLSearchParams) return [...input.entries()];
  return Object.entries(input).flatMap(([k, v]) => (v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]]));
}

/**
 * Reads the list parameters from a URL (URLSearchParams or Next's searchParams object). Never
 * fails: a value that is not valid is left out (the default applies) and reported in `problems`
 * as a Dutch sentence the page can show. Unknown parameters are ignored.
 */
export function parseProjectListQuery(input: RawParams): ParsedListQuery {
  const values = new Map<ListParam, string[]>();
  for (const [rawKey, rawValue] of entriesOf(input)) {
    const key = (rawKey in PARAMS ? rawKey : PARAM_ALIASES[rawKey]) as ListParam | undefined;
    const value = rawValue.trim();
    if (!key || value === "") continue;
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  const query: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, list] of values) {
    const input = MULTI.has(key) ? [...new Set(list)] : list[0];
    const parsed = (PARAMS[key] as z.ZodType).safeParse(input);
    if (parsed.success) query[key] = parsed.data;
    else if (MULTI.has(key)) {
      // keep the good values of a list, report the bad ones
      const good = (input as string[]).filter((v) => (PARAMS[key] as z.ZodType).safeParse([v]).success);
      if (good.length) query[key] = good;
      const bad = (input as string[]).filter((v) => !good.includes(v));
      problems.push(`Onbekende ${bad.length === 1 ? "waarde" : "waarden"} "${bad.map((v) => v.slice(0, 60)).join('", "')}" voor ${PARAM_NAMES[key]} genegeerd.`);
    } else problems.push(`Ongeldige waarde "${String(input).slice(0, 60)}" voor ${PARAM_NAMES[key]} genegeerd; de standaardwaarde geldt.`);
  }
  return { query: query as ProjectListQuery, problems };
}

/** The query back as a URL search string ("?…", or "" when empty), with the one names. */
export function projectListSearch(q: ProjectListQuery, change: Partial<Record<ListParam, string | number | readonly string[] | undefined>> = {}): string {
  const merged: Record<string, unknown> = { ...q, ...change };
  const params = new URLSearchParams();
  for (const key of LIST_PARAMS) {
    const v = merged[key];
    if (v === undefined || v === null || v === "") continue;
    if (key === "pagina" && v === 1) continue;
    for (const one of Array.isArray(v) ? v : [v]) params.append(key, String(one));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** Which page to show and the rows it covers ("26–50 van 120"). */
export function pageWindow(total: number, page = 1, size = DEFAULT_PAGE_SIZE): { page: number; pages: number; size: number; from: number; to: number; offset: number } {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Math.min(Math.max(1, page), pages);
  const offset = (p - 1) * size;
  return { page: p, pages, size, offset, from: total === 0 ? 0 : offset + 1, to: Math.min(total, offset + size) };
}

/** A row of any project list, as the list query returns it. */
export type ProjectListRow = {
  id: string;
  wirNumber: string;
  title: string;
  lifecycle: "DRAFT" | "ACTIVE" | "ARCHIVED";
  isPublic: boolean;
  regionCode: string;
  regionName: string;
  concessiehouderName: string | null;
  hoofdrubriekLabel: string;
  /** false for a published card outside the actor's own scope: its period data are not shown */
  inScope: boolean;
  status: ProjectStatus | null;
  impact: Impact | null;
  sharing: ResultSharing | null;
  scalability: Scalability | null;
  careOrgCount: number | null;
  updateState: UpdateState | null;
  trajectStage: TrajectStage | null;
  /** the date (yyyy-mm-dd) the current stage began */
  stageSince: string | null;
  /** days in the current stage at the period's peildatum */
  daysInStage: number | null;
};

/** The sortable columns of the project lists, with their Dutch headers from lib/domain/fields.ts. */
export const LIST_COLUMNS: Readonly<Record<SortKey, { label: string; numeric?: boolean }>> = {
  wirNumber: { label: PROJECT_FIELDS.wirNumber.label },
  title: { label: PROJECT_FIELDS.title.label },
  regionName: { label: PROJECT_FIELDS.region.label },
  concessiehouderName: { label: LIST_FIELDS.concessiehouder.label },
  hoofdrubriekLabel: { label: PROJECT_FIELDS.hoofdrubriek.label },
  status: { label: JUDGEMENT_FIELDS.status.label },
  impact: { label: JUDGEMENT_FIELDS.impact.label },
  scalability: { label: JUDGEMENT_FIELDS.scalability.label },
  updateState: { label: LIST_FIELDS.updateState.label },
  trajectStage: { label: LIST_FIELDS.trajectStage.label },
  daysInStage: { label: LIST_FIELDS.daysInStage.label, numeric: true },
};

const label = <T extends string>(e: LabelledEnum<T>, v: T | null) => (v ? e.label(v) : null);

/** Columns of the portfolio export: Dutch headers from lib/domain/fields.ts, values as read. */
export const EXPORT_COLUMNS: readonly { header: string; value: (r: ProjectListRow) => string | number | null }[] = [
  { header: PROJECT_FIELDS.wirNumber.label, value: (r) => r.wirNumber },
  { header: PROJECT_FIELDS.title.label, value: (r) => r.title },
  { header: PROJECT_FIELDS.region.label, value: (r) => r.regionName },
  { header: LIST_FIELDS.concessiehouder.label, value: (r) => r.concessiehouderName },
  { header: PROJECT_FIELDS.hoofdrubriek.label, value: (r) => r.hoofdrubriekLabel },
  { header: JUDGEMENT_FIELDS.status.label, value: (r) => label(PROJECT_STATUS, r.status) },
  { header: JUDGEMENT_FIELDS.impact.label, value: (r) => label(IMPACT, r.impact) },
  { header: JUDGEMENT_FIELDS.sharing.label, value: (r) => label(RESULT_SHARING, r.sharing) },
  { header: JUDGEMENT_FIELDS.scalability.label, value: (r) => label(SCALABILITY, r.scalability) },
  { header: JUDGEMENT_FIELDS.careOrgCount.label, value: (r) => r.careOrgCount },
  { header: LIST_FIELDS.updateState.label, value: (r) => (r.updateState ? UPDATE_STATE.label(r.updateState) : "Geen") },
  { header: LIST_FIELDS.trajectStage.label, value: (r) => label(TRAJECT_STAGE, r.trajectStage) },
  { header: LIST_FIELDS.daysInStage.label, value: (r) => r.daysInStage },
];

/** The export rows (header first) of a list. */
export function exportTable(rows: readonly ProjectListRow[]): (string | number | null)[][] {
  return [EXPORT_COLUMNS.map((c) => c.header), ...rows.map((r) => EXPORT_COLUMNS.map((c) => c.value(r)))];
}

/** CSV as Dutch spreadsheet programs open it: semicolons, CRLF, UTF-8 with BOM. */
export function projectListCsv(rows: readonly ProjectListRow[]): string {
  return spreadsheetCsv(exportTable(rows));
}
