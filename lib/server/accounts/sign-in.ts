import "server-only";
import type { Db } from "../db";
import { dummyPasswordHash, verifyPassword } from "./passwords";
import { writeAudit } from "../core/audit";
import { endAllSessions } from "./sessions";
import { utc } from "../jobs/sql";
import { Prisma } from "../../generated/prisma/client";
import { lockSecondsTable, SIGN_IN_THROTTLE } from "../../domain/sign-in-throttle";
import { TWO_FACTOR_REQUIRED, TWO_FACTOR_WRONG } from "../../domain/two-factor";
import { consumeSecondFactor } from "./two-factor";

/** One message for a wrong e-mail address or password: it does not reveal whether an account exists. */
export const WRONG_CREDENTIALS = "Onjuist e-mailadres of wachtwoord.";
export const LOCKED_OUT = "Te veel mislukte pogingen. Wacht een paar minuten en probeer het dan opnieuw.";

export type SignInResult = { ok: true; userId: string } | { ok: false; message: string };

function keysFor(email: string, ip: string | null): string[] {
  return [`email:${email}`, ...(ip ? [`ip:${ip}`] : [])];
}

/**
 * Counts this attempt for every key before the password is checked, in one atomic statement (no
 * read-then-write: parallel attempts each get their own count). A key that is locked is not
 * counted and not returned. A count is forgotten an hour after its last failure. Returns whether
 * any key was locked.
 */
export async function claimAttempt(db: Db, keys: string[], now: Date): Promise<boolean> {
  const at = utc(now);
  const table = lockSecondsTable();
  const forgotten = Prisma.sql`t."lastFailAt" <= ${at} - make_interval(secs => ${SIGN_IN_THROTTLE.forgetAfterMs / 1000})`;
  const next = Prisma.sql`(CASE WHEN ${forgotten} THEN 1 ELSE t."failures" + 1 END)`;
  const counted = await db.$queryRaw<{ key: string }[]>`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "firstFailAt", "lastFailAt", "lockedUntil")
    SELECT k, 1, ${at}, ${at}, NULL FROM unnest(${keys}::text[]) AS k
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = ${next},
      "firstFailAt" = CASE WHEN ${forgotten} THEN ${at} ELSE t."firstFailAt" END,
      "lastFailAt" = ${at},
      "lockedUntil" = CASE WHEN (${table}::int[])[LEAST(${next}, ${table.length})] > 0
                           THEN ${at} + make_interval(secs => (${table}::int[])[LEAST(${next}, ${table.length})])
                           ELSE NULL END
    WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= ${at}
    RETURNING t."key"`;
  return counted.length < keys.length;
}

/**
 * A successful sign-in takes its attempt back: the account's count is forgotten; the address's
 * count goes down by one (an address that guessed before keeps the rest of its count).
 */
async function settleSuccess(db: Db, email: string, ip: string | null): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: `email:${email}` } });
  if (!ip) return;
  await db.$executeRaw`
    UPDATE "LoginThrottle" SET
      "failures" = GREATEST("failures" - 1, 0),
      "lockedUntil" = CASE WHEN "failures" - 1 >= ${SIGN_IN_THROTTLE.freeFailures} THEN "lockedUntil" ELSE NULL END
    WHERE "key" = ${`ip:${ip}`}`;
}

/** Forgets the counts of these keys (a right code on the account page). */
export async function forgetAttempts(db: Db, keys: string[]): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: { in: keys } } });
}

/**
 * Takes this attempt back without forgetting earlier failures: the password was right and the
 * form now asks for the code. (Forgetting here would let someone who knows the password reset the
 * count of wrong codes.)
 */
async function takeBackAttempt(db: Db, keys: string[]): Promise<void> {
  await db.$executeRaw`
    UPDATE "LoginThrottle" SET
      "failures" = GREATEST("failures" - 1, 0),
      "lockedUntil" = CASE WHEN "failures" - 1 >= ${SIGN_IN_THROTTLE.freeFailures} THEN "lockedUntil" ELSE NULL END
    WHERE "key" = ANY(${keys}::text[])`;
}

