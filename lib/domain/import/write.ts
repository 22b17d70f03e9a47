/**
 * Writes portfolio tables as an XLSX workbook (the one writer, ../xlsx.ts) or as CSV text, in the
 * format of ./format.ts. Used by the export, the template and the demo generator.
 */
import { writeXlsx, type XlsxSheet } from "../xlsx";
import { spreadsheetCsv } from "../csv";
import { SHEETS, SHEET_ORDER, type SheetKey } from "./format";

export type OutCell = string | number | null;
/** Rows per sheet, as objects keyed by the column keys of ./format.ts. */
export type PortfolioTables = Record<SheetKey, Record<string, OutCell>[]>;

export function emptyTables(): PortfolioTables {
  return { organisations: [], projects: [], records: [], scores: [], indicators: [], measurements: [], traject: [] };
}

export function headersOf(key: SheetKey): string[] {
  return Object.values(SHEETS[key].columns).map((c) => c.header);
}

function rowValues(key: SheetKey, row: Record<string, OutCell>): OutCell[] {
  return Object.keys(SHEETS[key].columns).map((field) => row[field] ?? null);
}

/**
 * A number with a fraction is written with a decimal comma ("7,325"), as Dutch spreadsheets write
 * it and as the importer reads it; "7.325" would read as seven thousand (and the importer refuses
 * it as ambiguous). Whole numbers stay numbers.
 */
function csvValue(value: OutCell): OutCell {
  return typeof value === "number" && Number.isFinite(value) && !Number.isInteger(value) ? String(value).replace(".", ",") : value;
}

export function toCsv(key: SheetKey, rows: readonly Record<string, OutCell>[]): string {
  return spreadsheetCsv([headersOf(key), ...rows.map((r) => rowValues(key, r).map(csvValue))]);
}

export type WorkbookOptions = { help?: boolean };

export async function toXlsx(tables: PortfolioTables, options: WorkbookOptions = {}): Promise<Uint8Array> {
  const sheets: XlsxSheet[] = SHEET_ORDER.map((key) => ({
    name: SHEETS[key].name,
    rows: [{ cells: headersOf(key), style: "bold" }, ...tables[key].map((row) => rowValues(key, row))],
  }));
  if (options.help) {
    sheets.push({
      name: "Toelichting",
      frozenRows: 0,
      widths: [18, 30, 10, 100, 40],
      rows: [
        { cells: ["Blad", "Kolom", "Verplicht", "Betekenis en toegestane waarden", "Voorbeeld"], style: "bold" },
        ...SHEET_ORDER.flatMap((key) => Object.values(SHEETS[key].columns).map((c) => [SHEETS[key].name, c.header, c.required ? "Ja" : "Nee", c.help, c.example])),
      ],
    });
  }
  // a fixed date: the same tables give the same bytes (the demo file is committed)
  return writeXlsx(sheets, { created: new Date(Date.UTC(2021, 0, 1)) });
}
