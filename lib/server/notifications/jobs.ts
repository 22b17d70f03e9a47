import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { JobContext, JobHandler, JobHandlers } from "../jobs/worker";
import { enqueueJob } from "../jobs/queue";
import type { NotificationKind } from "../../domain/enums";
import { isoDate } from "../../domain/deadlines";
import {
  beheerdersAboutOrganisation,
  inkopersOfUpdate,
  inkopersWithOverdueUpdates,
  insertNotifications,
  leadersOfUpdate,
  leadersWithAssessments,
  leadersWithOutstandingUpdates,
  reviewersWithOpenAssessments,
} from "./fanout";

/**
 * Job handlers that turn events (./events.ts) into notifications, then ask for the mail of the
 * new rows to be sent (mail.flush, ./mail.ts).
 */

type Payload = Record<string, unknown> & { eventKey: string };

async function periodState(tx: Prisma.TransactionClient, periodId: string) {
  return tx.reportingPeriod.findUnique({ where: { id: periodId }, select: { state: true, updateDeadline: true, assessmentDeadline: true } });
}

/** The deadline job still applies: the period is open and its deadline (updates or assessments) is the one scheduled. */
async function deadlineStillApplies(tx: Prisma.TransactionClient, p: Payload): Promise<boolean> {
  const period = await periodState(tx, String(p.periodId));
  if (period?.state !== "OPEN") return false;
  const deadline = p.which === "assessment" ? period.assessmentDeadline : period.updateDeadline;
  return !!deadline && isoDate(deadline) === p.deadline;
}

function notify(steps: (p: Payload, tx: Prisma.TransactionClient) => Promise<{ kind: NotificationKind; recipients: Prisma.Sql; mail?: "digest" }[] | null>): JobHandler {
  return async (tx, { clock, job }: JobContext) => {
    const p = job.payload as Payload;
    const batches = await steps(p, tx);
    if (!batches) return;
    const now = clock.now();
    let inserted = 0;
    for (const b of batches) inserted += await insertNotifications(tx, { ...b, eventKey: p.eventKey, now });
    if (inserted > 0) await enqueueJob(tx, { kind: "mail.flush", key: `mail-flush:${job.id}`, runAt: now });
  };
}

export const notificationJobs: JobHandlers = {
  "notify.periodOpened": notify(async (p, tx) => {
    const period = await periodState(tx, String(p.periodId));
    if (period?.state !== "OPEN") return null;
    return [{ kind: "PERIOD_OPENED", recipients: leadersWithOutstandingUpdates(String(p.periodId)) }];
  }),
  "notify.deadlineReminder": notify(async (p, tx) =>
    (await deadlineStillApplies(tx, p)) ? [{ kind: "DEADLINE_REMINDER", recipients: leadersWithOutstandingUpdates(String(p.periodId)) }] : null,
  ),
  "notify.deadlinePassed": notify(async (p, tx) =>
    (await deadlineStillApplies(tx, p))
      ? [
          { kind: "DEADLINE_PASSED", recipients: leadersWithOutstandingUpdates(String(p.periodId)) },
          { kind: "UPDATES_OVERDUE", recipients: inkopersWithOverdueUpdates(String(p.periodId)), mail: "digest" },
        ]
      : null,
  ),
  "notify.assessmentReminder": notify(async (p, tx) =>
    (await deadlineStillApplies(tx, p)) ? [{ kind: "ASSESSMENT_REMINDER", recipients: reviewersWithOpenAssessments(String(p.periodId)) }] : null,
  ),
  "notify.assessmentDeadlinePassed": notify(async (p, tx) =>
    (await deadlineStillApplies(tx, p)) ? [{ kind: "ASSESSMENT_DEADLINE_PASSED", recipients: reviewersWithOpenAssessments(String(p.periodId)) }] : null,
  ),
  "notify.manualReminder": notify(async (p, tx) => {
    const period = await periodState(tx, String(p.periodId));
    if (period?.state !== "OPEN") return null;
    return [{ kind: "DEADLINE_REMINDER", recipients: leadersWithOutstandingUpdates(String(p.periodId), p.projectIds as string[]) }];
  }),
  "notify.updateSubmitted": notify(async (p) => [{ kind: "UPDATE_SUBMITTED", recipients: inkopersOfUpdate(String(p.updateId)) }]),
  "notify.updateReviewed": notify(async (p) => [
    { kind: p.decision === "return" ? "UPDATE_RETURNED" : "UPDATE_APPROVED", recipients: leadersOfUpdate(String(p.updateId), p.decision === "return" ? String(p.comment ?? "") : "") },
  ]),
  "notify.periodClosed": notify(async (p) => [{ kind: "ASSESSMENT_RELEASED", recipients: leadersWithAssessments(String(p.periodId)) }]),
  "notify.organisationProposed": notify(async (p) => [{ kind: "ORGANISATION_PROPOSED", recipients: beheerdersAboutOrganisation(String(p.organisationId)) }]),
};
