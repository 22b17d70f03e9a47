import "server-only";
import type { Db } from "../db";
import { enqueueJob, enqueueJobs, type NewJob } from "../jobs/queue";
import { deadlineSchedule, isoDate } from "../../domain/deadlines";
import { systemClock, type Clock } from "../../domain/clock";

/** "Now" for an actor's request: its injected clock (tests) or the system clock. */
export function nowOf(ctx: { clock?: Clock }): Date {
  return (ctx.clock ?? systemClock).now();
}

/**
 * The events other features report, each inside its own transaction (so a rolled-back write
 * notifies nobody). Each becomes a job; the job's key is the event's identity, so reporting an
 * event twice is harmless. The fan-out to people happens in the worker (./jobs.ts).
 */

const job = (kind: string, eventKey: string, payload: Record<string, unknown>, runAt: Date): NewJob => ({
  kind,
  key: eventKey,
  payload: { ...payload, eventKey },
  runAt,
});

type DeadlinePeriod = { id: string; updateDeadline: Date | null; assessmentDeadline?: Date | null; reminderDaysBefore: number };

/** Which of a period's two deadlines a deadline job is about. */
export type DeadlineKind = "update" | "assessment";

/**
 * The reminder before and the notice after each deadline (updates: the leaders; assessments: the
 * inkopers and WIR), as jobs with a future runAt (so they survive restarts). Both reminders go
 * `reminderDaysBefore` days ahead. A changed deadline schedules new ones; the old ones see the
 * period's deadline no longer matches and do nothing. A reminder whose day has passed is skipped.
 */
export async function scheduleDeadlineJobs(db: Db, period: DeadlinePeriod, now: Date): Promise<void> {
  const jobs: NewJob[] = [];
  const schedule = (which: DeadlineKind, date: Date | null | undefined, kinds: { reminder: string; passed: string }) => {
    if (!date) return;
    const deadline = isoDate(date);
    const { reminderAt, overdueAt } = deadlineSchedule(deadline, period.reminderDaysBefore);
    const payload = { periodId: period.id, deadline, which };
    if (reminderAt > now) jobs.push(job(kinds.reminder, `${which === "update" ? "deadline" : "assessment"}-reminder:${period.id}:${deadline}:${period.reminderDaysBefore}`, payload, reminderAt));
    jobs.push(job(kinds.passed, `${which === "update" ? "deadline" : "assessment"}-passed:${period.id}:${deadline}`, payload, overdueAt));
  };
  schedule("update", period.updateDeadline, { reminder: "notify.deadlineReminder", passed: "notify.deadlinePassed" });
  schedule("assessment", period.assessmentDeadline, { reminder: "notify.assessmentReminder", passed: "notify.assessmentDeadlinePassed" });
  if (jobs.length > 0) await enqueueJobs(db, jobs);
}

/** WIR opened (or reopened) a period: ask the leaders, and schedule the deadline jobs. */
export async function periodOpened(db: Db, period: DeadlinePeriod & { openedAt: Date | null }, now: Date): Promise<void> {
  const at = (period.openedAt ?? now).toISOString();
  await enqueueJob(db, job("notify.periodOpened", `period-opened:${period.id}:${at}`, { periodId: period.id }, now));
  await scheduleDeadlineJobs(db, period, now);
}

/** WIR closed a period: its judgements are final; their projects' leaders are told. */
export async function periodClosed(db: Db, period: { id: string; closedAt: Date | null }, now: Date): Promise<void> {
  const at = (period.closedAt ?? now).toISOString();
  await enqueueJob(db, job("notify.periodClosed", `assessment-released:${period.id}:${at}`, { periodId: period.id }, now));
}

export async function updateSubmitted(db: Db, update: { id: string; submittedAt: Date | null }, now: Date): Promise<void> {
  const at = (update.submittedAt ?? now).toISOString();
  await enqueueJob(db, job("notify.updateSubmitted", `update-submitted:${update.id}:${at}`, { updateId: update.id }, now));
}

export async function updateReviewed(
  db: Db,
  update: { id: string; version: number },
  decision: "approve" | "return",
  comment: string,
  now: Date,
): Promise<void> {
  await enqueueJob(db, job("notify.updateReviewed", `update-reviewed:${update.id}:${update.version}`, { updateId: update.id, decision, comment }, now));
}

export async function organisationProposed(db: Db, organisation: { id: string }, now: Date): Promise<void> {
  await enqueueJob(db, job("notify.organisationProposed", `organisation-proposed:${organisation.id}`, { organisationId: organisation.id }, now));
}

/** WIR sends a reminder now to the leaders of the selected projects whose update is outstanding. */
export async function manualReminder(db: Db, periodId: string, projectIds: readonly string[], now: Date): Promise<void> {
  await enqueueJob(db, job("notify.manualReminder", `manual-reminder:${periodId}:${now.toISOString()}`, { periodId, projectIds: [...projectIds] }, now));
}
