/**
 * How long a session lives (docs/security.md "Sessions"): an absolute limit from sign-in and an
 * idle limit from the last request. Pure: the proxy and the server both apply it.
 */

export type SessionLimits = { absoluteMs: number; idleMs: number };

/** The claims Regiotafel keeps in the signed session token, besides the user id (`sub`). */
export type SessionClaims = {
  /** the user's session epoch at sign-in; a higher epoch in the database ends the session */
  epoch?: number;
  /** sign-in time, ms since 1970 */
  authAt?: number;
  /** time of the last request, ms since 1970 */
  seenAt?: number;
  /** the next-auth provider the session signed in with ("credentials": e-mail and password; ADR 0011) */
  provider?: string;
};

function positive(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** SESSION_MAX_HOURS (default 12) and SESSION_IDLE_MINUTES (default 30). */
export function sessionLimits(env: Record<string, string | undefined> = process.env): SessionLimits {
  return {
    absoluteMs: positive(env.SESSION_MAX_HOURS, 12) * 3_600_000,
    idleMs: positive(env.SESSION_IDLE_MINUTES, 30) * 60_000,
  };
}

/** A token without the claims (made before they existed) counts as expired. */
export function sessionExpired(claims: SessionClaims, now: number, limits: SessionLimits): boolean {
  if (typeof claims.authAt !== "number" || typeof claims.seenAt !== "number" || typeof claims.epoch !== "number") return true;
  if (now - claims.authAt >= limits.absoluteMs) return true;
  if (now - claims.seenAt >= limits.idleMs) return true;
  return claims.seenAt > now + 60_000 || claims.authAt > now + 60_000;
}

/** The proxy renews `seenAt` at most once a minute, so not every request rewrites the cookie. */
export const SEEN_AT_RESOLUTION_MS = 60_000;

/** Whether the app is served over https (NEXTAUTH_URL): secure cookies, HSTS. */
export function servedOverHttps(env: Record<string, string | undefined> = process.env): boolean {
  return (env.NEXTAUTH_URL ?? "").startsWith("https://");
}

/** next-auth's session cookie: with the `__Secure-` prefix over https. */
export function sessionCookieName(env: Record<string, string | undefined> = process.env): string {
  return `${servedOverHttps(env) ? "__Secure-" : ""}next-auth.session-token`;
}

/** Seconds a session cookie may still live: until the absolute limit from sign-in, at least 1. */
export function sessionCookieMaxAge(authAt: number, now: number, limits: SessionLimits): number {
  return Math.max(1, Math.floor((authAt + limits.absoluteMs - now) / 1000));
}
