import "server-only";
import type { Ctx } from "../accounts/session";
import { assertPermission, hasPermission } from "../core/authz";
import { inManageScope, projectManageWhere } from "../core/scope";
import { ConflictError, NotFoundError, ValidationError } from "../core/errors";
import { writeAudit } from "../core/audit";
import type { PublishCardInput, WithdrawCardInput } from "../../domain/projectenbank/publication";

/**
 * Publishing a project card in the public Projectenbank (its leader, after the checklist) and
 * withdrawing it (WIR nationally, an inkoper in its regions), audited and version-checked.
 */

const NOT_YOURS = "Dit project bestaat niet of u mag de publicatie ervan niet wijzigen.";

export type PublicationState = { id: string; version: number; isPublic: boolean };

export async function publishCard(ctx: Ctx, input: PublishCardInput): Promise<PublicationState> {
  assertPermission(ctx.actor, "card:publish");
  return ctx.db.$transaction(async (tx) => {
    const current = await tx.project.findFirst({
      where: { AND: [{ id: input.projectId }, projectManageWhere(ctx.actor, "card:publish")] },
      select: { id: true, lifecycle: true, isPublic: true, goal: true, description: true, contacts: { select: { id: true, name: true, publicConsent: true } } },
    });
    if (!current) throw new NotFoundError(NOT_YOURS);
    if (current.lifecycle !== "ACTIVE") throw new ValidationError("Alleen een ingediend, actief project kan worden gepubliceerd.");
    if (current.isPublic) throw new ValidationError("Deze projectkaart is al gepubliceerd.");
    if (!current.goal.trim() || !current.description.trim()) throw new ValidationError("Vul eerst het doel en de beschrijving in.");
    const known = new Set(current.contacts.map((c) => c.id));
    if (input.publicContactIds.some((cid) => !known.has(cid))) throw new ValidationError("Kies contactpersonen van dit project.", { publicContactIds: ["Kies contactpersonen van dit project."] });
    const now = new Date();
    const { count } = await tx.project.updateMany({
      where: { id: input.projectId, version: input.version, isPublic: false },
      data: { isPublic: true, publishedAt: now, publishedById: ctx.actor.userId, withdrawnAt: null, withdrawnById: null, withdrawnReason: "", version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const shown = new Set(input.publicContactIds);
    for (const c of current.contacts) {
      if (c.publicConsent !== shown.has(c.id)) await tx.contactPerson.update({ where: { id: c.id }, data: { publicConsent: shown.has(c.id) } });
    }
    await writeAudit(tx, ctx.actor, {
      action: "UPDATE",
      entity: "Project",
      entityId: input.projectId,
      before: { isPublic: false, publicContacts: current.contacts.filter((c) => c.publicConsent).map((c) => c.name) },
      after: { isPublic: true, publicContacts: current.contacts.filter((c) => shown.has(c.id)).map((c) => c.name), checklist: "geen cliëntgegevens; contactpersonen akkoord" },
    });
    return tx.project.findUniqueOrThrow({ where: { id: input.projectId }, select: { id: true, version: true, isPublic: true } });
  });
}

export async function withdrawCard(ctx: Ctx, input: WithdrawCardInput): Promise<PublicationState> {
  assertPermission(ctx.actor, "card:withdraw");
  return ctx.db.$transaction(async (tx) => {
    const current = await tx.project.findFirst({
      where: { AND: [{ id: input.projectId }, projectManageWhere(ctx.actor, "card:withdraw")] },
      select: { id: true, isPublic: true },
    });
    if (!current) throw new NotFoundError(NOT_YOURS);
    if (!current.isPublic) throw new ValidationError("Deze projectkaart is niet gepubliceerd.");
    const { count } = await tx.project.updateMany({
      where: { id: input.projectId, version: input.version, isPublic: true },
      data: { isPublic: false, withdrawnAt: new Date(), withdrawnById: ctx.actor.userId, withdrawnReason: input.reason, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "Project", entityId: input.projectId, before: { isPublic: true }, after: { isPublic: false, withdrawnReason: input.reason } });
    return tx.project.findUniqueOrThrow({ where: { id: input.projectId }, select: { id: true, version: true, isPublic: true } });
  });
}

/** What the publication panel on the project page needs, or null when the actor may do nothing. */
export async function publicationPanel(ctx: Ctx, projectId: string) {
  const canPublish = hasPermission(ctx.actor, "card:publish") && (await inManageScope(ctx, projectId, "card:publish"));
  const canWithdraw = hasPermission(ctx.actor, "card:withdraw") && (await inManageScope(ctx, projectId, "card:withdraw"));
  if (!canPublish && !canWithdraw) return null;
  const p = await ctx.db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      id: true,
      wirNumber: true,
      title: true,
      version: true,
      lifecycle: true,
      isPublic: true,
      publishedAt: true,
      withdrawnAt: true,
      withdrawnReason: true,
      contacts: { select: { id: true, name: true, role: true, publicConsent: true }, orderBy: { position: "asc" } },
    },
  });
  return { ...p, canPublish, canWithdraw };
}
export type PublicationPanelData = NonNullable<Awaited<ReturnType<typeof publicationPanel>>>;
