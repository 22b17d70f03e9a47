/** Period codes ("2020-10"), Dutch labels ("oktober 2020") and short labels ("okt-20"). */

const MONTHS = [
  ["januari", "jan"], ["februari", "feb"], ["maart", "mrt"], ["april", "apr"], ["mei", "mei"], ["juni", "jun"],
  ["juli", "jul"], ["augustus", "aug"], ["september", "sep"], ["oktober", "okt"], ["november", "nov"], ["december", "dec"],
] as const;

export type PeriodNames = { code: string; label: string; shortLabel: string };

/** Names of the period of the given year and month (1–12). */
export function periodNames(year: number, month: number): PeriodNames {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`Ongeldig jaar: ${year}`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Ongeldige maand: ${month}`);
  const [long, short] = MONTHS[month - 1];
  return {
    code: `${year}-${String(month).padStart(2, "0")}`,
    label: `${long} ${year}`,
    shortLabel: `${short}-${String(year % 100).padStart(2, "0")}`,
  };
}

/**
 * Reads a period as users write it: "2020-10", "oktober 2020", "okt-20", "Okt 2020",
 * "mrt-20", "maart-2020". Returns its code or null.
 */
export function parsePeriod(text: string): string | null {
  const t = text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
  const iso = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (iso) {
    const m = Number(iso[2]);
    return m >= 1 && m <= 12 ? periodNames(Number(iso[1]), m).code : null;
  }
  const named = /^([a-z]+)\.?[ -]?('?)(\d{2}|\d{4})$/.exec(t);
  if (!named) return null;
  const [, word, , y] = named;
  const index = MONTHS.findIndex(([long, short]) => word === long || word === short || (word.length >= 3 && long.startsWith(word)));
  if (index < 0) return null;
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  return periodNames(year, index + 1).code;
}

/**
 * The period rule: which period a page, API or export opens on when none is asked for
 * (docs/periods.md). There are two purposes, and only these two:
 * - `figures` (home overview, dashboard, report, portfolio, report API and exports): the latest
 *   CLOSED period, because an open period is still being filled in and its counts change by the
 *   hour; without a closed period the latest OPEN one, else the latest.
 * - `work` (review, bulk review, region scores, completeness, progress updates): the OPEN period,
 *   shown as "lopende periode"; without one, the figures period.
 * `periods` oldest first.
 */
export type PeriodPurpose = "figures" | "work";

export function figuresPeriod<P extends { state?: string }>(periods: readonly P[]): P | undefined {
  return periods.filter((p) => p.state === "CLOSED").at(-1) ?? runningPeriod(periods) ?? periods.at(-1);
}

/** The "lopende periode": the period open for updates and review (the latest, should there be several). */
export function runningPeriod<P extends { state?: string }>(periods: readonly P[]): P | undefined {
  return periods.filter((p) => p.state === "OPEN").at(-1);
}

/** The period a page of the given purpose opens on (see above). */
export function pagePeriod<P extends { state?: string }>(periods: readonly P[], purpose: PeriodPurpose): P | undefined {
  return purpose === "work" ? (runningPeriod(periods) ?? figuresPeriod(periods)) : figuresPeriod(periods);
}
