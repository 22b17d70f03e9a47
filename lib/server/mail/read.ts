import "server-only";
import type { Ctx } from "../accounts/session";
import { assertPermission } from "../core/authz";

const SUMMARY = {
  id: true,
  toAddress: true,
  subject: true,
  reason: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastError: true,
  sentAt: true,
  createdAt: true,
} as const;

/** The outbox for the beheerder, newest first: what was sent, what waits and what failed. */
export async function listOutbox(ctx: Ctx, options: { limit?: number } = {}) {
  assertPermission(ctx.actor, "user:manage");
  return ctx.db.mailMessage.findMany({ select: SUMMARY, orderBy: { createdAt: "desc" }, take: options.limit ?? 500 });
}

/** One mail with its text (null when there is none), so a beheerder without SMTP can pass an invitation link on by hand. */
export async function getOutboxMessage(ctx: Ctx, id: string) {
  assertPermission(ctx.actor, "user:manage");
  return ctx.db.mailMessage.findUnique({ where: { id }, select: { ...SUMMARY, text: true } });
}
