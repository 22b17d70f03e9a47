/**
 * CSV of one report table. Text cells that a spreadsheet would read as a formula (starting with
 * = + - @, a tab or a carriage return) are neutralised with a leading apostrophe (OWASP "CSV
 * injection"); numbers are written as numbers. Semicolon-separated with a byte-order mark, the way
 * Dutch Excel opens it directly.
 */
import { spreadsheetCsv } from "../csv";
import type { DocTable } from "./types";

export function tableToCsv(table: DocTable): string {
  return spreadsheetCsv([table.columns, ...table.rows.map((r) => [r.label, ...r.values])]);
}

/** A file name without characters browsers or file systems object to. */
export function csvFileName(table: DocTable, periodCode: string): string {
  return `rapportage-${periodCode}-${table.key}.csv`.replace(/[^a-zA-Z0-9._-]/g, "-");
}
