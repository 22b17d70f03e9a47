/**
 * XLSX of the whole report: a front sheet with the period, scope and the change sentences, then
 * one sheet per table. Numbers are real numbers (so they can be summed); text is stored as text,
 * never as a formula.
 */
import ExcelJS from "exceljs";
import { documentTables, tableHeading, type ReportDocument } from "./types";

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31).trim() || "Blad";
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

export async function reportToXlsx(doc: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Regiotafel";
  wb.created = new Date(doc.generatedAt);
  const used = new Set<string>();
  const tables = documentTables(doc);

  const front = wb.addWorksheet(sheetName("Rapportage", used));
  front.columns = [{ width: 28 }, { width: 100 }];
  front.addRow([doc.title]).font = { bold: true, size: 14 };
  front.addRow(["Rapportageperiode", doc.period.label]);
  front.addRow(["Vergeleken met", doc.compare.label]);
  front.addRow(["Reikwijdte", doc.scopeLabel]);
  front.addRow(["Gemaakt op", doc.generatedAt]);
  front.addRow([]);
  front.addRow(["Tabel", "Wat veranderde"]).font = { bold: true };
  for (const t of tables) front.addRow([tableHeading(t), t.change ?? (t.points ?? []).join("\n")]);

  for (const t of tables) {
    const ws = wb.addWorksheet(sheetName(`${t.number || t.title}${t.key.endsWith("-landelijk") ? " landelijk" : ""}`, used));
    ws.addRow([tableHeading(t)]).font = { bold: true, size: 12 };
    const header = ws.addRow(t.columns);
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.border = { bottom: { style: "thin" } };
    });
    for (const r of t.rows) {
      const row = ws.addRow([r.label, ...r.values.map((v) => (v == null ? "" : v))]);
      if (r.total) row.font = { bold: true };
    }
    if (t.change) {
      ws.addRow([]);
      ws.addRow([t.change]);
    }
    for (const p of t.points ?? []) ws.addRow([p]);
    if (t.note) ws.addRow([t.note]);
    ws.getColumn(1).width = Math.min(60, Math.max(16, ...t.rows.map((r) => r.label.length + 2)));
    for (let c = 2; c <= t.columns.length; c++) ws.getColumn(c).width = Math.min(60, Math.max(10, t.columns[c - 1].length + 2));
    ws.views = [{ state: "frozen", ySplit: 2 }];
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
