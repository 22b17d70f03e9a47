/**
 * Chart data for the dashboard from the report core's tables (pure). Totals and change columns
 * are left out of charts; the data table next to each chart shows everything.
 */
import type { ValueTable } from "../report/types";
import { CHANGE_KEY, TOTAL_KEY } from "../report/types";

/** Colours with enough contrast against white and between neighbours (Okabe–Ito based). */
export const CHART_COLOURS = ["#0b5fa5", "#d55e00", "#009e73", "#cc79a7", "#7a5c00", "#56b4e9", "#6a3d9a", "#b22222", "#2f4f4f", "#e69f00", "#4b5563"];

export type ChartRow = { name: string } & Record<string, string | number>;
export type ChartSeries = { key: string; label: string };

/** One bar group per row, one bar per chosen column (e.g. the two periods). */
export function rowsAsGroups(t: ValueTable, columnKeys: readonly string[], labels: Record<string, string> = {}): { data: ChartRow[]; series: ChartSeries[] } {
  const columns = t.columns.filter((c) => columnKeys.includes(c.key));
  return {
    series: columns.map((c) => ({ key: c.key, label: labels[c.key] ?? c.label })),
    data: t.rows.filter((r) => !r.total && r.key !== TOTAL_KEY).map((r) => ({ name: r.label, ...Object.fromEntries(columns.map((c) => [c.key, t.values[r.key]?.[c.key] ?? 0])) }) as ChartRow),
  };
}

/** One bar group per column (e.g. per period), one bar (segment) per row (e.g. per phase). */
export function columnsAsGroups(t: ValueTable, labels: Record<string, string> = {}): { data: ChartRow[]; series: ChartSeries[] } {
  const rows = t.rows.filter((r) => !r.total && r.key !== TOTAL_KEY);
  const columns = t.columns.filter((c) => c.key !== CHANGE_KEY && c.key !== TOTAL_KEY && c.kind !== "share" && !c.key.startsWith(CHANGE_KEY));
  return {
    series: rows.map((r) => ({ key: r.key, label: r.label })),
    data: columns.map((c) => ({ name: labels[c.key] ?? c.label, ...Object.fromEntries(rows.map((r) => [r.key, t.values[r.key]?.[c.key] ?? 0])) }) as ChartRow),
  };
}

/** Tabel 4's concessiehouder columns (not the totals, the comparison total or the change). */
export function concessiehouderColumns(t: ValueTable): string[] {
  return t.columns.map((c) => c.key).filter((k) => k !== TOTAL_KEY && !k.startsWith(CHANGE_KEY) && !/^\d{4}-\d{2}$/.test(k));
}

/**
 * Breaks a chart label into lines of at most `max` characters at spaces (a longer word gets a
 * line of its own), so category labels are never clipped: used by the page's charts and the
 * SVG drawn for print and DOCX.
 */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}
