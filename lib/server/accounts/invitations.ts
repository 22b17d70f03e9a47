import "server-only";
import type { Db } from "../db";
import { writeAudit } from "../core/audit";
import { ValidationError } from "../core/errors";
import { enqueueMail } from "../mail/outbox";
import { appUrl } from "../mail/config";
import { invitationMail, passwordResetMail } from "../../domain/mail/accounts";
import { ROLE, type Role } from "../../domain/enums";
import { issueAccountToken, TOKEN_VALIDITY_MS } from "./tokens";

export type NewMembership = { role: Role; concessiehouderId: string | null };
export type Inviter = { userId: string; name: string } | null;

/** "Inkoper zorgkantoor (CZ), Projectleider" */
export async function describeRoles(db: Db, memberships: readonly NewMembership[]): Promise<string> {
  const ids = memberships.map((m) => m.concessiehouderId).filter((id): id is string => !!id);
  const chs = ids.length ? await db.concessiehouder.findMany({ where: { id: { in: ids } }, select: { id: true, code: true } }) : [];
  const code = new Map(chs.map((c) => [c.id, c.code]));
  return memberships.map((m) => ROLE.label(m.role) + (m.concessiehouderId ? ` (${code.get(m.concessiehouderId) ?? "?"})` : "")).join(", ");
}

/** Checks that the chosen concessiehouder and organisation exist; Dutch field errors otherwise. */
export async function assertScopeExists(db: Db, input: { concessiehouderId: string | null; organisationId: string | null }): Promise<void> {
  const errors: Record<string, string[]> = {};
  if (input.concessiehouderId && !(await db.concessiehouder.findUnique({ where: { id: input.concessiehouderId }, select: { id: true } }))) {
    errors.concessiehouderId = ["Kies een bestaande concessiehouder."];
  }
  if (input.organisationId && !(await db.organisation.findFirst({ where: { id: input.organisationId, status: "CONFIRMED" }, select: { id: true } }))) {
    errors.organisationId = ["Kies een bevestigde organisatie uit de lijst."];
  }
  if (Object.keys(errors).length) throw new ValidationError("Niet alles is goed ingevuld. Bekijk de meldingen bij de velden.", errors);
}

export const EMAIL_TAKEN = "Er is al een account met dit e-mailadres.";

/**
 * Creates an account without a password plus a one-time invitation link, and queues the
 * invitation mail — all in the caller's transaction, audited. Whoever calls it has checked the
 * inviter's permission and scope (hence no Ctx here). Returns the link for the command line.
 */
export async function createInvitedUser(
  tx: Db,
  input: { name: string; email: string; organisationId: string | null; memberships: readonly NewMembership[]; project?: { id: string; title: string } },
  invitedBy: Inviter,
  clientAddress: string | null,
  now: Date,
): Promise<{ userId: string; url: string; expiresAt: Date }> {
  const email = input.email.trim().toLowerCase();
  if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new ValidationError(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
  }
  const user = await tx.user.create({
    data: {
      email,
      name: input.name,
      passwordHash: null,
      organisationId: input.organisationId,
      memberships: { create: input.memberships.map((m) => ({ role: m.role, concessiehouderId: m.concessiehouderId })) },
      ...(input.project ? { ledProjects: { create: [{ projectId: input.project.id }] } } : {}),
    },
    select: { id: true },
  });
  const roles = await describeRoles(tx, input.memberships);
  await writeAudit(tx, invitedBy, {
    action: "CREATE",
    entity: "User",
    entityId: user.id,
    after: { email, name: input.name, organisationId: input.organisationId, roles, ...(input.project ? { leaderOf: input.project.id } : {}) },
    clientAddress,
  });
  const url = await sendInvitation(tx, { id: user.id, email, name: input.name }, roles, invitedBy, clientAddress, now, input.project?.title);
  return { userId: user.id, ...url };
}

/** Issues a fresh invitation link (older ones stop working) and queues the mail. */
export async function sendInvitation(
  tx: Db,
  user: { id: string; email: string; name: string },
  roles: string,
  invitedBy: Inviter,
  clientAddress: string | null,
  now: Date,
  project?: string,
): Promise<{ url: string; expiresAt: Date }> {
  const token = await issueAccountToken(tx, { userId: user.id, purpose: "INVITATION", createdById: invitedBy?.userId ?? null }, now);
  await enqueueMail(tx, {
    ...invitationMail({ name: user.name, invitedBy: invitedBy?.name ?? null, roles, url: token.url, validHours: TOKEN_VALIDITY_MS.INVITATION / 3_600_000, project }),
    to: { email: user.email, userId: user.id },
    reason: "INVITATION",
    idempotencyKey: `invitation:${token.id}`,
  });
  await writeAudit(tx, invitedBy, { action: "CREATE", entity: "AccountToken", entityId: token.id, after: { userId: user.id, purpose: "INVITATION", expiresAt: token.expiresAt }, clientAddress });
  return { url: token.url, expiresAt: token.expiresAt };
}

/** Issues a password-reset link and queues the mail. */
export async function sendPasswordReset(
  tx: Db,
  user: { id: string; email: string; name: string },
  startedBy: Inviter,
  clientAddress: string | null,
  now: Date,
): Promise<void> {
  const token = await issueAccountToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", createdById: startedBy?.userId ?? null }, now);
  await enqueueMail(tx, {
    ...passwordResetMail({ name: user.name, url: token.url, validMinutes: TOKEN_VALIDITY_MS.PASSWORD_RESET / 60_000, byBeheerder: startedBy !== null && startedBy.userId !== user.id }),
    to: { email: user.email, userId: user.id },
    reason: "PASSWORD_RESET",
    idempotencyKey: `reset:${token.id}`,
  });
  await writeAudit(tx, startedBy, { action: "CREATE", entity: "AccountToken", entityId: token.id, after: { userId: user.id, purpose: "PASSWORD_RESET", expiresAt: token.expiresAt }, clientAddress });
}

export function projectUrl(projectId: string): string {
  return appUrl(`/projecten/${projectId}`);
}
