import "server-only";
import type { Db } from "../db";
import type { Actor } from "../../domain/actor";
import { sessionExpired, sessionLimits, type SessionClaims } from "../../domain/session-limits";
import { loadActor } from "./actor";

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

/**
 * The actor a session token stands for at `now`, or null: past its absolute or idle limit, from
 * before the user's sessions were ended (sign-out, deactivation, password change or reset), or
 * for an account that is deactivated or has no roles. Checked on every request (session.ts).
 */
export async function actorForSession(db: Db, session: { id?: string } & SessionClaims, now: number = Date.now()): Promise<Actor | null> {
  if (!session.id) return null;
  if (sessionExpired(session, now, sessionLimits())) return null;
  if (!(await sessionIsCurrent(db, session.id, session.epoch))) return null;
  return loadActor(db, session.id);
}
