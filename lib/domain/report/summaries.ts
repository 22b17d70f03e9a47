/** Short generated Dutch sentences for the report (pure); numbers through ./format.ts, periods by their full name. */
import { formatChange, formatCount } from "./format";
import { CHANGE_KEY, NOT_ASSESSED_KEY, TOTAL_KEY, type ReportPeriodRef, type ValueTable } from "./types";

/**
 * A sentence for a table comparing two periods (columns compare, period, VERSCHIL): the total and
 * its change, then the row that changed most (ties: the first in report order).
 */
export function tableSummary(table: ValueTable, compare: ReportPeriodRef, period: ReportPeriodRef, subject: string): string {
  const total = table.values[TOTAL_KEY];
  const now = total?.[period.code] ?? 0;
  const before = total?.[compare.code] ?? 0;
  let head = `In ${period.label} ${now === 1 ? "is" : "zijn"} er ${formatCount(now)} ${subject}, ${formatChange(before, now, compare.label)}.`;
  if (now === 0 && before === 0) return `In ${period.label} en ${compare.label} zijn er geen ${subject}.`;
  let best: { label: string; change: number; before: number; now: number } | null = null;
  for (const row of table.rows) {
    if (row.key === TOTAL_KEY) continue;
    const v = table.values[row.key];
    const change = v[CHANGE_KEY] ?? (v[period.code] ?? 0) - (v[compare.code] ?? 0);
    if (change !== 0 && (!best || Math.abs(change) > Math.abs(best.change))) {
      best = { label: row.key === NOT_ASSESSED_KEY ? "nog niet beoordeeld" : row.label, change, before: v[compare.code] ?? 0, now: v[period.code] ?? 0 };
    }
  }
  if (best) head += ` De grootste verandering: "${best.label}" ${best.change > 0 ? "steeg" : "daalde"} van ${formatCount(best.before)} naar ${formatCount(best.now)}.`;
  else head += " De verdeling is niet veranderd.";
  return head;
}
