import "server-only";
import type { Ctx } from "../accounts/session";
import type { Db } from "../db";
import { assertPermission } from "../core/authz";
import { changedFields, writeAudit } from "../core/audit";
import { ConflictError } from "../core/errors";
import { projectForWrite } from "./project";
import { TRAJECT_STAGE, type FundingDecision, type TrajectStage } from "../../domain/results/enums";
import { AUDIT_CONTEXT } from "../../domain/fields";
import type { FinalEvaluationInput, FundingDecisionInput, TrajectStepInput } from "../../domain/results/validation";

/**
 * The traject of a project (a dated step per stage) and its final evaluation. The leader (or WIR)
 * records the stages; the funding decision is the inkoper's (permission funding:record).
 */

const toDate = (s: string) => new Date(`${s}T00:00:00Z`);

type StepData = { date: Date; note: string; fundingDecision?: FundingDecision | null; fundingAmountEuros?: number | null };

async function upsertStep(db: Db, ctx: Ctx, projectId: string, stage: TrajectStage, version: number, data: StepData) {
  const current = await db.trajectStep.findUnique({ where: { projectId_stage: { projectId, stage } } });
  const view = (s: StepData) => ({
    stage: TRAJECT_STAGE.label(stage),
    date: s.date.toISOString().slice(0, 10),
    note: s.note,
    ...(stage === "FUNDING" ? { fundingDecision: s.fundingDecision ?? null, fundingAmountEuros: s.fundingAmountEuros ?? null } : {}),
  });
  if (!current) {
    if (version !== 0) throw new ConflictError();
    const created = await db.trajectStep.create({ data: { projectId, stage, ...data, recordedById: ctx.actor.userId }, select: { id: true, version: true } });
    await writeAudit(db, ctx.actor, { action: "CREATE", entity: "TrajectStep", entityId: created.id, projectId, after: view(data) });
    return created;
  }
  const { count } = await db.trajectStep.updateMany({ where: { id: current.id, version }, data: { ...data, recordedById: ctx.actor.userId, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError();
  const diff = changedFields(view({ ...current, fundingDecision: current.fundingDecision as FundingDecision | null }), view(data), AUDIT_CONTEXT.TrajectStep);
  if (diff) await writeAudit(db, ctx.actor, { action: "UPDATE", entity: "TrajectStep", entityId: current.id, projectId, ...diff });
  return { id: current.id, version: version + 1 };
}

/** The leader (or WIR) records the date a stage began (not the funding decision). */
export async function saveTrajectStep(ctx: Ctx, input: TrajectStepInput) {
  assertPermission(ctx.actor, "project:edit");
  return ctx.db.$transaction(async (tx) => {
    const project = await projectForWrite(tx, ctx, input.projectId, "project:edit");
    return upsertStep(tx, ctx, project.id, input.stage, input.version, { date: toDate(input.date!), note: input.note });
  });
}

/** The inkoper records the zorgkantoor's funding decision for a project in its regions. */
export async function recordFundingDecision(ctx: Ctx, input: FundingDecisionInput) {
  assertPermission(ctx.actor, "funding:record");
  return ctx.db.$transaction(async (tx) => {
    const project = await projectForWrite(tx, ctx, input.projectId, "funding:record");
    return upsertStep(tx, ctx, project.id, "FUNDING", input.version, {
      date: toDate(input.date!),
      note: input.note,
      fundingDecision: input.decision,
      fundingAmountEuros: input.decision === "REFUSED" ? null : input.amountEuros,
    });
  });
}

/** The leader's final evaluation (one per project; saved again to change it). */
export async function saveFinalEvaluation(ctx: Ctx, input: FinalEvaluationInput) {
  assertPermission(ctx.actor, "project:edit");
  const { projectId, version, ...fields } = input;
  return ctx.db.$transaction(async (tx) => {
    const project = await projectForWrite(tx, ctx, projectId, "project:edit");
    const current = await tx.finalEvaluation.findUnique({ where: { projectId: project.id } });
    if (!current) {
      if (version !== 0) throw new ConflictError();
      const created = await tx.finalEvaluation.create({ data: { projectId: project.id, ...fields }, select: { id: true, version: true } });
      await writeAudit(tx, ctx.actor, { action: "CREATE", entity: "FinalEvaluation", entityId: created.id, projectId: project.id, after: fields });
      return created;
    }
    const { count } = await tx.finalEvaluation.updateMany({ where: { id: current.id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    const { id: _id, projectId: _p, version: _v, createdAt: _c, updatedAt: _u, ...before } = current;
    const diff = changedFields(before, fields);
    if (diff) await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "FinalEvaluation", entityId: current.id, projectId: project.id, ...diff });
    return { id: current.id, version: version + 1 };
  });
}
