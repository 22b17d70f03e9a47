import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { isNational, type Actor } from "../../domain/actor";
import { can, type Permission } from "../../domain/permissions";

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

/**
 * Projects the actor may see in full and (depending on permission) change. With `permission`,
 * only the actor's roles that grant it count: a user who is both inkoper and projectleider
 * reviews updates in its concessiehouder's regions (inkoper) but edits only the projects it
 * leads (projectleider) — one role's scope never lends another role's permission.
 */
export function projectManageWhere(actor: Actor, permission?: Permission): Prisma.ProjectWhereInput {
  const roles = permission ? actor.roles.filter((role) => can([role], permission)) : actor.roles;
  if (roles.includes("WIR") || roles.includes("BEHEERDER")) return {};
  const or: Prisma.ProjectWhereInput[] = [];
  if (roles.includes("INKOPER") && actor.concessiehouderIds.length > 0) {
    or.push({ lifecycle: { not: "DRAFT" }, region: regionOfConcessiehouders(actor.concessiehouderIds) });
  }
  if (roles.includes("PROJECTLEIDER")) {
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
