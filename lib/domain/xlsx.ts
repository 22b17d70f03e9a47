/**
 * The one XLSX writer (exceljs). Every workbook Regiotafel hands out — report, portfolio, import
 * export and template — is described as plain sheets and rows and written here, so they share
 * the same conventions: numbers stay numbers, text is stored as text (never as a formula), bold
 * header rows, frozen header, valid and unique sheet names.
 */
import ExcelJS from "exceljs";

export type XlsxCell = string | number | null;
/** A row; `style` sets a title (large, bold), a header (bold, underlined) or bold (a total). */
export type XlsxRow = XlsxCell[] | { cells: XlsxCell[]; style: "title" | "header" | "bold" };
export type XlsxSheet = {
  name: string;
  rows: XlsxRow[];
  /** Column widths in characters; missing ones are derived from the header. */
  widths?: number[];
  /** Rows kept in view while scrolling (default 1: the header). */
  frozenRows?: number;
};
export type XlsxOptions = { created?: Date };

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique regardless of case. */
export function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31).trim() || "Blad";
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

const cellsOf = (row: XlsxRow) => (Array.isArray(row) ? row : row.cells);
/** Text that Excel would read as a formula stays text: exceljs writes plain strings as shared strings. */
const valueOf = (cell: XlsxCell) => (cell == null ? null : cell);

export async function writeXlsx(sheets: readonly XlsxSheet[], options: XlsxOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Regiotafel";
  if (options.created) {
    workbook.created = options.created;
    workbook.modified = options.created;
  }
  const used = new Set<string>();
  for (const sheet of sheets) {
    const frozen = sheet.frozenRows ?? 1;
    const ws = workbook.addWorksheet(sheetName(sheet.name, used), { views: frozen ? [{ state: "frozen", ySplit: frozen }] : [] });
    for (const row of sheet.rows) {
      const added = ws.addRow(cellsOf(row).map(valueOf));
      if (Array.isArray(row)) continue;
      if (row.style === "title") added.font = { bold: true, size: 14 };
      else added.font = { bold: true };
      if (row.style === "header") added.eachCell((cell) => (cell.border = { bottom: { style: "thin" } }));
    }
    const columns = Math.max(0, ...sheet.rows.map((r) => cellsOf(r).length));
    for (let c = 1; c <= columns; c++) {
      const header = sheet.rows.find((r) => !Array.isArray(r) && r.style === "header") ?? sheet.rows[0];
      const text = header ? String(cellsOf(header)[c - 1] ?? "") : "";
      ws.getColumn(c).width = sheet.widths?.[c - 1] ?? Math.min(60, Math.max(12, text.length + 4));
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
