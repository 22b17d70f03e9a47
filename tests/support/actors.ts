/** Builds actors for lib/server calls in tests, the same way the app does (from the database). */
import { beforeAll } from "vitest";
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

/** The usual test actors by name: the memberships each is made with (every actor a new user). */
const MEMBERSHIPS = {
  wir: [{ role: "WIR" }],
  beheer: [{ role: "BEHEERDER" }],
  inkoperCz: [{ role: "INKOPER", concessiehouderCode: "CZ" }],
  inkoperZk: [{ role: "INKOPER", concessiehouderCode: "ZK" }],
  leader: [{ role: "PROJECTLEIDER" }],
  leaderA: [{ role: "PROJECTLEIDER" }],
  leaderB: [{ role: "PROJECTLEIDER" }],
} satisfies Record<string, MembershipInput[]>;
export type ActorName = keyof typeof MEMBERSHIPS;

/** One new actor per name, made in the order given. */
export async function makeActors<N extends ActorName>(db: DbHandle, names: readonly N[]): Promise<Record<N, Actor>> {
  const actors = {} as Record<N, Actor>;
  for (const name of names) actors[name] = await makeActor(db, MEMBERSHIPS[name]);
  return actors;
}

/**
 * Registers a beforeAll that makes the named actors in the suite's database (after the hooks
 * registered before it, such as seeding); returns the record they are put in.
 */
export function useActors<N extends ActorName>(t: { readonly db: DbHandle }, names: readonly N[]): Readonly<Record<N, Actor>> {
  const actors = {} as Record<N, Actor>;
  beforeAll(async () => {
    Object.assign(actors, await makeActors(t.db, names));
  });
  return actors;
}

export type CastMember = "wir" | "beheer" | "inkoperCz" | "inkoperZk" | "leaderA" | "leaderB";

/**
 * The cast of the scope tests: WIR, a beheerder, the inkopers of CZ (Zeeland) and Zilveren Kruis
 * (Utrecht), and two project leaders.
 */
export async function makeCast(db: DbHandle): Promise<Record<CastMember, Actor>> {
  return makeActors(db, ["wir", "beheer", "inkoperCz", "inkoperZk", "leaderA", "leaderB"]);
}
