/** Short generated Dutch sentences and number formatting for the report (pure). */
import { CHANGE_KEY, NOT_ASSESSED_KEY, TOTAL_KEY, type ReportPeriodRef, type ValueTable } from "./types";

/** "81,6%" — a fraction 0–1 as a Dutch percentage with the given decimals. */
export function formatPercent(share: number, decimals = 1): string {
  if (!Number.isFinite(share)) return "–";
  return `${(share * 100).toFixed(decimals).replace(".", ",")}%`;
}

/** "+19", "−3", "0" */
export function formatSigned(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${Math.abs(n)}`;
  return "0";
}

/** "was 12 in mrt-20" / "gelijk aan mrt-20" — the change from `before` to `now`. */
export function formatChange(before: number, now: number, compareLabel: string): string {
  if (before === now) return `evenveel als in ${compareLabel}`;
  return `was ${before} in ${compareLabel} (${formatSigned(now - before)})`;
}

/**
 * A sentence for a table comparing two periods (columns compare, period, VERSCHIL): the total and
 * its change, then the row that changed most (ties: the first in report order).
 */
export function tableSummary(table: ValueTable, compare: ReportPeriodRef, period: ReportPeriodRef, subject: string): string {
  const total = table.values[TOTAL_KEY];
  const now = total?.[period.code] ?? 0;
  const before = total?.[compare.code] ?? 0;
  let head = `In ${period.shortLabel} ${now === 1 ? "is" : "zijn"} er ${now} ${subject}, ${formatChange(before, now, compare.shortLabel)}.`;
  if (now === 0 && before === 0) return `In ${period.shortLabel} en ${compare.shortLabel} zijn er geen ${subject}.`;
  let best: { label: string; change: number; before: number; now: number } | null = null;
  for (const row of table.rows) {
    if (row.key === TOTAL_KEY) continue;
    const v = table.values[row.key];
    const change = v[CHANGE_KEY] ?? (v[period.code] ?? 0) - (v[compare.code] ?? 0);
    if (change !== 0 && (!best || Math.abs(change) > Math.abs(best.change))) {
      best = { label: row.key === NOT_ASSESSED_KEY ? "nog niet beoordeeld" : row.label, change, before: v[compare.code] ?? 0, now: v[period.code] ?? 0 };
    }
  }
  if (best) head += ` De grootste verandering: "${best.label}" ${best.change > 0 ? "steeg" : "daalde"} van ${best.before} naar ${best.now}.`;
  else head += " De verdeling is niet veranderd.";
  return head;
}
