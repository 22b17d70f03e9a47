import "server-only";
import * as notifyEvent from "../notifications/events";
import type { Ctx } from "../accounts/session";
import { assertPermission, hasPermission } from "../core/authz";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../core/errors";
import { writeAudit } from "../core/audit";
import type { OrganisationType } from "../../domain/enums";
import type { OrganisationProposal } from "../../domain/validation/project";

/**
 * The organisation register as the project form uses it: type-ahead search, proposing a missing
 * organisation (status PROPOSED) and, for the beheerder, confirming a proposal.
 * The register is not confidential: names, types and places of organisations.
 */

export type OrganisationOption = { id: string; name: string; type: OrganisationType; city: string | null; status: "PROPOSED" | "CONFIRMED" };

/** Type-ahead: confirmed organisations plus proposals (shown as such), by name. */
export async function searchOrganisations(ctx: Ctx, q: string, limit = 15): Promise<OrganisationOption[]> {
  if (!hasPermission(ctx.actor, "project:create") && !hasPermission(ctx.actor, "project:edit")) throw new ForbiddenError();
  const needle = q.trim();
  if (needle.length < 2) return [];
  return ctx.db.organisation.findMany({
    where: { OR: [{ name: { contains: needle, mode: "insensitive" } }, { city: { contains: needle, mode: "insensitive" } }] },
    select: { id: true, name: true, type: true, city: true, status: true },
    orderBy: [{ status: "asc" }, { name: "asc" }],
    take: limit,
  });
}

/**
 * A project leader proposes a missing organisation. An organisation with the same name and type
 * (ignoring case) is returned instead of a duplicate. Audited.
 */
export async function proposeOrganisation(ctx: Ctx, input: OrganisationProposal): Promise<OrganisationOption> {
  assertPermission(ctx.actor, "organisation:propose");
  const select = { id: true, name: true, type: true, city: true, status: true } as const;
  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.organisation.findFirst({ where: { name: { equals: input.name, mode: "insensitive" }, type: input.type }, select });
    if (existing) return existing;
    const created = await tx.organisation.create({
      data: { name: input.name, type: input.type, city: input.city || null, status: "PROPOSED", proposedById: ctx.actor.userId },
      select,
    });
    await writeAudit(tx, ctx.actor, { action: "CREATE", entity: "Organisation", entityId: created.id, after: { ...created, id: undefined } });
    await notifyEvent.organisationProposed(tx, created, notifyEvent.nowOf(ctx));
    return created;
  });
}

/** Proposed organisations awaiting the beheerder, with who proposed them. */
export async function listProposedOrganisations(ctx: Ctx) {
  assertPermission(ctx.actor, "organisation:manage");
  const rows = await ctx.db.organisation.findMany({
    where: { status: "PROPOSED" },
    select: { id: true, name: true, type: true, city: true, version: true, createdAt: true, proposedBy: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((o) => ({ ...o, proposedByName: o.proposedBy?.name ?? null }));
}

/** The beheerder confirms a proposed organisation (PROPOSED → CONFIRMED). Audited, version-checked. */
export async function confirmOrganisation(ctx: Ctx, input: { organisationId: string; version: number }): Promise<void> {
  assertPermission(ctx.actor, "organisation:manage");
  await ctx.db.$transaction(async (tx) => {
    const org = await tx.organisation.findUnique({ where: { id: input.organisationId }, select: { status: true } });
    if (!org) throw new NotFoundError("Deze organisatie bestaat niet.");
    if (org.status !== "PROPOSED") throw new ValidationError("Deze organisatie is al bevestigd.");
    const { count } = await tx.organisation.updateMany({
      where: { id: input.organisationId, version: input.version, status: "PROPOSED" },
      data: { status: "CONFIRMED", version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Iemand anders heeft deze organisatie intussen gewijzigd. Laad de pagina opnieuw.");
    await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "Organisation", entityId: input.organisationId, before: { status: "PROPOSED" }, after: { status: "CONFIRMED" } });
  });
}
