import "server-only";
import { cache } from "react";
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db";
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

/**
 * The same scopes as SQL conditions on a project aliased `p`, for the queries that filter, sort
 * and page in one SQL statement (the project lists, lib/server/projects/list.ts). They mirror
 * projectManageWhere / projectReadWhere exactly; tests/integration/project-list.test.ts checks
 * that both give the same projects for every kind of actor.
 */
export function projectManageSql(actor: Actor, permission?: Permission): Prisma.Sql {
  const roles = permission ? actor.roles.filter((role) => can([role], permission)) : actor.roles;
  if (roles.includes("WIR") || roles.includes("BEHEERDER")) return Prisma.sql`TRUE`;
  const or: Prisma.Sql[] = [];
  if (roles.includes("INKOPER") && actor.concessiehouderIds.length > 0) {
    or.push(Prisma.sql`(p."lifecycle" <> 'DRAFT' AND EXISTS (
      SELECT 1 FROM "Region" sr JOIN "ConcessionAssignment" sa ON sa."zorgkantoorregioId" = sr."zorgkantoorregioId"
      WHERE sr."id" = p."regionId" AND sa."validTo" IS NULL AND sa."concessiehouderId" = ANY(${[...actor.concessiehouderIds]}::text[])))`);
  }
  if (roles.includes("PROJECTLEIDER")) {
    or.push(Prisma.sql`EXISTS (SELECT 1 FROM "ProjectLeader" sl WHERE sl."projectId" = p."id" AND sl."userId" = ${actor.userId})`);
  }
  return or.length ? Prisma.sql`(${Prisma.join(or, " OR ")})` : Prisma.sql`FALSE`;
}

/** SQL twin of projectReadWhere: the actor's scope plus published (public, active) cards. */
export function projectReadSql(actor: Actor): Prisma.Sql {
  if (isNational(actor)) return Prisma.sql`TRUE`;
  return Prisma.sql`(${projectManageSql(actor)} OR (p."isPublic" AND p."lifecycle" = 'ACTIVE'))`;
}

/** One map per request (React's cache; outside a page render, such as in actions, a fresh map each call). */
const scopeChecks = cache((_db: Db) => new Map<string, Promise<boolean>>());

/**
 * Whether the project lies in the actor's manage scope for `permission` (see projectManageWhere).
 * A page asks this for several permissions whose scopes are mostly the same (a WIR's are all
 * national): within one page render each distinct scope is counted once.
 */
export function inManageScope(ctx: { db: Db; actor: Actor }, projectId: string, permission?: Permission): Promise<boolean> {
  const where = projectManageWhere(ctx.actor, permission);
  const key = `${ctx.actor.userId} ${projectId} ${JSON.stringify(where)}`;
  const checks = scopeChecks(ctx.db);
  let check = checks.get(key);
  if (!check) {
    check = ctx.db.project.count({ where: { AND: [{ id: projectId }, where] } }).then((n) => n > 0);
    checks.set(key, check);
  }
  return check;
}
