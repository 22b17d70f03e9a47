import "server-only";
import type { Ctx } from "../accounts/session";
import type { Db } from "../db";
import type { Prisma } from "../../generated/prisma/client";
import { assertPermission, hasPermission } from "../core/authz";
import { inManageScope, projectManageWhere, projectReadWhere } from "../core/scope";
import { changedFields, writeAudit } from "../core/audit";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../core/errors";
import { assertPeriodWritable } from "../periods/admin";
import { findRunningPeriod } from "../periods/read";
import { leaderCanEdit, type UpdateProgress } from "../../domain/update-workflow";
import { currentStage, isStalled, onTrack, type IndicatorSeries } from "../../domain/results/compute";
import { finalEvaluationContent, unitValueProblem, type FinalEvaluationContent, type FundingDecision, type IndicatorDirection, type IndicatorUnit, type TrajectStage } from "../../domain/results/enums";
import { AUDIT_CONTEXT } from "../../domain/fields";
import type { MeasurementsInput, ProjectIndicatorInput } from "../../domain/results/validation";

/**
 * A project's results: its indicators (baseline, target, measurements per period), its traject
 * and its final evaluation. Reads and writes stay in the actor's manage scope (as updates and
 * assessments do); the final evaluation is part of the project card and readable with it.
 */

const NOT_FOUND = "Dit project bestaat niet of u mag het niet wijzigen.";
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const toDate = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);

export type ProjectIndicatorView = {
  id: string;
  version: number;
  indicator: { id: string; code: string; name: string; definition: string; unit: IndicatorUnit; direction: IndicatorDirection; own: boolean };
  baseline: { value: number; date: string | null; method: string } | null;
  target: { value: number; date: string | null } | null;
  measurements: { periodCode: string; periodLabel: string; peildatum: string; value: number; note: string }[];
  onTrack: boolean | null;
};

export type TrajectStepView = { stage: TrajectStage; date: string; note: string; fundingDecision: FundingDecision | null; fundingAmountEuros: number | null; version: number };

export type FinalEvaluationView = FinalEvaluationContent & { version: number; updatedAt: Date };

export const indicatorSelect = {
  id: true,
  version: true,
  baselineValue: true,
  baselineDate: true,
  baselineMethod: true,
  targetValue: true,
  targetDate: true,
  indicator: { select: { id: true, code: true, name: true, definition: true, unit: true, direction: true, ownerProjectId: true } },
  measurements: {
    select: { value: true, note: true, period: { select: { code: true, label: true, peildatum: true } } },
    orderBy: { period: { peildatum: "asc" } },
  },
} satisfies Prisma.ProjectIndicatorSelect;

type IndicatorRow = Prisma.ProjectIndicatorGetPayload<{ select: typeof indicatorSelect }>;

export function indicatorView(r: IndicatorRow, today: string): ProjectIndicatorView {
  const view: ProjectIndicatorView = {
    id: r.id,
    version: r.version,
    indicator: {
      id: r.indicator.id,
      code: r.indicator.code,
      name: r.indicator.name,
      definition: r.indicator.definition,
      unit: r.indicator.unit as IndicatorUnit,
      direction: r.indicator.direction as IndicatorDirection,
      own: r.indicator.ownerProjectId !== null,
    },
    baseline: r.baselineValue === null ? null : { value: r.baselineValue, date: day(r.baselineDate), method: r.baselineMethod },
    target: r.targetValue === null ? null : { value: r.targetValue, date: day(r.targetDate) },
    measurements: r.measurements.map((m) => ({ periodCode: m.period.code, periodLabel: m.period.label, peildatum: day(m.period.peildatum)!, value: m.value, note: m.note })),
    onTrack: null,
  };
  view.onTrack = onTrack(toSeries("", view), today);
  return view;
}

export function toSeries(projectId: string, v: Pick<ProjectIndicatorView, "indicator" | "baseline" | "target" | "measurements">): IndicatorSeries {
  return {
    projectId,
    indicatorCode: v.indicator.code,
    direction: v.indicator.direction,
    baseline: v.baseline,
    target: v.target,
    measurements: v.measurements.map((m) => ({ peildatum: m.peildatum, value: m.value })),
  };
}

