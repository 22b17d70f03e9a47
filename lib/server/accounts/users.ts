import "server-only";
import type { Ctx } from "./session";
import { assertPermission } from "../core/authz";
import type { Role } from "../../domain/enums";

/** Users with their roles and scope, for the beheerder. Never returns password hashes. */
export async function listUsers(ctx: Ctx) {
  assertPermission(ctx.actor, "user:manage");
  const users = await ctx.db.user.findMany({
    select: {
      id: true,
      name: true,
      email: true,
      active: true,
      lastLoginAt: true,
      passwordHash: true,
      organisation: { select: { name: true } },
      memberships: { select: { role: true, concessiehouder: { select: { name: true } } } },
      _count: { select: { ledProjects: true } },
    },
    orderBy: { name: "asc" },
  });
  return users.map(({ passwordHash, organisation, memberships, _count, ...u }) => ({
    ...u,
    /** invited, no password chosen yet */
    invited: passwordHash === null,
    organisationName: organisation?.name ?? null,
    roles: memberships.map((m) => ({ role: m.role as Role, concessiehouderName: m.concessiehouder?.name ?? null })),
    projectCount: _count.ledProjects,
  }));
}

/** The organisation register with project counts. */
export async function listOrganisations(ctx: Ctx) {
  assertPermission(ctx.actor, "organisation:manage");
  const orgs = await ctx.db.organisation.findMany({
    select: { id: true, name: true, type: true, city: true, status: true, _count: { select: { leadProjects: true, partnerProjects: true } } },
    orderBy: { name: "asc" },
  });
  return orgs.map(({ _count, ...o }) => ({ ...o, leadCount: _count.leadProjects, partnerCount: _count.partnerProjects }));
}

/** The choices of the beheerder's user form: confirmed organisations and supported concessiehouders. */
export async function userFormChoices(ctx: Ctx) {
  assertPermission(ctx.actor, "user:manage");
  const [organisations, concessiehouders] = await Promise.all([
    ctx.db.organisation.findMany({ where: { status: "CONFIRMED" }, select: { id: true, name: true, city: true }, orderBy: { name: "asc" } }),
    ctx.db.concessiehouder.findMany({ select: { id: true, name: true }, orderBy: { reportOrder: "asc" } }),
  ]);
  return {
    organisations: organisations.map((o) => ({ value: o.id, label: o.city ? `${o.name} (${o.city})` : o.name })),
    concessiehouders: concessiehouders.map((c) => ({ value: c.id, label: c.name })),
  };
}