/** Removes counts an hour past their last failure whose lock has passed (the housekeeping job). */
export async function pruneLoginThrottle(db: Db, now: Date): Promise<number> {
  const at = utc(now);
  return db.$executeRaw`
    DELETE FROM "LoginThrottle"
    WHERE "lastFailAt" <= ${at} - make_interval(secs => ${SIGN_IN_THROTTLE.forgetAfterMs / 1000})
      AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${at})`;
}

/**
 * Checks e-mail and password, and for an account with two-factor sign-in the code from the app or
 * a recovery code (`code`): without one the answer is TWO_FACTOR_REQUIRED (so the form asks for
 * it; this reveals that the password was right, inherent in a second step), a wrong or reused one
 * TWO_FACTOR_WRONG. Attempts are counted per e-mail address and per client address, whether or not
 * the account exists; from the fifth failure on a key is locked for a time that doubles up to 15
 * minutes (lib/domain/sign-in-throttle.ts). A wrong code counts like a wrong password.
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; code?: string | null; ip: string | null },
  now = new Date(),
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const keys = keysFor(email, input.ip);
  if (await claimAttempt(db, keys, now)) {
    const known = await db.user.findUnique({ where: { email }, select: { id: true } });
    await auditFailure(db, known?.id ?? null, "te veel mislukte pogingen", input.ip);
    return { ok: false, message: LOCKED_OUT };
  }

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true, totpEnabledAt: true } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !user.active || !valid) {
    await auditFailure(db, user?.id ?? null, !user ? "onbekend e-mailadres" : !user.active ? "account gedeactiveerd" : user.passwordHash ? "onjuist wachtwoord" : "nog geen wachtwoord ingesteld", input.ip);
    return { ok: false, message: WRONG_CREDENTIALS };
  }
  let secondFactor: "app" | "herstelcode" | null = null;
  if (user.totpEnabledAt) {
    if (!input.code?.trim()) {
      await takeBackAttempt(db, keys);
      return { ok: false, message: TWO_FACTOR_REQUIRED };
    }
    secondFactor = await consumeSecondFactor(db, user.id, input.code, now);
    if (!secondFactor) {
      await auditFailure(db, user.id, "onjuiste of gebruikte code (tweestapsverificatie)", input.ip);
      return { ok: false, message: TWO_FACTOR_WRONG };
    }
  }
  await settleSuccess(db, email, input.ip);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  await writeAudit(db, { userId: user.id }, {
    action: "SIGN_IN",
    entity: "User",
    entityId: user.id,
    ...(secondFactor ? { after: { tweestapsverificatie: secondFactor } } : {}),
    clientAddress: input.ip,
  });
  return { ok: true, userId: user.id };
}

/**
 * Audits a refused sign-in for the beheerder (the person only ever sees WRONG_CREDENTIALS,
 * TWO_FACTOR_WRONG or LOCKED_OUT). The row names the account when there is one; for an unknown address it keeps
 * no text that was typed (it might be a password typed in the wrong field).
 */
async function auditFailure(db: Db, userId: string | null, reason: string, ip: string | null): Promise<void> {
  await writeAudit(db, null, { action: "SIGN_IN_FAILED", entity: "User", entityId: userId ?? "onbekend", after: { reden: reason }, clientAddress: ip });
}

/**
 * Sign-out: ends every session of the user (the token, if kept or copied, no longer works) and
 * audits it. Called by next-auth's signOut event.
 */
export async function signOut(db: Db, userId: string, clientAddress: string | null): Promise<void> {
  await endAllSessions(db, userId);
  await writeAudit(db, { userId }, { action: "SIGN_OUT", entity: "User", entityId: userId, clientAddress });
}