function evaluationView(e: { version: number; resultsSummary: string; successFactors: string[]; barriers: string[]; factorsNote: string; borgingPlan: string; transferable: string | null; transferNote: string; updatedAt: Date } | null): FinalEvaluationView | null {
  if (!e) return null;
  return { ...finalEvaluationContent(e), version: e.version, updatedAt: e.updatedAt };
}

/** Everything the project page shows of results. `null` parts: outside the actor's manage scope. */
export async function getProjectResults(ctx: Ctx, projectId: string) {
  assertPermission(ctx.actor, "project:read");
  const readable = await ctx.db.project.findFirst({
    where: { AND: [{ id: projectId }, projectReadWhere(ctx.actor)] },
    select: { id: true, lifecycle: true, finalEvaluation: true },
  });
  if (!readable) throw new NotFoundError();
  const finalEvaluation = evaluationView(readable.finalEvaluation);
  const inScope = await inManageScope(ctx, projectId);
  if (!inScope) return { inScope: false as const, finalEvaluation };
  const today = new Date().toISOString().slice(0, 10);
  const [indicators, steps] = await Promise.all([
    ctx.db.projectIndicator.findMany({ where: { projectId }, select: indicatorSelect, orderBy: [{ indicator: { ownerProjectId: { sort: "asc", nulls: "first" } } }, { indicator: { name: "asc" } }] }),
    ctx.db.trajectStep.findMany({ where: { projectId }, select: { stage: true, date: true, note: true, fundingDecision: true, fundingAmountEuros: true, version: true } }),
  ]);
  const traject: TrajectStepView[] = steps
    .map((s) => ({ ...s, stage: s.stage as TrajectStage, date: day(s.date)!, fundingDecision: s.fundingDecision as FundingDecision | null }))
    .sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
  const current = currentStage(traject, today);
  const editable = readable.lifecycle !== "ARCHIVED";
  const canEdit = editable && hasPermission(ctx.actor, "project:edit") && (await inManageScope(ctx, projectId, "project:edit"));
  const canRecordFunding = editable && hasPermission(ctx.actor, "funding:record") && (await inManageScope(ctx, projectId, "funding:record"));
  return {
    inScope: true as const,
    finalEvaluation,
    indicators: indicators.map((r) => indicatorView(r, today)),
    traject,
    current: current ? { ...current, stalled: isStalled(current) } : null,
    canEdit,
    canRecordFunding,
  };
}
export type ProjectResults = Awaited<ReturnType<typeof getProjectResults>>;

/** The project, in the actor's manage scope for `permission`, and not archived; else an error. */
export async function projectForWrite(db: Db, ctx: Ctx, projectId: string, permission: "project:edit" | "funding:record" | "update:submit") {
  const p = await db.project.findFirst({
    where: { AND: [{ id: projectId }, projectManageWhere(ctx.actor, permission)] },
    select: { id: true, wirNumber: true, lifecycle: true },
  });
  if (!p) throw new NotFoundError(NOT_FOUND);
  if (p.lifecycle === "ARCHIVED") throw new ForbiddenError("Dit project is gearchiveerd en kan niet meer worden gewijzigd.");
  return p;
}

function valueErrors(unit: IndicatorUnit, values: Record<string, number | null>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const [field, value] of Object.entries(values)) {
    if (value === null) continue;
    const problem = unitValueProblem(unit, value);
    if (problem) errors[field] = [problem];
  }
  return errors;
}

function auditOfProjectIndicator(name: string, v: { baselineValue: number | null; baselineDate: Date | string | null; baselineMethod: string; targetValue: number | null; targetDate: Date | string | null }) {
  const d = (x: Date | string | null) => (x instanceof Date ? day(x) : x);
  return { indicator: name, baselineValue: v.baselineValue, baselineDate: d(v.baselineDate), baselineMethod: v.baselineMethod, targetValue: v.targetValue, targetDate: d(v.targetDate) };
}

