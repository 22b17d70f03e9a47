/**
 * CSV of one report table. Text cells that a spreadsheet would read as a formula (starting with
 * = + - @, a tab or a carriage return) are neutralised with a leading apostrophe (OWASP "CSV
 * injection"); numbers are written as numbers. Semicolon-separated with a byte-order mark, the way
 * Dutch Excel opens it directly.
 */
import Papa from "papaparse";
import type { DocCell, DocTable } from "./types";

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: DocCell): string | number {
  if (value == null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function tableToCsv(table: DocTable): string {
  const rows: (string | number)[][] = [table.columns.map(neutraliseCell), ...table.rows.map((r) => [r.label, ...r.values].map(neutraliseCell))];
  return "\uFEFF" + Papa.unparse(rows, { delimiter: ";", newline: "\r\n", quotes: false });
}

/** A file name without characters browsers or file systems object to. */
export function csvFileName(table: DocTable, periodCode: string): string {
  return `rapportage-${periodCode}-${table.key}.csv`.replace(/[^a-zA-Z0-9._-]/g, "-");
}
