import "server-only";
import crypto from "node:crypto";
import type { Db } from "../db";
import { getDb } from "../db";
import type { RenderedMail } from "../../domain/mail/layout";
import { mailConfig } from "./config";
import { configuredTransport, type MailTransport } from "./transport";

/**
 * The mail outbox. Every e-mail is a MailMessage row written in the transaction of the change that
 * causes it (enqueueMail), so a rollback sends nothing and a crash loses nothing. Delivery
 * (deliverPendingMail) happens afterwards: right after the commit (deliverSoon, best effort) and
 * periodically by the worker.
 *
 * Guarantees:
 * - one mail per idempotency key: enqueueing the same key again is a no-op (UNIQUE index);
 * - rows are claimed with FOR UPDATE SKIP LOCKED and a lease, so several app instances never send
 *   the same row at the same time; a SENT row is never claimed again;
 * - an SMTP failure schedules a retry with exponential backoff (1, 2, 4 … minutes, at most
 *   6 hours) up to MAX_ATTEMPTS, then FAILED;
 * - no mail to a deactivated account: refused when enqueued, cancelled when sent;
 * - a sender that dies after the SMTP server accepted a mail but before marking it SENT leaves
 *   the row to be claimed again when its lease ends: that is the one case of a second delivery,
 *   and the mail then carries the same Message-ID, so mail systems can tell it is the same mail.
 */

export const MAX_ATTEMPTS = 8;
/** Longer than any SMTP timeout in transport.ts, so a lease never ends while a send is running. */
export const LEASE_MS = 5 * 60_000;
const BASE_BACKOFF_MS = 60_000;
const MAX_BACKOFF_MS = 6 * 60 * 60_000;

export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export type NewMail = RenderedMail & {
  to: { email: string; userId?: string | null };
  /** why this person receives it; a short code such as "INVITATION" */
  reason: string;
  /** the same key is only ever sent once, e.g. `invitation:${tokenId}` */
  idempotencyKey: string;
};

/**
 * Puts a mail in the outbox, inside the caller's transaction. Returns false when nothing was queued:
 * the key was queued before, or the address belongs to a deactivated account.
 */
export async function enqueueMail(db: Db, mail: NewMail): Promise<boolean> {
  const email = mail.to.email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, active: true } });
  if (user && !user.active) return false;
  const { count } = await db.mailMessage.createMany({
    data: [
      {
        toAddress: email,
        toUserId: mail.to.userId ?? user?.id ?? null,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        reason: mail.reason,
        idempotencyKey: mail.idempotencyKey,
      },
    ],
    skipDuplicates: true,
  });
  return count === 1;
}

/**
 * The same as enqueueMail for many mails at once (notifications to thousands of people): one
 * query for the recipients' accounts and one multi-row INSERT, never a query per recipient.
 * Returns how many were queued.
 */
export async function enqueueMails(db: Db, mails: readonly NewMail[]): Promise<number> {
  if (mails.length === 0) return 0;
  const emails = [...new Set(mails.map((m) => m.to.email.trim().toLowerCase()))];
  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, active: true } });
  const byEmail = new Map(users.map((u) => [u.email, u]));
  const rows = mails.flatMap((mail) => {
    const email = mail.to.email.trim().toLowerCase();
    const user = byEmail.get(email);
    if (user && !user.active) return [];
    return [{ toAddress: email, toUserId: mail.to.userId ?? user?.id ?? null, subject: mail.subject, text: mail.text, html: mail.html, reason: mail.reason, idempotencyKey: mail.idempotencyKey }];
  });
  const { count } = await db.mailMessage.createMany({ data: rows, skipDuplicates: true });
  return count;
}

export type DeliveryResult = { sent: number; retried: number; failed: number; cancelled: number };

/** Claims due rows (pending, or sending with an expired lease) for this sender. */
async function claim(db: Db, now: Date, limit: number): Promise<string[]> {
  const at = now.toISOString();
  const lease = new Date(now.getTime() + LEASE_MS).toISOString();
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "MailMessage" SET "status" = 'SENDING', "leaseUntil" = ${lease}::timestamp, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "MailMessage"
      WHERE ("status" = 'PENDING' AND "nextAttemptAt" <= ${at}::timestamp)
         OR ("status" = 'SENDING' AND "leaseUntil" < ${at}::timestamp)
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  return rows.map((r) => r.id);
}

function messageIdFor(idempotencyKey: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "regiotafel.local";
  return `<${crypto.createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 32)}@${domain}>`;
}

/**
 * Sends what is due at `now`. Without a transport (no SMTP_URL) nothing is sent and the mail
 * stays in the outbox. Safe to call from several processes at once.
 */
export async function deliverPendingMail(
  db: Db,
  transport: MailTransport | null,
  now: Date = new Date(),
  options: { batchSize?: number; from?: string } = {},
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0, cancelled: 0 };
  if (!transport) return result;
  const from = options.from ?? mailConfig().from;
  const batchSize = options.batchSize ?? 50;
  for (;;) {
    const ids = await claim(db, now, batchSize);
    if (ids.length === 0) return result;
    const rows = await db.mailMessage.findMany({ where: { id: { in: ids } } });
    for (const row of rows) {
      const mine = { id: row.id, status: "SENDING" as const, leaseUntil: row.leaseUntil };
      const recipient = await db.user.findUnique({ where: { email: row.toAddress }, select: { active: true } });
      if (recipient && !recipient.active) {
        await db.mailMessage.updateMany({ where: mine, data: { status: "CANCELLED", leaseUntil: null, lastError: "Account gedeactiveerd" } });
        result.cancelled++;
        continue;
      }
      try {
        await transport.send({ from, to: row.toAddress, subject: row.subject, text: row.text, html: row.html, messageId: messageIdFor(row.idempotencyKey, from) });
      } catch (error) {
        const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
        const giveUp = row.attempts >= MAX_ATTEMPTS;
        await db.mailMessage.updateMany({
          where: mine,
          data: giveUp
            ? { status: "FAILED", leaseUntil: null, lastError }
            : { status: "PENDING", leaseUntil: null, lastError, nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)) },
        });
        if (giveUp) result.failed++;
        else result.retried++;
        continue;
      }
      await db.mailMessage.updateMany({ where: mine, data: { status: "SENT", leaseUntil: null, sentAt: now, lastError: null } });
      result.sent++;
    }
    if (ids.length < batchSize) return result;
  }
}

let running: Promise<void> | null = null;
let again = false;

/**
 * Starts delivering the outbox in the background, right after a commit that queued mail. Best
 * effort: failures stay in the outbox for the next run. Calls while a run is busy fold into one more run.
 */
export function deliverSoon(): void {
  if (!mailConfig().smtpUrl) return;
  if (running) {
    again = true;
    return;
  }
  running = (async () => {
    do {
      again = false;
      try {
        const { prisma } = await getDb();
        await deliverPendingMail(prisma, configuredTransport(), new Date());
      } catch (error) {
        console.error("E-mail bezorgen mislukt (blijft in de wachtrij):", error instanceof Error ? error.message : error);
      }
    } while (again);
  })().finally(() => {
    running = null;
  });
}
