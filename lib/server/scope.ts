import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { isNational, type Actor } from "../domain/actor";

/**
 * Scope is applied in every query through these `where` fragments. There are two levels:
 * - read: what the actor may open (its own scope, plus projects published for knowledge sharing);
 * - manage: what the actor may change or see non-public details of (period records, updates,
 *   history): its own scope only.
 */

/** Regions whose zorgkantoorregio is currently held by one of the actor's concessiehouders. */
export function regionOfConcessiehouders(ids: readonly string[]): Prisma.RegionWhereInput {
  return {
    zorgkantoorregio: {
      assignments: { some: { concessiehouderId: { in: [...ids] }, validTo: null } },
    },
  };
}

/** Projects the actor may see in full and (depending on permission) change. */
export function projectManageWhere(actor: Actor): Prisma.ProjectWhereInput {
  if (isNational(actor)) return {};
  const or: Prisma.ProjectWhereInput[] = [];
  if (actor.roles.includes("INKOPER") && actor.concessiehouderIds.length > 0) {
    or.push({ lifecycle: { not: "DRAFT" }, region: regionOfConcessiehouders(actor.concessiehouderIds) });
  }
  if (actor.roles.includes("PROJECTLEIDER")) {
    or.push({ leaders: { some: { userId: actor.userId } } });
  }
  return or.length ? { OR: or } : { id: { in: [] } };
}

/** Projects the actor may open: its scope plus published (public, active) project cards. */
export function projectReadWhere(actor: Actor): Prisma.ProjectWhereInput {
  if (isNational(actor)) return {};
  return { OR: [projectManageWhere(actor), { isPublic: true, lifecycle: "ACTIVE" }] };
}

/** Regions whose non-public data (scores, notes) the actor may see. */
export function regionManageWhere(actor: Actor): Prisma.RegionWhereInput {
  if (isNational(actor)) return {};
  if (actor.roles.includes("INKOPER") && actor.concessiehouderIds.length > 0) {
    return regionOfConcessiehouders(actor.concessiehouderIds);
  }
  return { id: { in: [] } };
}
