/**
 * Tolerant reading of single cell values: labels in any case, with extra spaces, typographic
 * quotes or missing accents; dates and months in the ways Dutch users write them; numbers with
 * thousands separators. Every reader returns either a value or a Dutch reason.
 */
import type { LabelledEnum } from "../labels";
import { parsePeriod } from "../periods";

/** A cell as read from XLSX or CSV. `formula` marks a cell that holds a formula. */
export type Cell = string | number | boolean | Date | null | { formula: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T,>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/**
 * The comparison key of a label or name: Unicode-normalised, lower case, accents and typographic
 * quotes removed, and everything but letters and digits dropped ("Noord- en Midden-Limburg" and
 * "noord en midden limburg" are the same).
 */
const keyCache = new Map<string, string>();

export function matchKey(text: string): string {
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  const key = computeKey(text);
  if (keyCache.size > 100_000) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

function computeKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Trimmed text with typographic quotes made plain and inner whitespace collapsed. */
export function cleanText(text: string): string {
  return isClean(text) ? text : cleanTextFully(text);
}

/**
 * Whether cleanText leaves the text as it is, in one pass: no character below U+0300 needs NFC
 * (so the text is already normalised), and it has no typographic quote, backtick, no-break space,
 * tab or other control character but line breaks, no doubled space and no white space at either
 * end. Most cells qualify; the normalisation and five replacements cost about a second of a
 * 31,800-project import (docs/performance.md).
 */
function isClean(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  if (first === 10 || first === 13 || last === 10 || last === 13 || last === 32) return false;
  let afterSpace = true; // a space at the start is not clean
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if ((c < 32 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0xa0) || c === 0x60 || c === 0xb4 || c >= 0x300) return false;
    else afterSpace = false;
  }
  return true;
}

/** The whole cleaning, for every text; `cleanText` skips it for texts that need none (exported for its test). */
export function cleanTextFully(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\u00a0/g, " ")
    .replace(/[ \t]+/g, " ")
    .trim();
}

/** The text of a cell as a user sees it; "" for empty. Dates become dd-mm-jjjj. */
export function cellText(cell: Cell): string {
  if (cell == null) return "";
  if (typeof cell === "string") return cleanText(cell);
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "Ja" : "Nee";
  if (cell instanceof Date) return formatDateNl(cell);
  return `=${cell.formula}`;
}

export function isEmptyCell(cell: Cell): boolean {
  return cellText(cell) === "";
}

function formatDateNl(d: Date): string {
  return `${String(d.getUTCDate()).padStart(2, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${d.getUTCFullYear()}`;
}

/** A map from match key to value for a labelled enumeration, accepting labels and codes. */
export function labelIndex<T extends string>(e: LabelledEnum<T>, extra: Readonly<Record<string, T>> = {}): Map<string, T> {
  const map = new Map<string, T>();
  for (const { value, label } of e.options) {
    map.set(matchKey(label), value);
    map.set(matchKey(value), value);
  }
  for (const [k, v] of Object.entries(extra)) map.set(matchKey(k), v);
  return map;
}

export function parseLabel<T extends string>(cell: Cell, index: Map<string, T>, what: string, allowed: readonly string[]): Parsed<T | null> {
  const text = cellText(cell);
  if (!text) return ok(null);
  const found = index.get(matchKey(text));
  if (found) return ok(found);
  return fail(`Onbekende ${what}. Toegestaan: ${allowed.join("; ")}.`);
}

/** A whole number; accepts "12", "12,0", "25.000", "€ 25.000" and numeric cells. Rejects words. */
export function parseInteger(cell: Cell, options: { min?: number; max?: number } = {}): Parsed<number | null> {
  let n: number;
  if (cell == null || (typeof cell === "string" && cleanText(cell) === "")) return ok(null);
  if (typeof cell === "number") n = cell;
  else if (typeof cell === "string") {
    const t = cleanText(cell).replace(/^€\s*/, "").replace(/\s/g, "");
    if (/^-?\d{1,3}(\.\d{3})+(,0+)?$/.test(t)) n = Number(t.replace(/\./g, "").replace(/,0+$/, ""));
    else if (/^-?\d+([.,]0+)?$/.test(t)) n = Number(t.replace(/[.,]0+$/, ""));
    else if (/^-?\d+[.,]\d+$/.test(t)) return fail("Moet een heel getal zijn.");
    else return fail("Moet een getal zijn (in cijfers), geen tekst.");
  } else return fail("Moet een getal zijn.");
  if (!Number.isFinite(n) || !Number.isInteger(n)) return fail("Moet een heel getal zijn.");
  if (options.min != null && n < options.min) return fail(`Moet minstens ${options.min} zijn.`);
  if (options.max != null && n > options.max) return fail(`Mag hoogstens ${options.max} zijn.`);
  return ok(n);
}

