import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { authSecret } from "./auth-secret";
import { authOptions } from "./auth-options";
import { clientAddressFromHeaders } from "../core/client-address";
import { getDb } from "../db";
import { ForbiddenError, NotAuthenticatedError } from "../core/errors";
import { actorForSession } from "./sessions";
import { twoFactorSetupPending } from "./two-factor";
import { localSecondFactorApplies, TWO_FACTOR_SETUP_REQUIRED } from "../../domain/two-factor";
import { servedOverHttps, sessionCookieMaxAge, sessionCookieName, sessionLimits, type SessionClaims } from "../../domain/session-limits";
import type { Actor } from "../../domain/actor";
import type { PrismaClient } from "../../generated/prisma/client";
import type { Clock } from "../../domain/clock";

/**
 * `clock`: where "now" comes from for scheduling (tests inject one; default the system clock).
 * `clientAddress`: where the request came from (for the audit log); absent outside requests.
 */
export type Ctx = { db: PrismaClient; actor: Actor; clock?: Clock; clientAddress?: string | null };

/** The client address of the current request (lib/server/core/client-address.ts). */
export async function requestClientAddress(): Promise<string | null> {
  return clientAddressFromHeaders(await headers());
}

/** The actor and how its session signed in (the provider decides whether the local second step applies). */
const currentSignIn = cache(async (): Promise<{ actor: Actor; provider: string | undefined } | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user as ({ id?: string } & SessionClaims) | undefined;
  if (!user?.id) return null;
  const { prisma } = await getDb();
  const actor = await actorForSession(prisma, user);
  return actor ? { actor, provider: user.provider } : null;
});

/**
 * The signed-in actor for this request, or null. Read once per request. A session past its
 * absolute or idle limit, or from before the user's sessions were ended (sign-out elsewhere,
 * deactivation, password change), counts as signed out.
 */
export const currentActor = cache(async (): Promise<Actor | null> => (await currentSignIn())?.actor ?? null);

/**
 * Whether this signed-in actor must still set up two-factor sign-in (REQUIRE_2FA): not for a
 * session from single sign-on, whose identity provider does its own second step (ADR 0011).
 */
async function setupDue(db: PrismaClient, signedIn: { actor: Actor; provider: string | undefined }): Promise<boolean> {
  return localSecondFactorApplies(signedIn.provider) && (await twoFactorSetupPending(db, signedIn.actor));
}

/**
 * `twoFactorSetup`: the page or action serves setting up two-factor sign-in, so it is open to an
 * actor who must set it up first (REQUIRE_2FA, ADR 0011); every other one is not.
 */
export type CtxOptions = { twoFactorSetup?: boolean };

/** The setup page a WIR or beheerder without two-factor sign-in is sent to where it is required. */
export const TWO_FACTOR_SETUP_PATH = "/tweestapsverificatie";

/** For pages: the context of the signed-in actor, or a redirect to the sign-in page (or to the two-factor setup). */
export async function pageCtx(options: CtxOptions = {}): Promise<Ctx> {
  const signedIn = await currentSignIn();
  if (!signedIn) redirect("/inloggen");
  const { prisma } = await getDb();
  if (!options.twoFactorSetup && (await setupDue(prisma, signedIn))) redirect(TWO_FACTOR_SETUP_PATH);
  return { db: prisma, actor: signedIn.actor, clientAddress: await requestClientAddress() };
}

/** For server actions and route handlers: the context, or NotAuthenticatedError (ForbiddenError while two-factor setup is due). */
export async function requestCtx(options: CtxOptions = {}): Promise<Ctx> {
  const signedIn = await currentSignIn();
  if (!signedIn) throw new NotAuthenticatedError();
  const { prisma } = await getDb();
  if (!options.twoFactorSetup && (await setupDue(prisma, signedIn))) throw new ForbiddenError(TWO_FACTOR_SETUP_REQUIRED);
  return { db: prisma, actor: signedIn.actor, clientAddress: await requestClientAddress() };
}

/**
 * After `endAllSessions` for the signed-in user (as when switching on two-factor sign-in): this
 * request's session carries on with the new epoch, every other session of the user has ended.
 * Rewrites the session cookie; for server actions and route handlers only.
 */
export async function keepCurrentSession(userId: string, epoch: number, now: number = Date.now()): Promise<void> {
  const jar = await cookies();
  const name = sessionCookieName();
  const raw = jar.get(name)?.value;
  if (!raw) return;
  const secret = authSecret();
  const token = await decode({ token: raw, secret });
  if (!token || token.sub !== userId || typeof token.authAt !== "number") return;
  const maxAge = sessionCookieMaxAge(token.authAt, now, sessionLimits());
  const value = await encode({ token: { ...token, epoch, seenAt: now }, secret, maxAge });
  jar.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: servedOverHttps(), maxAge });
}
