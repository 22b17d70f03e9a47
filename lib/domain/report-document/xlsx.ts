/**
 * XLSX of the whole report: a front sheet with the period, scope and the change sentences, then
 * one sheet per table. Written by the one XLSX writer (../xlsx.ts).
 */
import { writeXlsx, type XlsxRow, type XlsxSheet } from "../xlsx";
import { documentTables, tableHeading, type ReportDocument } from "./types";

export { sheetName } from "../xlsx";

export async function reportToXlsx(doc: ReportDocument): Promise<Uint8Array> {
  const tables = documentTables(doc);
  const front: XlsxSheet = {
    name: "Rapportage",
    frozenRows: 0,
    widths: [28, 100],
    rows: [
      { cells: [doc.title], style: "title" },
      ["Rapportageperiode", doc.period.label],
      ["Vergeleken met", doc.compare.label],
      ["Reikwijdte", doc.scopeLabel],
      ["Gemaakt op", doc.generatedAt],
      [],
      { cells: ["Tabel", "Wat veranderde"], style: "bold" },
      ...tables.map((t): XlsxRow => [tableHeading(t), t.change ?? ""]),
    ],
  };
  const sheets = tables.map((t): XlsxSheet => {
    const rows: XlsxRow[] = [
      { cells: [tableHeading(t)], style: "bold" },
      { cells: t.columns, style: "header" },
      ...t.rows.map((r): XlsxRow => {
        const cells = [r.label, ...r.values.map((v) => (v == null ? "" : v))];
        return r.total ? { cells, style: "bold" } : cells;
      }),
    ];
    if (t.change) rows.push([], [t.change]);
    if (t.note) rows.push([t.note]);
    return {
      name: `${t.number || t.title}${t.key.endsWith("-landelijk") ? " landelijk" : ""}`,
      frozenRows: 2,
      widths: [Math.min(60, Math.max(16, ...t.rows.map((r) => r.label.length + 2))), ...t.columns.slice(1).map((c) => Math.min(60, Math.max(10, c.length + 2)))],
      rows,
    };
  });
  return writeXlsx([front, ...sheets], { created: new Date(doc.generatedAt) });
}
