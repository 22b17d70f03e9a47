/**
 * Deadlines of a reporting period (docs/decisions/0019-notifications.md). A deadline is a date:
 * the last day (inclusive, Dutch time) to submit. Reminders go out early in the morning.
 */

const DAY_MS = 86_400_000;
/** Scheduled mails go out at 06:00 UTC: 07:00 or 08:00 in the Netherlands. */
const SEND_HOUR_UTC = 6;

/** "2026-03-15" for a date-only value (stored as midnight UTC). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date in the Netherlands, as "yyyy-mm-dd". */
export function dutchToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Whole days from today (Dutch time) to the deadline: 0 = today is the last day, negative = past. */
export function daysLeft(deadline: Date | string, now: Date): number {
  const d = typeof deadline === "string" ? deadline : isoDate(deadline);
  return Math.round((Date.parse(`${d}T00:00:00Z`) - Date.parse(`${dutchToday(now)}T00:00:00Z`)) / DAY_MS);
}

/** "nog 5 dagen", "nog 1 dag", "vandaag is de laatste dag", "2 dagen verstreken". */
export function daysLeftText(deadline: Date | string, now: Date): string {
  const n = daysLeft(deadline, now);
  if (n > 1) return `nog ${n} dagen`;
  if (n === 1) return "nog 1 dag";
  if (n === 0) return "vandaag is de laatste dag";
  return n === -1 ? "1 dag verstreken" : `${-n} dagen verstreken`;
}

/** "15 april 2026" */
export function formatDutchDate(date: Date | string): string {
  const d = typeof date === "string" ? new Date(`${date}T00:00:00Z`) : date;
  return new Intl.DateTimeFormat("nl-NL", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(d);
}

/** When the reminder (N days before) and the notice after the deadline are sent. */
export function deadlineSchedule(deadline: Date | string, reminderDaysBefore: number): { reminderAt: Date; overdueAt: Date } {
  const d = Date.parse(`${typeof deadline === "string" ? deadline : isoDate(deadline)}T00:00:00Z`);
  return {
    reminderAt: new Date(d - reminderDaysBefore * DAY_MS + SEND_HOUR_UTC * 3_600_000),
    overdueAt: new Date(d + DAY_MS + SEND_HOUR_UTC * 3_600_000),
  };
}

/** The next moment the daily summary goes out, at or after `now`. */
export function nextDigestAt(now: Date): Date {
  const today = Date.parse(`${isoDate(now)}T00:00:00Z`) + SEND_HOUR_UTC * 3_600_000;
  return new Date(now.getTime() <= today ? today : today + DAY_MS);
}

/** What the open-period form proposes: updates in six weeks, assessments in ten, a reminder a week before. */
export function suggestedDeadlines(now: Date): { updateDeadline: string; assessmentDeadline: string; reminderDaysBefore: number } {
  const inDays = (n: number) => isoDate(new Date(Date.parse(`${dutchToday(now)}T00:00:00Z`) + n * DAY_MS));
  return { updateDeadline: inDays(42), assessmentDeadline: inDays(70), reminderDaysBefore: 7 };
}
