/**
 * CSV the way Dutch spreadsheet programs open it (semicolons, CRLF, UTF-8 with a byte-order mark),
 * safe against "CSV injection": every text cell is quoted (so a semicolon, quote or line break in
 * it never shifts a column) and a text cell that a spreadsheet would run as a formula (starting
 * with = + - @, a tab or a carriage return) gets a leading apostrophe. Numbers stay unquoted, so
 * they stay numbers; an empty cell is empty. Every CSV Regiotafel writes
 * (portfolio export, report tables, exchange format) goes through here.
 */
import Papa from "papaparse";

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null | undefined;

export function neutraliseFormula<T extends CsvCell>(value: T): T | string {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Inverse of neutraliseFormula, for cells read back from CSV. */
export function restoreNeutralised(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export function spreadsheetCsv(rows: readonly (readonly CsvCell[])[]): string {
  const cells = rows.map((row) => row.map((c) => (c == null || c === "" || (typeof c === "number" && !Number.isFinite(c)) ? null : neutraliseFormula(c))));
  return "\uFEFF" + Papa.unparse(cells, { delimiter: ";", newline: "\r\n", quotes: (value: unknown) => typeof value === "string" });
}
