import "server-only";
import type { Db } from "../db";
import { dummyPasswordHash, verifyPassword } from "./passwords";
import { writeAudit } from "../core/audit";

/** One message for a wrong e-mail address or password: it does not reveal whether an account exists. */
export const WRONG_CREDENTIALS = "Onjuist e-mailadres of wachtwoord.";
export const LOCKED_OUT = "Te veel mislukte pogingen. Wacht 15 minuten en probeer het dan opnieuw.";

export const THROTTLE = {
  /** failures within the window that lock the key */
  maxFailures: 5,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
} as const;

export type SignInResult = { ok: true; userId: string } | { ok: false; message: string };

function keysFor(email: string, ip: string | null): string[] {
  return [`email:${email}`, ...(ip ? [`ip:${ip}`] : [])];
}

async function isLocked(db: Db, keys: string[], now: Date): Promise<boolean> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  return rows.length > 0;
}

async function recordFailure(db: Db, keys: string[], now: Date): Promise<void> {
  for (const key of keys) {
    const row = await db.loginThrottle.findUnique({ where: { key } });
    const windowOpen = row && now.getTime() - row.firstFailAt.getTime() < THROTTLE.windowMs;
    const failures = windowOpen ? row.failures + 1 : 1;
    const data = {
      failures,
      firstFailAt: windowOpen ? row.firstFailAt : now,
      lockedUntil: failures >= THROTTLE.maxFailures ? new Date(now.getTime() + THROTTLE.lockMs) : null,
    };
    await db.loginThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
  }
}

/**
 * Checks e-mail and password. Failures are counted per e-mail address and per client address;
 * five within 15 minutes lock that key for 15 minutes, whether or not the account exists.
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; ip: string | null },
  now = new Date(),
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const keys = keysFor(email, input.ip);
  if (await isLocked(db, keys, now)) return { ok: false, message: LOCKED_OUT };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !user.active || !valid) {
    await recordFailure(db, keys, now);
    return { ok: false, message: WRONG_CREDENTIALS };
  }
  await db.loginThrottle.deleteMany({ where: { key: `email:${email}` } });
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  await writeAudit(db, { userId: user.id }, { action: "SIGN_IN", entity: "User", entityId: user.id });
  return { ok: true, userId: user.id };
}
