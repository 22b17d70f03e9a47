import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { JobHandlers } from "../jobs/worker";
import { enqueueJob } from "../jobs/queue";
import type { NotificationKind } from "../../domain/enums";
import { describeNotification, digestMail, notificationMail, type NotificationData } from "../../domain/notifications";
import { appUrl, enqueueMails, type NewMail } from "../mail";
import { isoDate, nextDigestAt } from "../../domain/deadlines";
import type { Clock } from "../../domain/clock";
import type { PrismaClient } from "../../generated/prisma/client";

/**
 * From notification rows to e-mail. The mail itself goes through the one mail path (the mail
 * outbox of lib/server/mail): this module only decides WHAT to mail and hands it over in the job's
 * transaction, with an idempotency key per notification (or per person per summary day), so a
 * re-run never mails twice. Delivery, SMTP and its retries are the outbox's business.
 */

/** Writes mails to the outbox inside the given transaction (tests put a failing or recording one in its place). */
export type MailSink = (tx: Prisma.TransactionClient, mails: NewMail[]) => Promise<unknown>;

/** The one mail path: the outbox of lib/server/mail. */
export const outboxSink: MailSink = (tx, mails) => enqueueMails(tx, mails);

const BATCH = 500;

const appBaseUrl = () => appUrl("/");

type PendingRow = { id: bigint; kind: NotificationKind; data: NotificationData; name: string; email: string };

/** Mails the notifications waiting to be mailed at once, a batch per job (continues itself). */
async function flushImmediate(tx: Prisma.TransactionClient, sink: MailSink, now: Date, jobId: bigint): Promise<void> {
  // deactivated since the notification was made: not mailed
  await tx.$executeRaw`UPDATE "Notification" n SET mail = 'SKIPPED' FROM "User" u WHERE u.id = n."userId" AND NOT u.active AND n.mail IN ('PENDING', 'DIGEST')`;
  const rows = await tx.$queryRaw<(PendingRow & { userId: string })[]>`
    SELECT n.id, n."userId", n.kind::text AS kind, n.data, u.name, u.email
    FROM "Notification" n JOIN "User" u ON u.id = n."userId"
    WHERE n.mail = 'PENDING'
    ORDER BY n.id
    LIMIT ${BATCH}
    FOR UPDATE OF n SKIP LOCKED`;
  if (rows.length === 0) return;
  const base = appBaseUrl();
  await sink(
    tx,
    rows.map((r) => ({
      to: { email: r.email, userId: r.userId },
      reason: "NOTIFICATION",
      idempotencyKey: `notification:${r.id}`,
      ...notificationMail(r.name, describeNotification(r.kind, r.data, now), base),
    })),
  );
  await tx.$executeRaw`UPDATE "Notification" SET mail = 'SENT' WHERE id = ANY(${rows.map((r) => r.id)}::bigint[])`;
  if (rows.length === BATCH) await enqueueJob(tx, { kind: "mail.flush", key: `mail-flush:${jobId}:more`, runAt: now });
}

/** The daily summary: one mail per person with everything marked for it, a batch of people per job. */
async function sendDigests(tx: Prisma.TransactionClient, sink: MailSink, now: Date, day: string, jobId: bigint): Promise<void> {
  await tx.$executeRaw`UPDATE "Notification" n SET mail = 'SKIPPED' FROM "User" u WHERE u.id = n."userId" AND NOT u.active AND n.mail IN ('PENDING', 'DIGEST')`;
  const people = await tx.$queryRaw<{ userId: string; name: string; email: string }[]>`
    SELECT DISTINCT u.id AS "userId", u.name, u.email
    FROM "Notification" n JOIN "User" u ON u.id = n."userId"
    WHERE n.mail = 'DIGEST'
    ORDER BY u.id
    LIMIT ${BATCH}`;
  if (people.length === 0) return;
  const rows = await tx.$queryRaw<(PendingRow & { userId: string })[]>`
    SELECT n.id, n."userId", n.kind::text AS kind, n.data
    FROM "Notification" n
    WHERE n.mail = 'DIGEST' AND n."userId" = ANY(${people.map((p) => p.userId)}::text[])
    ORDER BY n.id
    FOR UPDATE OF n SKIP LOCKED`;
  const byUser = new Map<string, typeof rows>();
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
  const base = appBaseUrl();
  const mails: NewMail[] = [];
  for (const person of people) {
    const items = byUser.get(person.userId);
    if (!items?.length) continue;
    mails.push({
      to: { email: person.email, userId: person.userId },
      reason: "DAILY_SUMMARY",
      idempotencyKey: `digest:${day}:${person.userId}`,
      ...digestMail(person.name, items.map((r) => describeNotification(r.kind, r.data, now)), base),
    });
  }
  await sink(tx, mails);
  await tx.$executeRaw`UPDATE "Notification" SET mail = 'SENT' WHERE id = ANY(${rows.map((r) => r.id)}::bigint[])`;
  if (people.length === BATCH) await enqueueJob(tx, { kind: "mail.digest", key: `mail-digest:${day}:${jobId}`, payload: { day }, runAt: now });
}

/** Job handlers for mail. */
export function mailJobs(sink: MailSink = outboxSink): JobHandlers {
  return {
    "mail.flush": (tx, { clock, job }) => flushImmediate(tx, sink, clock.now(), job.id),
    "mail.digest": (tx, { clock, job }) => sendDigests(tx, sink, clock.now(), String(job.payload.day ?? isoDate(clock.now())), job.id),
  };
}

/** Makes sure the next daily summary is scheduled (idempotent: one job per day). */
export async function scheduleNextDigest(prisma: PrismaClient, clock: Clock): Promise<void> {
  const at = nextDigestAt(clock.now());
  const day = isoDate(at);
  await enqueueJob(prisma, { kind: "mail.digest", key: `mail-digest:${day}`, payload: { day }, runAt: at });
}
