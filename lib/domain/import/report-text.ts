/**
 * The validation report as plain text (command line) — the same rows as the upload page shows:
 * sheet, row, column, value and reason.
 */
import type { ImportIssue } from "./validate";

export type SummaryCounts = Record<"organisations" | "projects" | "records" | "scores" | "indicators" | "measurements" | "traject", { created: number; updated: number; unchanged: number }>;

const SUBJECT: Record<keyof SummaryCounts, string> = {
  organisations: "Organisaties",
  projects: "Projecten",
  records: "Periodegegevens",
  scores: "Regioscores",
  indicators: "Indicatoren (nulmeting en streefwaarde)",
  measurements: "Metingen",
  traject: "Trajectfasen",
};

export function summaryLines(summary: SummaryCounts): string[] {
  return (Object.keys(SUBJECT) as (keyof SummaryCounts)[]).map(
    (k) => `${SUBJECT[k]}: ${summary[k].created} nieuw, ${summary[k].updated} gewijzigd, ${summary[k].unchanged} ongewijzigd`,
  );
}

export function issueLine(i: ImportIssue): string {
  const where = [i.sheet || null, i.row != null ? `rij ${i.row}` : null, i.column ? `kolom "${i.column}"` : null].filter(Boolean).join(", ");
  const value = i.value ? ` — waarde "${i.value.length > 60 ? `${i.value.slice(0, 57)}…` : i.value}"` : "";
  return `${i.severity === "error" ? "FOUT" : "LET OP"}: ${where}${value}: ${i.reason}`;
}