/**
 * The leader (or WIR) adds an indicator to a project — from the library or its own — or changes
 * its baseline and target. Values are checked against the indicator's unit.
 */
export async function saveProjectIndicator(ctx: Ctx, input: ProjectIndicatorInput): Promise<{ id: string; version: number }> {
  assertPermission(ctx.actor, "project:edit");
  const values = {
    baselineValue: input.baselineValue,
    baselineDate: toDate(input.baselineDate),
    baselineMethod: input.baselineMethod,
    targetValue: input.targetValue,
    targetDate: toDate(input.targetDate),
  };
  return ctx.db.$transaction(async (tx) => {
      const project = await projectForWrite(tx, ctx, input.projectId, "project:edit");
      if (input.projectIndicatorId) {
        const current = await tx.projectIndicator.findFirst({
          where: { id: input.projectIndicatorId, projectId: project.id },
          include: { indicator: { select: { name: true, unit: true } } },
        });
        if (!current) throw new NotFoundError("Deze indicator hoort niet bij dit project.");
        const errors = valueErrors(current.indicator.unit as IndicatorUnit, { baselineValue: input.baselineValue, targetValue: input.targetValue });
        if (Object.keys(errors).length) throw new ValidationError("Niet alles is goed ingevuld. Bekijk de meldingen bij de velden.", errors);
        const { count } = await tx.projectIndicator.updateMany({ where: { id: current.id, version: input.version }, data: { ...values, version: { increment: 1 } } });
        if (count === 0) throw new ConflictError();
        const diff = changedFields(auditOfProjectIndicator(current.indicator.name, current), auditOfProjectIndicator(current.indicator.name, values), AUDIT_CONTEXT.ProjectIndicator);
        if (diff) await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "ProjectIndicator", entityId: current.id, projectId: project.id, ...diff });
        return { id: current.id, version: input.version + 1 };
      }
      let indicator: { id: string; name: string; unit: string };
      if (input.source === "library") {
        const found = await tx.indicator.findFirst({ where: { id: input.indicatorId, ownerProjectId: null, active: true }, select: { id: true, name: true, unit: true } });
        if (!found) throw new ValidationError("Kies een indicator uit de bibliotheek.", { indicatorId: ["Kies een indicator uit de bibliotheek."] });
        if (await tx.projectIndicator.count({ where: { projectId: project.id, indicatorId: found.id } })) {
          throw new ValidationError("Dit project meet deze indicator al.", { indicatorId: ["Dit project meet deze indicator al; pas daar de nulmeting of streefwaarde aan."] });
        }
        indicator = found;
      } else {
        const unit = input.ownUnit as IndicatorUnit;
        const errors = valueErrors(unit, { baselineValue: input.baselineValue, targetValue: input.targetValue });
        if (Object.keys(errors).length) throw new ValidationError("Niet alles is goed ingevuld. Bekijk de meldingen bij de velden.", errors);
        const n = (await tx.indicator.count({ where: { ownerProjectId: project.id } })) + 1;
        indicator = await tx.indicator.create({
          data: {
            code: `EIGEN-${project.wirNumber}-${n}`,
            name: input.ownName,
            definition: input.ownDefinition,
            unit,
            direction: input.ownDirection as IndicatorDirection,
            ownerProjectId: project.id,
          },
          select: { id: true, name: true, unit: true },
        });
        await writeAudit(tx, ctx.actor, { action: "CREATE", entity: "Indicator", entityId: indicator.id, after: { name: input.ownName, unit, direction: input.ownDirection, project: project.wirNumber } });
      }
      const errors = valueErrors(indicator.unit as IndicatorUnit, { baselineValue: input.baselineValue, targetValue: input.targetValue });
      if (Object.keys(errors).length) throw new ValidationError("Niet alles is goed ingevuld. Bekijk de meldingen bij de velden.", errors);
      const created = await tx.projectIndicator.create({ data: { projectId: project.id, indicatorId: indicator.id, ...values }, select: { id: true, version: true } });
      await writeAudit(tx, ctx.actor, { action: "CREATE", entity: "ProjectIndicator", entityId: created.id, projectId: project.id, after: auditOfProjectIndicator(indicator.name, values) });
      return created;
  });
}

