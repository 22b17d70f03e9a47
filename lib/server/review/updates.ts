import "server-only";
import * as notifyEvent from "../notifications/events";
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import type { Ctx } from "../accounts/session";
import { assertPermission } from "../core/authz";
import { projectManageWhere } from "../core/scope";
import { changedFields, writeAudit } from "../core/audit";
import { ConflictError, NotFoundError, ValidationError } from "../core/errors";
import { assertPeriodWritable } from "../periods/admin";
import type { UpdateState } from "../../domain/enums";
import { updateTransition } from "../../domain/update-workflow";

/**
 * Review of progress updates by an inkoper (its own concessiehouder's regions) or WIR (all):
 * a SUBMITTED update is approved, or returned to its leader with a comment. Which transitions are
 * allowed is lib/domain/update-workflow.ts, the one table the leader side uses too.
 */
export const reviewSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), id: z.string().min(1).max(60), version: z.coerce.number().int().min(1), comment: z.string().trim().max(4000).optional() }),
  z.object({
    decision: z.literal("return"),
    id: z.string().min(1).max(60),
    version: z.coerce.number().int().min(1),
    comment: z
      .string({ error: "Schrijf erbij wat er moet worden aangepast." })
      .trim()
      .min(3, { error: "Schrijf erbij wat er moet worden aangepast." })
      .max(4000, { error: "Het commentaar is te lang (maximaal 4000 tekens)." }),
  }),
]);
export type ReviewInput = z.infer<typeof reviewSchema>;

/** The fields of a progress update that review and assessment pages show. */
export const updateSelect = {
  id: true,
  state: true,
  status: true,
  progress: true,
  resultsSoFar: true,
  lessonsLearned: true,
  nextSteps: true,
  risks: true,
  careOrgCount: true,
  returnComment: true,
  submittedAt: true,
  reviewedAt: true,
  version: true,
  periodId: true,
  projectId: true,
} as const;

export type ReviewQueueItem = {
  id: string;
  state: UpdateState;
  submittedAt: Date | null;
  version: number;
  project: { id: string; wirNumber: string; title: string; regionName: string };
  period: { code: string; label: string };
};

/** Updates in the actor's scope for a period (default: submitted ones, awaiting review). */
export async function listUpdatesForReview(ctx: Ctx, filter: { periodId: string; states?: UpdateState[] }): Promise<ReviewQueueItem[]> {
  assertPermission(ctx.actor, "update:review");
  const where: Prisma.ProgressUpdateWhereInput = {
    periodId: filter.periodId,
    state: { in: filter.states ?? ["SUBMITTED"] },
    project: projectManageWhere(ctx.actor, "update:review"),
  };
  const rows = await ctx.db.progressUpdate.findMany({
    where,
    select: {
      id: true,
      state: true,
      submittedAt: true,
      version: true,
      project: { select: { id: true, wirNumber: true, title: true, region: { select: { name: true, reportOrder: true } } } },
      period: { select: { code: true, label: true } },
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    state: r.state,
    submittedAt: r.submittedAt,
    version: r.version,
    project: { id: r.project.id, wirNumber: r.project.wirNumber, title: r.project.title, regionName: r.project.region.name },
    period: r.period,
  }));
}

/** One project's update for one period, within the actor's scope; null when there is none. */
export async function getUpdateForReview(ctx: Ctx, projectId: string, periodId: string) {
  assertPermission(ctx.actor, "update:review");
  return ctx.db.progressUpdate.findFirst({
    where: { projectId, periodId, project: projectManageWhere(ctx.actor, "update:review") },
    select: updateSelect,
  });
}

/** Approves or returns a submitted update. The period must be open; the version must match. */
export async function reviewUpdate(ctx: Ctx, input: ReviewInput) {
  assertPermission(ctx.actor, "update:review");
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.progressUpdate.findFirst({
      where: { id: input.id, project: projectManageWhere(ctx.actor, "update:review") },
      select: updateSelect,
    });
    if (!before) throw new NotFoundError("Deze voortgangsupdate bestaat niet of u heeft er geen toegang toe.");
    await assertPeriodWritable(tx, before.periodId);
    if (before.version !== input.version) throw new ConflictError();
    const t = updateTransition(before.state, input.decision, "OPEN"); // assertPeriodWritable: the period is open
    if (!t.ok) throw new ValidationError(t.reason);
    const changed = await tx.progressUpdate.updateMany({
      where: { id: before.id, version: input.version, state: before.state },
      data: {
        state: t.to,
        returnComment: input.decision === "return" ? input.comment : "",
        reviewedAt: new Date(),
        reviewedById: ctx.actor.userId,
        version: { increment: 1 },
      },
    });
    if (changed.count === 0) throw new ConflictError();
    const after = await tx.progressUpdate.findUniqueOrThrow({ where: { id: before.id }, select: updateSelect });
    const diff = changedFields(before, after);
    await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "ProgressUpdate", entityId: after.id, before: diff?.before, after: diff?.after });
    await notifyEvent.updateReviewed(tx, after, input.decision, input.decision === "return" ? input.comment : "", notifyEvent.nowOf(ctx));
    return after;
  });
}
