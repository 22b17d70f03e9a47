/** Builds actors for lib/server calls in tests, the same way the app does (from the database). */
import type { DbHandle } from "@/lib/server/db/connection";
import { loadActor } from "@/lib/server/accounts/actor";
import { createUser, type MembershipInput } from "@/tests/support/factories";
import type { Actor } from "@/lib/domain/actor";
import type { Ctx } from "@/lib/server/accounts/session";

export async function makeActor(db: DbHandle, memberships: MembershipInput[], extra: { email?: string; name?: string } = {}): Promise<Actor> {
  const user = await createUser(db.prisma, { memberships, ...extra });
  const actor = await loadActor(db.prisma, user.id);
  if (!actor) throw new Error("actor could not be loaded");
  return actor;
}

export function ctxOf(db: DbHandle, actor: Actor): Ctx {
  return { db: db.prisma, actor };
}

export type CastMember = "wir" | "beheer" | "inkoperCz" | "inkoperZk" | "leaderA" | "leaderB";

/**
 * The cast of the scope tests: WIR, a beheerder, the inkopers of CZ (Zeeland) and Zilveren Kruis
 * (Utrecht), and two project leaders.
 */
export async function makeCast(db: DbHandle): Promise<Record<CastMember, Actor>> {
  return {
    wir: await makeActor(db, [{ role: "WIR" }]),
    beheer: await makeActor(db, [{ role: "BEHEERDER" }]),
    inkoperCz: await makeActor(db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]),
    inkoperZk: await makeActor(db, [{ role: "INKOPER", concessiehouderCode: "ZK" }]),
    leaderA: await makeActor(db, [{ role: "PROJECTLEIDER" }]),
    leaderB: await makeActor(db, [{ role: "PROJECTLEIDER" }]),
  };
}
