import "server-only";
import type { Ctx } from "../accounts/session";
import { resolveReport } from "./document";
import { parseReportParams } from "./index";
import { documentChartImages } from "./chart-png";
import { NotFoundError, ValidationError } from "../core/errors";
import { reportToXlsx } from "../../domain/report-document/xlsx";
import { reportToDocx } from "../../domain/report-document/docx";
import { csvFileName, tableToCsv } from "../../domain/report-document/csv";
import { documentTables } from "../../domain/report-document/types";
import { CONTENT_TYPES, type ExportFile } from "../../domain/export-file";
import { auditedFile } from "../core/audit";

export const EXPORT_FORMATS = ["xlsx", "docx", "csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * One export of the report as the page shows it for the same query string (a published version's
 * frozen content, or the live report within the actor's scope).
 */
export async function exportReport(ctx: Ctx, format: string, params: Record<string, string | string[] | undefined>): Promise<ExportFile> {
  return auditedFile(ctx, "rapportage", await reportFile(ctx, format, params), { ...params, formaat: format });
}

async function reportFile(ctx: Ctx, format: string, params: Record<string, string | string[] | undefined>): Promise<ExportFile> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new NotFoundError(`Onbekend exportformaat "${format.slice(0, 20)}". Kies xlsx, docx, csv of json.`);
  const { tabel, ...rest } = params;
  const resolved = await resolveReport(ctx, parseReportParams(rest));
  const doc = resolved.document;
  const base = `rapportage-${doc.period.code}-vs-${doc.compare.code}${resolved.version ? `-versie-${resolved.version.number}` : ""}`;
  switch (format as ExportFormat) {
    case "xlsx":
      return { body: await reportToXlsx(doc), contentType: CONTENT_TYPES.xlsx, fileName: `${base}.xlsx` };
    case "docx":
      return { body: await reportToDocx(doc, { version: resolved.version, charts: documentChartImages(doc) }), contentType: CONTENT_TYPES.docx, fileName: `${base}.docx` };
    case "json":
      return { body: JSON.stringify(resolved.report, null, 2), contentType: CONTENT_TYPES.json, fileName: `${base}.json` };
    case "csv": {
      if (typeof tabel !== "string" || !tabel) throw new ValidationError("Kies een tabel voor de CSV, bijvoorbeeld tabel=tabel6.", { query: ["Parameter tabel ontbreekt."] });
      const table = documentTables(doc).find((t) => t.key === tabel);
      if (!table) throw new NotFoundError(`Deze rapportage heeft geen tabel "${tabel.slice(0, 40)}".`);
      return { body: tableToCsv(table), contentType: CONTENT_TYPES.csv, fileName: csvFileName(table, doc.period.code), rows: table.rows.length };
    }
  }
}
