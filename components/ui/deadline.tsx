import { daysLeft, daysLeftText, formatDutchDate, isoDate } from "@/lib/domain/deadlines";

/** A deadline with the days left ("nog 5 dagen"), red once it has passed. */
export function DeadlineText({ deadline, now = new Date(), label }: { deadline: Date | null; now?: Date; label?: string }) {
  if (!deadline) return <span className="text-muted">geen deadline</span>;
  const day = isoDate(deadline);
  const passed = daysLeft(day, now) < 0;
  return (
    <span>
      {label ? `${label}: ` : null}
      <time dateTime={day}>{formatDutchDate(day)}</time>{" "}
      <span className={passed ? "font-semibold text-red-800" : "text-muted"}>({daysLeftText(day, now)})</span>
    </span>
  );
}

/** Both deadlines of a period, one per line. */
export function DeadlineSummary({ period, now }: { period: { updateDeadline: Date | null; assessmentDeadline: Date | null; state?: string }; now?: Date }) {
  if (!period.updateDeadline && !period.assessmentDeadline) return <span className="text-muted">—</span>;
  return (
    <span className="block text-sm">
      <span className="block">
        <DeadlineText deadline={period.updateDeadline} now={now} label="Updates" />
      </span>
      <span className="block">
        <DeadlineText deadline={period.assessmentDeadline} now={now} label="Beoordelingen" />
      </span>
    </span>
  );
}