/** Removes an indicator from a project, only while nothing was measured yet (history stays). */
export async function removeProjectIndicator(ctx: Ctx, input: { projectId: string; projectIndicatorId: string; version: number }): Promise<void> {
  assertPermission(ctx.actor, "project:edit");
  await ctx.db.$transaction(async (tx) => {
    const project = await projectForWrite(tx, ctx, input.projectId, "project:edit");
    const current = await tx.projectIndicator.findFirst({
      where: { id: input.projectIndicatorId, projectId: project.id },
      include: { indicator: { select: { name: true, ownerProjectId: true } }, _count: { select: { measurements: true } } },
    });
    if (!current) throw new NotFoundError("Deze indicator hoort niet bij dit project.");
    if (current._count.measurements > 0) throw new ForbiddenError("Voor deze indicator zijn al metingen gedaan; die blijven bewaard, dus de indicator kan niet meer weg.");
    const { count } = await tx.projectIndicator.deleteMany({ where: { id: current.id, version: input.version } });
    if (count === 0) throw new ConflictError();
    if (current.indicator.ownerProjectId) await tx.indicator.delete({ where: { id: current.indicatorId } });
    await writeAudit(tx, ctx.actor, { action: "DELETE", entity: "ProjectIndicator", entityId: current.id, projectId: project.id, before: auditOfProjectIndicator(current.indicator.name, current) });
  });
}

/** The leader's measurement form for the open period: last values prefilled. Leader scope. */
export async function getMeasurementForm(ctx: Ctx, projectId: string) {
  assertPermission(ctx.actor, "update:submit");
  const project = await ctx.db.project.findFirst({
    where: { id: projectId, leaders: { some: { userId: ctx.actor.userId } } },
    select: { id: true, lifecycle: true },
  });
  if (!project) throw new NotFoundError("Dit project bestaat niet of u bent er geen projectleider van.");
  const period = await findRunningPeriod(ctx.db);
  if (!period) return { period: null, editable: false, rows: [] };
  const [update, indicators] = await Promise.all([
    ctx.db.progressUpdate.findUnique({ where: { projectId_periodId: { projectId, periodId: period.id } }, select: { state: true } }),
    ctx.db.projectIndicator.findMany({
      where: { projectId },
      select: {
        id: true,
        baselineValue: true,
        targetValue: true,
        indicator: { select: { name: true, unit: true, direction: true, ownerProjectId: true } },
        measurements: {
          where: { period: { peildatum: { lte: period.peildatum } } },
          select: { value: true, note: true, version: true, periodId: true, period: { select: { label: true } } },
          orderBy: { period: { peildatum: "desc" } },
          take: 2,
        },
      },
      orderBy: { indicator: { name: "asc" } },
    }),
  ]);
  const state = (update?.state ?? "NONE") as UpdateProgress;
  const rows = indicators.map((pi) => {
    const here = pi.measurements.find((m) => m.periodId === period.id) ?? null;
    const previous = pi.measurements.find((m) => m.periodId !== period.id) ?? null;
    return {
      projectIndicatorId: pi.id,
      name: pi.indicator.name,
      own: pi.indicator.ownerProjectId !== null,
      unit: pi.indicator.unit as IndicatorUnit,
      direction: pi.indicator.direction as IndicatorDirection,
      baselineValue: pi.baselineValue,
      targetValue: pi.targetValue,
      /** prefilled: this period's value, else the last one */
      value: here ? here.value : (previous?.value ?? null),
      note: here?.note ?? "",
      version: here?.version ?? 0,
      prefilledFrom: here ? null : (previous?.period.label ?? null),
    };
  });
  return { period, editable: project.lifecycle === "ACTIVE" && leaderCanEdit(state, period.state), rows };
}
export type MeasurementForm = Awaited<ReturnType<typeof getMeasurementForm>>;