const YES = new Set(["ja", "j", "yes", "y", "waar", "true", "1", "x"]);
const NO = new Set(["nee", "n", "no", "onwaar", "false", "0"]);

export function parseYesNo(cell: Cell): Parsed<boolean | null> {
  if (typeof cell === "boolean") return ok(cell);
  const t = matchKey(cellText(cell));
  if (!t) return ok(null);
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return fail("Vul Ja of Nee in.");
}

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * A date as "jjjj-mm-dd": from a date cell, an Excel serial number, "dd-mm-jjjj", "d/m/jj",
 * "jjjj-mm-dd", or a month ("maart 2020", "mrt-20", "2020-03": the first of that month).
 */
export function parseDate(cell: Cell): Parsed<string | null> {
  if (cell == null) return ok(null);
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail("Geen geldige datum.");
    const iso = isoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
    return iso ? ok(iso) : fail("Datum buiten het bereik 1990–2100.");
  }
  if (typeof cell === "number") {
    // Excel serial day number (1900 date system)
    if (cell < 32874 || cell > 73051 || !Number.isInteger(cell)) return fail("Geen geldige datum.");
    const d = new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000);
    return ok(isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())!);
  }
  if (typeof cell !== "string") return fail("Geen geldige datum.");
  const t = cleanText(cell);
  if (!t) return ok(null);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) return dateOrFail(Number(m[1]), Number(m[2]), Number(m[3]), t);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return dateOrFail(y, Number(m[2]), Number(m[1]), t);
  }
  const period = parsePeriod(t);
  if (period) return ok(`${period}-01`);
  return fail("Geen geldige datum; schrijf bijvoorbeeld 01-09-2019, 2019-09-01 of september 2019.");
}

function dateOrFail(y: number, mo: number, d: number, text: string): Parsed<string> {
  const iso = isoDate(y, mo, d);
  return iso ? ok(iso) : fail(`De datum ${text} bestaat niet.`);
}

/** A period code ("2020-10") from "oktober 2020", "okt-20", "Okt 2020", "2020-10" or a date cell. */
export function parsePeriodCell(cell: Cell): Parsed<string | null> {
  if (cell == null) return ok(null);
  if (cell instanceof Date) {
    return ok(`${cell.getUTCFullYear()}-${String(cell.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  const t = cellText(cell);
  if (!t) return ok(null);
  const code = parsePeriod(t);
  return code ? ok(code) : fail("Onbekende periode; schrijf bijvoorbeeld \"oktober 2020\", \"okt-20\" of \"2020-10\".");
}

/** A list cell: values separated by ";" (or new lines), trimmed, empty ones dropped. */
export function parseList(cell: Cell): string[] {
  return cellText(cell)
    .split(/[;\n]/)
    .map((s) => cleanText(s))
    .filter(Boolean);
}

/** A phase of a region scale: 2, "2", "Fase 2", "Fase 2: Inventarisatiefase" or "Inventarisatiefase". */
export function parsePhase(cell: Cell, phases: LabelledEnum<string>, max: number): Parsed<number | null> {
  const text = cellText(cell);
  if (!text) return ok(null);
  const m = /^(?:fase\s*)?(\d+)(?:\s*[:.\-–]\s*(.*))?$/i.exec(text);
  let n: number | null = null;
  if (m) n = Number(m[1]);
  else {
    const found = labelIndex(phases).get(matchKey(text));
    if (found) n = Number(found);
  }
  if (n == null || !Number.isInteger(n)) {
    return fail(`Onbekende fase. Toegestaan: 1–${max} of ${phases.options.map((o) => o.label).join("; ")}.`);
  }
  if (n < 1 || n > max) return fail(`Fase moet tussen 1 en ${max} liggen.`);
  return ok(n);
}
