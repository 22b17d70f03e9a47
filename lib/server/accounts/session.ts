import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options";
import { getDb } from "../db";
import { loadActor } from "./actor";
import { NotAuthenticatedError } from "../core/errors";
import { sessionIsCurrent } from "./sessions";
import { sessionExpired, sessionLimits, type SessionClaims } from "../../domain/session-limits";
import type { Actor } from "../../domain/actor";
import type { PrismaClient } from "../../generated/prisma/client";
import type { Clock } from "../../domain/clock";

/** `clock`: where "now" comes from for scheduling (tests inject one; default the system clock). */
export type Ctx = { db: PrismaClient; actor: Actor; clock?: Clock };

/**
 * The signed-in actor for this request, or null. Read once per request. A session past its
 * absolute or idle limit, or from before the user's sessions were ended (sign-out elsewhere,
 * deactivation, password change), counts as signed out.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user as ({ id?: string } & SessionClaims) | undefined;
  if (!user?.id) return null;
  if (sessionExpired(user, Date.now(), sessionLimits())) return null;
  const { prisma } = await getDb();
  if (!(await sessionIsCurrent(prisma, user.id, user.epoch))) return null;
  return loadActor(prisma, user.id);
});

/** For pages: the context of the signed-in actor, or a redirect to the sign-in page. */
export async function pageCtx(): Promise<Ctx> {
  const actor = await currentActor();
  if (!actor) redirect("/inloggen");
  const { prisma } = await getDb();
  return { db: prisma, actor };
}

/** For server actions and route handlers: the context, or NotAuthenticatedError. */
export async function requestCtx(): Promise<Ctx> {
  const actor = await currentActor();
  if (!actor) throw new NotAuthenticatedError();
  const { prisma } = await getDb();
  return { db: prisma, actor };
}
