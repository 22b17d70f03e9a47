/**
 * Chart data for the dashboard from the report core's tables (pure). Totals and change columns
 * are left out of charts; the data table next to each chart shows everything.
 */
import type { ValueTable } from "../report/types";
import { CHANGE_KEY, TOTAL_KEY } from "../report/types";

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
