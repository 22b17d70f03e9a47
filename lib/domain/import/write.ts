/**
 * Writes portfolio tables as an XLSX workbook (exceljs) or as CSV text (papaparse), in the
 * format of ./format.ts. Used by the export, the template and the demo generator.
 */
import ExcelJS from "exceljs";
import { spreadsheetCsv } from "../csv";
import { SHEETS, SHEET_ORDER, type SheetKey } from "./format";

export type OutCell = string | number | null;
/** Rows per sheet, as objects keyed by the column keys of ./format.ts. */
export type PortfolioTables = Record<SheetKey, Record<string, OutCell>[]>;

export function emptyTables(): PortfolioTables {
  return { organisations: [], projects: [], records: [], scores: [] };
}

export function headersOf(key: SheetKey): string[] {
  return Object.values(SHEETS[key].columns).map((c) => c.header);
}

function rowValues(key: SheetKey, row: Record<string, OutCell>): OutCell[] {
  return Object.keys(SHEETS[key].columns).map((field) => row[field] ?? null);
}

export function toCsv(key: SheetKey, rows: readonly Record<string, OutCell>[]): string {
  return spreadsheetCsv([headersOf(key), ...rows.map((r) => rowValues(key, r))]);
}

export type WorkbookOptions = { help?: boolean };

export async function toXlsx(tables: PortfolioTables, options: WorkbookOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Regiotafel";
  workbook.created = new Date(Date.UTC(2021, 0, 1));
  workbook.modified = workbook.created;
  for (const key of SHEET_ORDER) {
    const def = SHEETS[key];
    const ws = workbook.addWorksheet(def.name, { views: [{ state: "frozen", ySplit: 1 }] });
    const cols = Object.values(def.columns);
    ws.columns = cols.map((c) => ({ header: c.header, width: Math.min(60, Math.max(12, c.header.length + 4)) }));
    ws.getRow(1).font = { bold: true };
    for (const row of tables[key]) ws.addRow(rowValues(key, row));
  }
  if (options.help) {
    const ws = workbook.addWorksheet("Toelichting");
    ws.columns = [{ header: "Blad", width: 18 }, { header: "Kolom", width: 30 }, { header: "Verplicht", width: 10 }, { header: "Betekenis en toegestane waarden", width: 100 }, { header: "Voorbeeld", width: 40 }];
    ws.getRow(1).font = { bold: true };
    for (const key of SHEET_ORDER) {
      for (const c of Object.values(SHEETS[key].columns)) {
        ws.addRow([SHEETS[key].name, c.header, c.required ? "Ja" : "Nee", c.help, c.example]);
      }
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
