/**
 * The portfolio table: its URL filters, its rows, filtering and sorting of period-dependent
 * fields, and the export columns. Pure: lib/server/review/portfolio.ts loads the rows, pages and the
 * export route use the same functions, so an export holds exactly the rows the table shows.
 */
import { z } from "zod";
import { spreadsheetCsv } from "./csv";
import {
  IMPACT,
  PROJECT_STATUS,
  RESULT_SHARING,
  SCALABILITY,
  UPDATE_STATE,
  type Impact,
  type ProjectStatus,
  type ResultSharing,
  type Scalability,
  type UpdateState,
} from "./enums";

/** "Geen" = no value recorded for the period (no assessment, no update). */
export const NONE = "GEEN";

const code = z.string().trim().max(60).regex(/^[A-Za-z0-9&_-]+$/).optional().catch(undefined);
const choice = <T extends string>(values: readonly T[]) =>
  z.enum([...values, NONE] as unknown as [string, ...string[]]).optional().catch(undefined);

export const SORT_KEYS = ["wirNumber", "title", "regionName", "concessiehouderName", "hoofdrubriekLabel", "status", "impact", "scalability", "updateState"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;

/** The URL query of /portfolio and of its export (Dutch parameter names, as users share them). */
export const portfolioQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  regio: code,
  ch: code,
  rubriek: code,
  status: choice(PROJECT_STATUS.values),
  impact: choice(IMPACT.values),
  opschaal: choice(SCALABILITY.values),
  update: choice(UPDATE_STATE.values),
  periode: z.string().trim().regex(/^\d{4}-\d{2}$/).optional().catch(undefined),
  sort: z.enum(SORT_KEYS).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  per: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .optional()
    .catch(undefined),
});
export type PortfolioQuery = z.infer<typeof portfolioQuerySchema>;

/** Reads URLSearchParams or Next's searchParams object (first value of repeated keys). */
export function parsePortfolioQuery(input: URLSearchParams | Record<string, string | string[] | undefined>): PortfolioQuery {
  const flat: Record<string, string> = {};
  if (input instanceof URLSearchParams) {
    for (const [k, v] of input) if (!(k in flat)) flat[k] = v;
  } else {
    for (const [k, v] of Object.entries(input)) {
      const first = Array.isArray(v) ? v[0] : v;
      if (first !== undefined && first !== "") flat[k] = first;
    }
  }
  for (const k of Object.keys(flat)) if (flat[k] === "") delete flat[k];
  return portfolioQuerySchema.parse(flat);
}

/** The query back as a URL search string, leaving out empty values (and optionally some keys). */
export function portfolioQueryString(q: PortfolioQuery, override: Partial<Record<keyof PortfolioQuery, string | number | undefined>> = {}): string {
  const params = new URLSearchParams();
  const merged: Record<string, unknown> = { ...q, ...override };
  for (const key of Object.keys(portfolioQuerySchema.shape)) {
    const v = merged[key];
    if (v !== undefined && v !== null && v !== "") params.set(key, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

export type PortfolioRow = {
  id: string;
  wirNumber: string;
  title: string;
  regionCode: string;
  regionName: string;
  regionOrder: number;
  concessiehouderName: string | null;
  hoofdrubriekLabel: string;
  hoofdrubriekOrder: number;
  lifecycle: "DRAFT" | "ACTIVE" | "ARCHIVED";
  status: ProjectStatus | null;
  impact: Impact | null;
  sharing: ResultSharing | null;
  scalability: Scalability | null;
  careOrgCount: number | null;
  updateState: UpdateState | null;
};

function matches<T extends string>(wanted: string | undefined, value: T | null): boolean {
  if (!wanted) return true;
  if (wanted === NONE) return value == null;
  return value === wanted;
}

/** Filters on the period-dependent fields (the others are applied in the database query). */
export function filterPortfolioRows(rows: readonly PortfolioRow[], q: PortfolioQuery): PortfolioRow[] {
  return rows.filter(
    (r) => matches(q.status, r.status) && matches(q.impact, r.impact) && matches(q.opschaal, r.scalability) && matches(q.update, r.updateState),
  );
}

const collator = new Intl.Collator("nl", { numeric: true, sensitivity: "base" });

/** Sort value per key: enumerations sort in report order, empty values last. */
function sortValue(r: PortfolioRow, key: SortKey): string | number | null {
  switch (key) {
    case "status":
      return r.status == null ? null : PROJECT_STATUS.values.indexOf(r.status);
    case "impact":
      return r.impact == null ? null : IMPACT.values.indexOf(r.impact);
    case "scalability":
      return r.scalability == null ? null : SCALABILITY.values.indexOf(r.scalability);
    case "updateState":
      return r.updateState == null ? null : UPDATE_STATE.values.indexOf(r.updateState);
    case "regionName":
      return r.regionOrder;
    case "hoofdrubriekLabel":
      return r.hoofdrubriekOrder;
    default:
      return r[key];
  }
}

/** Stable sort; ties broken by WIR-nummer so pages never overlap. Default: region, WIR-nummer. */
export function sortPortfolioRows(rows: readonly PortfolioRow[], key: SortKey = "regionName", dir: "asc" | "desc" = "asc"): PortfolioRow[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    let c = 0;
    if (x == null && y != null) return 1;
    else if (y == null && x != null) return -1;
    else if (x != null && y != null) c = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
    return c !== 0 ? sign * c : collator.compare(a.wirNumber, b.wirNumber);
  });
}

export function pageOf<T>(rows: readonly T[], page = 1, size = 25): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(1, page), pages);
  return { items: rows.slice((p - 1) * size, p * size), page: p, pages };
}

/** Export columns, Dutch headers; values as the user reads them. */
export const EXPORT_COLUMNS: readonly { header: string; value: (r: PortfolioRow) => string | number | null }[] = [
  { header: "WIR-nummer", value: (r) => r.wirNumber },
  { header: "Titel", value: (r) => r.title },
  { header: "(Sub)regio", value: (r) => r.regionName },
  { header: "Concessiehouder", value: (r) => r.concessiehouderName },
  { header: "Hoofdrubriek", value: (r) => r.hoofdrubriekLabel },
  { header: "Projectstatus", value: (r) => (r.status ? PROJECT_STATUS.label(r.status) : null) },
  { header: "Mate van impact", value: (r) => (r.impact ? IMPACT.label(r.impact) : null) },
  { header: "Delen van resultaten", value: (r) => (r.sharing ? RESULT_SHARING.label(r.sharing) : null) },
  { header: "Opschaalbaarheid", value: (r) => (r.scalability ? SCALABILITY.label(r.scalability) : null) },
  { header: "Aantal betrokken zorgorganisaties", value: (r) => r.careOrgCount },
  { header: "Voortgangsupdate", value: (r) => (r.updateState ? UPDATE_STATE.label(r.updateState) : "Geen") },
];

/** CSV as Dutch spreadsheet programs open it: semicolons, CRLF, UTF-8 with BOM. */
export function portfolioCsv(rows: readonly PortfolioRow[]): string {
  return spreadsheetCsv([EXPORT_COLUMNS.map((c) => c.header), ...rows.map((r) => EXPORT_COLUMNS.map((c) => c.value(r)))]);
}
