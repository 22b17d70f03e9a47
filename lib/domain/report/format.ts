/**
 * The one number formatter of the report: tables, sentences, key figures, charts, DOCX and the
 * dashboard all write numbers through these functions, so a table and the sentence beside it
 * never disagree (a share is always one decimal: "4,6%"). Dutch notation. Pure.
 */
const whole = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat("nl-NL", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "1.234" */
export function formatCount(n: number): string {
  return whole.format(n);
}

/** "4,6%" — a fraction 0–1 as a Dutch percentage with one decimal; "–" when not a number. */
export function formatPercent(share: number): string {
  return Number.isFinite(share) ? percent.format(share) : "–";
}

/** "+19", "−3", "0" (a real minus sign) */
export function formatSigned(n: number): string {
  if (n > 0) return `+${formatCount(n)}`;
  if (n < 0) return `−${formatCount(-n)}`;
  return "0";
}

/** "was 12 in maart 2020 (+3)" / "evenveel als in maart 2020" — the change from `before` to `now`. */
export function formatChange(before: number, now: number, compareLabel: string): string {
  if (before === now) return `evenveel als in ${compareLabel}`;
  return `was ${formatCount(before)} in ${compareLabel} (${formatSigned(now - before)})`;
}

/** A table cell: numbers in Dutch notation, text as is, empty for null. */
export function formatCell(v: string | number | null | undefined): string {
  return v == null ? "" : typeof v === "number" ? formatCount(v) : v;
}
