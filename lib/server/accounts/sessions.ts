import "server-only";
import type { Db } from "../db";

/**
 * Ends every session of a user at once: each session token carries the user's session epoch from
 * sign-in, and a request whose epoch is below the one in the database is signed out
 * (lib/server/accounts/session.ts). Used on sign-out, deactivation and a password change.
 * One atomic UPDATE; returns the new epoch.
 */
export async function endAllSessions(db: Db, userId: string): Promise<number> {
  const updated = await db.user.update({ where: { id: userId }, data: { sessionEpoch: { increment: 1 } }, select: { sessionEpoch: true } });
  return updated.sessionEpoch;
}

/** The epoch a new session starts with. */
export async function currentSessionEpoch(db: Db, userId: string): Promise<number | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionEpoch: true } });
  return user?.sessionEpoch ?? null;
}

/** Whether a token with this epoch may still act for the user. */
export async function sessionIsCurrent(db: Db, userId: string, epoch: number | undefined): Promise<boolean> {
  if (typeof epoch !== "number") return false;
  return (await currentSessionEpoch(db, userId)) === epoch;
}