/**
 * Saves the measurements of the open period. They belong to the period's update: allowed only
 * while the leader may still edit that update (not submitted, approved, or in a closed period).
 */
export async function saveMeasurements(ctx: Ctx, input: MeasurementsInput): Promise<{ saved: number }> {
  assertPermission(ctx.actor, "update:submit");
  return ctx.db.$transaction(async (tx) => {
    const project = await tx.project.findFirst({ where: { id: input.projectId, leaders: { some: { userId: ctx.actor.userId } }, lifecycle: "ACTIVE" }, select: { id: true } });
    if (!project) throw new NotFoundError("Dit project bestaat niet of u bent er geen projectleider van.");
    const period = await findRunningPeriod(tx);
    if (!period) throw new ValidationError("Er is geen open rapportageperiode; metingen worden per periode vastgelegd.");
    await assertPeriodWritable(tx, period.id);
    const update = await tx.progressUpdate.findUnique({ where: { projectId_periodId: { projectId: project.id, periodId: period.id } }, select: { state: true } });
    if (!leaderCanEdit((update?.state ?? "NONE") as UpdateProgress, "OPEN")) {
      throw new ForbiddenError("De update van deze periode is ingediend of goedgekeurd; de metingen horen erbij en liggen nu vast.");
    }
    const owned = await tx.projectIndicator.findMany({
      where: { projectId: project.id, id: { in: input.items.map((i) => i.projectIndicatorId) } },
      select: { id: true, indicator: { select: { name: true, unit: true } }, measurements: { where: { periodId: period.id }, select: { id: true, value: true, note: true, version: true } } },
    });
    const byId = new Map(owned.map((o) => [o.id, o]));
    const errors: Record<string, string[]> = {};
    input.items.forEach((item, i) => {
      const pi = byId.get(item.projectIndicatorId);
      if (!pi) errors[`value.${i}`] = ["Deze indicator hoort niet bij dit project."];
      else if (item.value !== null) {
        const problem = unitValueProblem(pi.indicator.unit as IndicatorUnit, item.value);
        if (problem) errors[`value.${i}`] = [problem];
      }
    });
    if (Object.keys(errors).length) throw new ValidationError("Niet alle metingen zijn goed ingevuld. Bekijk de meldingen bij de velden.", errors);
    let saved = 0;
    for (const item of input.items) {
      const pi = byId.get(item.projectIndicatorId)!;
      const existing = pi.measurements[0] ?? null;
      if ((existing?.version ?? 0) !== item.version) throw new ConflictError();
      // the previous period's value, shown for convenience and neither changed nor confirmed
      if (item.carriedOver && !existing) continue;
      if (item.value === null) {
        if (existing) {
          await tx.indicatorMeasurement.delete({ where: { id: existing.id } });
          await writeAudit(tx, ctx.actor, { action: "DELETE", entity: "IndicatorMeasurement", entityId: existing.id, projectId: project.id, before: { indicator: pi.indicator.name, period: period.label, value: existing.value, note: existing.note } });
        }
        continue;
      }
      if (existing) {
        if (existing.value === item.value && existing.note === item.note) continue;
        await tx.indicatorMeasurement.update({ where: { id: existing.id }, data: { value: item.value, note: item.note, version: { increment: 1 } } });
        await writeAudit(tx, ctx.actor, {
          action: "UPDATE",
          entity: "IndicatorMeasurement",
          entityId: existing.id,
          projectId: project.id,
          before: { indicator: pi.indicator.name, period: period.label, value: existing.value, note: existing.note },
          after: { indicator: pi.indicator.name, period: period.label, value: item.value, note: item.note },
        });
      } else {
        const created = await tx.indicatorMeasurement.create({ data: { projectIndicatorId: pi.id, periodId: period.id, value: item.value, note: item.note }, select: { id: true } });
        await writeAudit(tx, ctx.actor, { action: "CREATE", entity: "IndicatorMeasurement", entityId: created.id, projectId: project.id, after: { indicator: pi.indicator.name, period: period.label, value: item.value, note: item.note } });
      }
      saved++;
    }
    return { saved };
  });
}
