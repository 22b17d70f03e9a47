import "server-only";
import type { Ctx } from "./session";
import type { Db } from "../db";
import type { PrismaClient } from "../../generated/prisma/client";
import { assertPermission } from "../core/authz";
import { ConflictError, NotFoundError, ValidationError } from "../core/errors";
import { changedFields, writeAudit } from "../core/audit";
import { projectManageWhere } from "../core/scope";
import { deliverSoon, enqueueMail } from "../mail/outbox";
import { hashPassword, verifyPassword } from "./passwords";
import { consumeAccountToken } from "./tokens";
import { endAllSessions } from "./sessions";
import { ACCOUNT_SELECT } from "./actor";
import {
  assertScopeExists,
  createInvitedUser,
  describeRoles,
  EMAIL_TAKEN,
  projectUrl,
  sendInvitation,
  sendPasswordReset,
  type NewMembership,
} from "./invitations";
import { addedAsLeaderMail } from "../../domain/mail/accounts";
import { passwordProblems } from "../../domain/password-policy";
import type { EditUserInput, InviteLeaderInput, InviteUserInput } from "../../domain/validation/account";
import type { Role } from "../../domain/enums";

/**
 * Account management. The beheerder (user:manage) invites, edits, deactivates and reactivates
 * people, resends invitations and starts password resets; WIR, inkopers and project leaders invite
 * a project leader for a project in their scope (leader:invite); everyone changes their own name
 * and password. Every change is audited with the client address; mail goes through the outbox
 * in the same transaction and is delivered after the commit.
 */

const inviter = (ctx: Ctx) => ({ userId: ctx.actor.userId, name: ctx.actor.name });
const address = (ctx: Ctx) => ctx.clientAddress ?? null;

function membershipsOf(input: { roles: readonly Role[]; concessiehouderId: string | null }): NewMembership[] {
  return input.roles.map((role) => ({ role, concessiehouderId: role === "INKOPER" ? input.concessiehouderId : null }));
}

export const LAST_BEHEERDER = "Er moet altijd minstens één actieve beheerder zijn. Maak eerst iemand anders beheerder.";

/**
 * Refuses a change that would leave no active beheerder. Locks the active beheerders' rows, so
 * two beheerders who demote each other at the same moment cannot both succeed.
 */
