import "server-only";
import crypto from "node:crypto";
import type { Db } from "../db";
import { appUrl } from "../mail/config";

export type TokenPurpose = "INVITATION" | "PASSWORD_RESET";

/** How long a link works: an invitation a day, a reset an hour (ASVS 2.5: short-lived). */
export const TOKEN_VALIDITY_MS: Readonly<Record<TokenPurpose, number>> = {
  INVITATION: 24 * 60 * 60_000,
  PASSWORD_RESET: 60 * 60_000,
};

/** Only this hash is stored: a copy of the database does not hand out working links. */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

export function setPasswordUrl(token: string): string {
  return appUrl(`/wachtwoord-instellen?token=${encodeURIComponent(token)}`);
}

/**
 * Issues a one-time link for `userId` (256 random bits). Older unused links of the same purpose
 * stop working, so only the newest invitation or reset link is valid.
 */
export async function issueAccountToken(
  db: Db,
  input: { userId: string; purpose: TokenPurpose; createdById: string | null },
  now: Date,
): Promise<{ id: string; token: string; url: string; expiresAt: Date }> {
  await db.accountToken.deleteMany({ where: { userId: input.userId, purpose: input.purpose, usedAt: null } });
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_VALIDITY_MS[input.purpose]);
  const row = await db.accountToken.create({
    data: { userId: input.userId, purpose: input.purpose, tokenHash: hashToken(token), expiresAt, createdById: input.createdById },
    select: { id: true },
  });
  return { id: row.id, token, url: setPasswordUrl(token), expiresAt };
}

/** What the set-password page shows for a link: whose it is, or that it no longer works. */
export async function describeAccountToken(db: Db, token: string, now: Date = new Date()) {
  const row = await db.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, expiresAt: true, usedAt: true, user: { select: { email: true, name: true, active: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now || !row.user.active) return null;
  return { purpose: row.purpose as TokenPurpose, email: row.user.email, name: row.user.name };
}

/**
 * Uses a link once: marks it used in one conditional UPDATE (two tabs racing cannot both use it)
 * and returns its user, or null when it is unknown, used or expired.
 */
export async function consumeAccountToken(db: Db, token: string, now: Date): Promise<{ id: string; userId: string; purpose: TokenPurpose } | null> {
  const tokenHash = hashToken(token);
  const { count } = await db.accountToken.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (count !== 1) return null;
  const row = await db.accountToken.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, userId: true, purpose: true } });
  return { id: row.id, userId: row.userId, purpose: row.purpose as TokenPurpose };
}