async function assertBeheerderRemains(tx: Db, losingUserId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT u."id" FROM "User" u
    WHERE u."active" AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u."id" AND m."role" = 'BEHEERDER')
    ORDER BY u."id"
    FOR UPDATE`;
  if (!rows.some((r) => r.id !== losingUserId)) throw new ValidationError(LAST_BEHEERDER, { roles: [LAST_BEHEERDER] });
}

/** The beheerder invites someone: account without password, roles with scope, invitation mail. */
export async function inviteUser(ctx: Ctx, input: InviteUserInput, now: Date = new Date()): Promise<{ userId: string }> {
  assertPermission(ctx.actor, "user:manage");
  const result = await ctx.db.$transaction(async (tx) => {
    await assertScopeExists(tx, input);
    return createInvitedUser(
      tx,
      { name: input.name, email: input.email, organisationId: input.organisationId, memberships: membershipsOf(input) },
      inviter(ctx),
      address(ctx),
      now,
    );
  });
  deliverSoon();
  return { userId: result.userId };
}

/** One account for the beheerder's edit form (null when there is none). */
export async function getUserForEdit(ctx: Ctx, userId: string) {
  assertPermission(ctx.actor, "user:manage");
  const user = await ctx.db.user.findUnique({
    where: { id: userId },
    select: {
      ...ACCOUNT_SELECT,
      version: true,
      lastLoginAt: true,
      passwordHash: true,
      totpEnabledAt: true,
      accountTokens: { where: { usedAt: null }, select: { purpose: true, expiresAt: true }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!user) return null;
  const { passwordHash, totpEnabledAt, ...rest } = user;
  return {
    ...rest,
    hasPassword: passwordHash !== null,
    twoFactor: totpEnabledAt !== null,
    roles: [...new Set(user.memberships.map((m) => m.role as Role))],
    concessiehouderId: user.memberships.find((m) => m.role === "INKOPER")?.concessiehouderId ?? null,
  };
}

/** The beheerder edits name, e-mail, organisation and roles (version-checked). */
export async function updateUser(ctx: Ctx, input: EditUserInput): Promise<void> {
  assertPermission(ctx.actor, "user:manage");
  await ctx.db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, name: true, email: true, organisationId: true, version: true, active: true, memberships: { select: { role: true, concessiehouderId: true } } },
    });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError();
    await assertScopeExists(tx, input);
    if (input.email !== before.email && (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))) {
      throw new ValidationError(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    }
    const wasBeheerder = before.memberships.some((m) => m.role === "BEHEERDER");
    if (wasBeheerder && before.active && !input.roles.includes("BEHEERDER")) await assertBeheerderRemains(tx, before.id);

    const next = membershipsOf(input);
    const key = (m: NewMembership) => `${m.role}:${m.concessiehouderId ?? ""}`;
    const oldKeys = new Set(before.memberships.map((m) => key({ role: m.role as Role, concessiehouderId: m.concessiehouderId })));
    const newKeys = new Set(next.map(key));
    for (const m of before.memberships) {
      if (!newKeys.has(key({ role: m.role as Role, concessiehouderId: m.concessiehouderId }))) {
        await tx.membership.deleteMany({ where: { userId: before.id, role: m.role, concessiehouderId: m.concessiehouderId } });
      }
    }
    for (const m of next) if (!oldKeys.has(key(m))) await tx.membership.create({ data: { userId: before.id, ...m } });

    const updated = await tx.user.update({
      where: { id: before.id },
      data: { name: input.name, email: input.email, organisationId: input.organisationId, version: { increment: 1 } },
      select: { name: true, email: true, organisationId: true },
    });
    const diff = changedFields(
      { name: before.name, email: before.email, organisationId: before.organisationId, roles: await describeRoles(tx, before.memberships.map((m) => ({ role: m.role as Role, concessiehouderId: m.concessiehouderId }))) },
      { ...updated, roles: await describeRoles(tx, next) },
    );
    if (diff) await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "User", entityId: before.id, ...diff, clientAddress: address(ctx) });
  });
}

/**
 * Deactivates or reactivates an account. A deactivated person's open session is refused on its
 * next request (loadActor reads `active` on every request) and receives no more mail.
 */
export async function setUserActive(ctx: Ctx, input: { userId: string; active: boolean; version: number }): Promise<void> {
  assertPermission(ctx.actor, "user:manage");
  if (!input.active && input.userId === ctx.actor.userId) {
    throw new ValidationError("U kunt uw eigen account niet deactiveren.");
  }
  await ctx.db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, active: true, version: true, memberships: { select: { role: true } } } });
    if (!user) throw new NotFoundError();
    if (user.version !== input.version) throw new ConflictError();
    if (user.active === input.active) return;
    if (!input.active && user.memberships.some((m) => m.role === "BEHEERDER")) await assertBeheerderRemains(tx, user.id);
    await tx.user.update({ where: { id: user.id }, data: { active: input.active, version: { increment: 1 } } });
    if (!input.active) {
      await tx.accountToken.deleteMany({ where: { userId: user.id, usedAt: null } });
      // a session kept from before the deactivation stays ended after a reactivation
      await endAllSessions(tx, user.id);
    }
    await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "User", entityId: user.id, before: { active: user.active }, after: { active: input.active }, clientAddress: address(ctx) });
  });
}

/** A new invitation link for someone who has not set a password yet. */
export async function resendInvitation(ctx: Ctx, userId: string, now: Date = new Date()): Promise<void> {
  assertPermission(ctx.actor, "user:manage");
  await ctx.db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, active: true, passwordHash: true, memberships: { select: { role: true, concessiehouderId: true } } } });
    if (!user) throw new NotFoundError();
    if (!user.active) throw new ValidationError("Dit account is gedeactiveerd. Activeer het eerst.");
    if (user.passwordHash) throw new ValidationError("Deze persoon heeft al een wachtwoord. Stuur een link om een nieuw wachtwoord te kiezen.");
    const roles = await describeRoles(tx, user.memberships.map((m) => ({ role: m.role as Role, concessiehouderId: m.concessiehouderId })));
    await sendInvitation(tx, user, roles, inviter(ctx), address(ctx), now);
  });
  deliverSoon();
}

/** The beheerder sends someone a link to choose a new password. */
export async function startPasswordReset(ctx: Ctx, userId: string, now: Date = new Date()): Promise<void> {
  assertPermission(ctx.actor, "user:manage");
  await ctx.db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, active: true } });
    if (!user) throw new NotFoundError();
    if (!user.active) throw new ValidationError("Dit account is gedeactiveerd. Activeer het eerst.");
    await sendPasswordReset(tx, user, inviter(ctx), address(ctx), now);
  });
  deliverSoon();
}

/** Requests within this time after a reset link produce no second mail (no mail bombing). */
export const RESET_REQUEST_INTERVAL_MS = 5 * 60_000;

/**
 * "Wachtwoord vergeten?": mails a reset link when an active account has this address. The caller
 * shows the same answer either way, so the page does not tell whether an address has an account.
 */
export async function requestPasswordReset(db: PrismaClient, email: string, clientAddress: string | null, now: Date = new Date()): Promise<void> {
  const normalized = email.trim().toLowerCase();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: normalized }, select: { id: true, email: true, name: true, active: true } });
    if (!user || !user.active) return;
    const recent = await tx.accountToken.findFirst({
      where: { userId: user.id, purpose: "PASSWORD_RESET", usedAt: null, createdAt: { gt: new Date(now.getTime() - RESET_REQUEST_INTERVAL_MS) } },
      select: { id: true },
    });
    if (recent) return;
    await sendPasswordReset(tx, user, { userId: user.id, name: user.name }, clientAddress, now);
  });
  deliverSoon();
}

export const LINK_INVALID = "Deze link werkt niet meer: hij is al gebruikt, verlopen of vervangen door een nieuwere. Vraag via \"Wachtwoord vergeten?\" een nieuwe aan.";

/** Sets the password through an invitation or reset link (single use). Returns the e-mail address to sign in with. */
export async function setPasswordWithToken(db: PrismaClient, input: { token: string; password: string }, clientAddress: string | null, now: Date = new Date()): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const used = await consumeAccountToken(tx, input.token, now);
    if (!used) throw new ValidationError(LINK_INVALID, { token: [LINK_INVALID] });
    const user = await tx.user.findUniqueOrThrow({ where: { id: used.userId }, select: { id: true, email: true, active: true } });
    if (!user.active) throw new ValidationError(LINK_INVALID, { token: [LINK_INVALID] });
    const problems = passwordProblems(input.password, { email: user.email });
    if (problems.length) throw new ValidationError(problems[0], { password: problems });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, version: { increment: 1 } } });
    await tx.accountToken.deleteMany({ where: { userId: user.id, usedAt: null } });
    // whoever knew the old password (or held a session with it) is out
    await endAllSessions(tx, user.id);
    await writeAudit(tx, { userId: user.id }, { action: "UPDATE", entity: "User", entityId: user.id, after: { password: used.purpose === "INVITATION" ? "ingesteld (uitnodiging)" : "gewijzigd (herstellink)" }, clientAddress });
    return { email: user.email };
  });
}

/** Everyone changes their own password, with the current one. */
export async function changeOwnPassword(ctx: Ctx, input: { current: string; password: string }): Promise<void> {
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.actor.userId }, select: { passwordHash: true, email: true } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.current))) {
    throw new ValidationError("Uw huidige wachtwoord klopt niet.", { current: ["Uw huidige wachtwoord klopt niet."] });
  }
  const problems = passwordProblems(input.password, { email: user.email });
  if (problems.length) throw new ValidationError(problems[0], { password: problems });
  const passwordHash = await hashPassword(input.password);
  await ctx.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: ctx.actor.userId }, data: { passwordHash, version: { increment: 1 } } });
    await tx.accountToken.deleteMany({ where: { userId: ctx.actor.userId, usedAt: null } });
    // every session ends, this one too: the person signs in again with the new password
    await endAllSessions(tx, ctx.actor.userId);
    await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "User", entityId: ctx.actor.userId, after: { password: "gewijzigd" }, clientAddress: address(ctx) });
  });
}

/** Everyone changes their own name (version-checked). */
export async function changeOwnName(ctx: Ctx, input: { name: string; version: number }): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: ctx.actor.userId }, select: { name: true, version: true } });
    if (before.version !== input.version) throw new ConflictError();
    if (before.name === input.name) return;
    await tx.user.update({ where: { id: ctx.actor.userId }, data: { name: input.name, version: { increment: 1 } } });
    await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "User", entityId: ctx.actor.userId, before: { name: before.name }, after: { name: input.name }, clientAddress: address(ctx) });
  });
}

/** The signed-in person's own account, for the account page. */
export async function getOwnAccount(ctx: Ctx) {
  return ctx.db.user.findUniqueOrThrow({ where: { id: ctx.actor.userId }, select: { name: true, email: true, version: true } });
}

/**
 * WIR or an inkoper invites a project leader for a project in their scope; a project leader a
 * co-leader for a project it leads. A new address gets an account (role projectleider) and an
 * invitation; an existing active account becomes leader of the project and is told by mail.
 * Answers "not found" for a project outside the inviter's scope.
 */
export async function inviteProjectLeader(ctx: Ctx, input: InviteLeaderInput, now: Date = new Date()): Promise<{ userId: string; invited: boolean }> {
  assertPermission(ctx.actor, "leader:invite");
  const result = await ctx.db.$transaction(async (tx) => {
    const project = await tx.project.findFirst({
      where: { AND: [{ id: input.projectId }, projectManageWhere(ctx.actor, "leader:invite"), { lifecycle: { not: "ARCHIVED" } }] },
      select: { id: true, title: true },
    });
    if (!project) throw new NotFoundError();
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, email: true, active: true, memberships: { select: { role: true } } } });
    if (!existing) {
      const created = await createInvitedUser(
        tx,
        { name: input.name, email: input.email, organisationId: null, memberships: [{ role: "PROJECTLEIDER", concessiehouderId: null }], project },
        inviter(ctx),
        address(ctx),
        now,
      );
      return { userId: created.userId, invited: true };
    }
    if (!existing.active) {
      throw new ValidationError("Dit e-mailadres kan niet worden uitgenodigd. Neem contact op met de beheerder.", { email: ["Dit e-mailadres kan niet worden uitgenodigd. Neem contact op met de beheerder."] });
    }
    if (!existing.memberships.some((m) => m.role === "PROJECTLEIDER")) {
      await tx.membership.create({ data: { userId: existing.id, role: "PROJECTLEIDER" } });
    }
    const { count } = await tx.projectLeader.createMany({ data: [{ projectId: project.id, userId: existing.id }], skipDuplicates: true });
    if (count === 1) {
      await writeAudit(tx, ctx.actor, { action: "CREATE", entity: "ProjectLeader", entityId: `${project.id}:${existing.id}`, after: { projectId: project.id, userId: existing.id }, clientAddress: address(ctx) });
      await enqueueMail(tx, {
        ...addedAsLeaderMail({ name: existing.name, invitedBy: ctx.actor.name, project: project.title, url: projectUrl(project.id) }),
        to: { email: existing.email, userId: existing.id },
        reason: "PROJECT_LEADER_ADDED",
        idempotencyKey: `leader:${project.id}:${existing.id}:${now.getTime()}`,
      });
    }
    return { userId: existing.id, invited: false };
  });
  deliverSoon();
  return result;
}

/** A project's leaders, for an actor who may invite leaders there; null outside its scope. */
export async function getProjectLeaders(ctx: Ctx, projectId: string) {
  assertPermission(ctx.actor, "leader:invite");
  const project = await ctx.db.project.findFirst({
    where: { AND: [{ id: projectId }, projectManageWhere(ctx.actor, "leader:invite")] },
    select: { id: true, title: true, wirNumber: true, leaders: { select: { user: { select: { name: true, email: true, active: true, passwordHash: true } } } } },
  });
  if (!project) return null;
  return {
    id: project.id,
    title: project.title,
    wirNumber: project.wirNumber,
    leaders: project.leaders.map((l) => ({ name: l.user.name, email: l.user.email, active: l.user.active, invited: l.user.passwordHash === null })),
  };
}
