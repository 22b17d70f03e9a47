import "server-only";
import * as notifyEvent from "../notifications/events";
import type { Ctx } from "../accounts/session";
import type { Db } from "../db";
import type { Prisma } from "../../generated/prisma/client";
import { assertPermission } from "../core/authz";
import { projectManageWhere } from "../core/scope";
import { ConflictError, conflictOnDuplicate, NotFoundError, ValidationError } from "../core/errors";
import { changedFields, writeAudit } from "../core/audit";
import { findRunningPeriod, type PeriodSummary } from "../periods/read";
import { updateTransition, type UpdateProgress } from "../../domain/update-workflow";
import type { PeriodState, ProjectStatus, UpdateState } from "../../domain/enums";
import type { UpdateInput } from "../../domain/validation/update";

/**
 * Progress updates per project per period, the leader side: overview, form, save, submit.
 * Which transition is allowed comes from lib/domain/update-workflow.ts. The reviewer's side
 * (return with comment / approve) is lib/server/review/updates.ts, on /beoordelen.
 */

/** The projects whose updates this actor writes: the projects it leads. */
export function leaderWhere(ctx: Ctx): Prisma.ProjectWhereInput {
  return { leaders: { some: { userId: ctx.actor.userId } } };
}

const PROJECT_NOT_FOUND = "Dit project bestaat niet of u bent er geen projectleider van.";

export type UpdateFields = {
  status: ProjectStatus | null;
  progress: string;
  resultsSoFar: string;
  lessonsLearned: string;
  nextSteps: string;
  risks: string;
  careOrgCount: number | null;
};

const fieldSelect = { status: true, progress: true, resultsSoFar: true, lessonsLearned: true, nextSteps: true, risks: true, careOrgCount: true } as const;

export type MyUpdateItem = {
  projectId: string;
  wirNumber: string;
  title: string;
  regionName: string;
  state: UpdateProgress;
  returnComment: string;
  updatedAt: Date | null;
};

/** The leader's to-do list: every active project they lead and its update in the open period. */
export async function listMyUpdates(ctx: Ctx): Promise<{ period: PeriodSummary | null; items: MyUpdateItem[] }> {
  assertPermission(ctx.actor, "update:submit");
  const period = await findRunningPeriod(ctx.db);
  if (!period) return { period: null, items: [] };
  const projects = await ctx.db.project.findMany({
    where: { AND: [leaderWhere(ctx), { lifecycle: "ACTIVE" }] },
    select: {
      id: true,
      wirNumber: true,
      title: true,
      region: { select: { name: true, reportOrder: true } },
      updates: { where: { periodId: period.id }, select: { state: true, returnComment: true, updatedAt: true } },
    },
    orderBy: [{ region: { reportOrder: "asc" } }, { wirNumber: "asc" }],
  });
  const order: UpdateProgress[] = ["RETURNED", "NONE", "DRAFT", "SUBMITTED", "APPROVED"];
  const items = projects.map((p) => {
    const u = p.updates[0];
    return {
      projectId: p.id,
      wirNumber: p.wirNumber,
      title: p.title,
      regionName: p.region.name,
      state: (u?.state ?? "NONE") as UpdateProgress,
      returnComment: u?.state === "RETURNED" ? u.returnComment : "",
      updatedAt: u?.updatedAt ?? null,
    };
  });
  items.sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state));
  return { period, items };
}

/** The previous period's answers: its update, else its assessment (status and count only). */
async function previousAnswers(db: Db, projectId: string, before: Date): Promise<{ fields: Partial<UpdateFields>; source: string } | null> {
  const update = await db.progressUpdate.findFirst({
    where: { projectId, period: { peildatum: { lt: before } } },
    select: { ...fieldSelect, period: { select: { label: true, peildatum: true } } },
    orderBy: { period: { peildatum: "desc" } },
  });
  const assessment = await db.projectAssessment.findFirst({
    where: { projectId, period: { peildatum: { lt: before } } },
    select: { status: true, careOrgCount: true, period: { select: { label: true, peildatum: true } } },
    orderBy: { period: { peildatum: "desc" } },
  });
  if (update && (!assessment || update.period.peildatum >= assessment.period.peildatum)) {
    const { period, ...fields } = update;
    return { fields: { ...fields, status: fields.status as ProjectStatus | null }, source: `uw update van ${period.label}` };
  }
  if (assessment) {
    return {
      fields: { status: assessment.status as ProjectStatus | null, careOrgCount: assessment.careOrgCount },
      source: `de beoordeling van ${assessment.period.label}`,
    };
  }
  return null;
}

const EMPTY: UpdateFields = { status: null, progress: "", resultsSoFar: "", lessonsLearned: "", nextSteps: "", risks: "", careOrgCount: null };

/** Everything the update form of a project needs for the open period. Leader scope only. */
export async function getUpdateForm(ctx: Ctx, projectId: string) {
  assertPermission(ctx.actor, "update:submit");
  const project = await ctx.db.project.findFirst({
    where: { AND: [{ id: projectId }, leaderWhere(ctx)] },
    select: { id: true, wirNumber: true, title: true, lifecycle: true, region: { select: { name: true } } },
  });
  if (!project) throw new NotFoundError(PROJECT_NOT_FOUND);
  const period = await findRunningPeriod(ctx.db);
  if (!period) return { project, period: null, update: null, values: EMPTY, prefilledFrom: null };
  const existing = await ctx.db.progressUpdate.findUnique({
    where: { projectId_periodId: { projectId, periodId: period.id } },
    select: { id: true, state: true, version: true, returnComment: true, submittedAt: true, reviewedAt: true, updatedAt: true, ...fieldSelect },
  });
  if (existing) {
    const { id, state, version, returnComment, submittedAt, reviewedAt, updatedAt, ...fields } = existing;
    return {
      project,
      period,
      update: { id, state: state as UpdateState, version, returnComment, submittedAt, reviewedAt, updatedAt },
      values: { ...fields, status: fields.status as ProjectStatus | null },
      prefilledFrom: null,
    };
  }
  const previous = await previousAnswers(ctx.db, projectId, period.peildatum);
  return { project, period, update: null, values: { ...EMPTY, ...previous?.fields }, prefilledFrom: previous?.source ?? null };
}
export type UpdateForm = Awaited<ReturnType<typeof getUpdateForm>>;

export type SavedUpdate = { id: string; state: UpdateState; version: number };

function auditView(u: UpdateFields & { state: string; returnComment?: string }) {
  return { state: u.state, status: u.status, progress: u.progress, resultsSoFar: u.resultsSoFar, lessonsLearned: u.lessonsLearned, nextSteps: u.nextSteps, risks: u.risks, careOrgCount: u.careOrgCount, returnComment: u.returnComment ?? "" };
}

/**
 * The leader saves (intent "save") or submits (intent "submit") the update of one of their
 * active projects for the open period. Version 0 = the form started without an update.
 */
export async function saveUpdate(ctx: Ctx, input: UpdateInput): Promise<SavedUpdate> {
  assertPermission(ctx.actor, "update:submit");
  return ctx.db.$transaction(async (tx) => {
    const project = await tx.project.findFirst({ where: { AND: [{ id: input.projectId }, leaderWhere(ctx)] }, select: { id: true, lifecycle: true } });
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND);
    if (project.lifecycle !== "ACTIVE") {
      throw new ValidationError(project.lifecycle === "DRAFT" ? "Dien eerst het project zelf in; daarna kunt u een voortgangsupdate schrijven." : "Dit project is gearchiveerd.");
    }
    // FOR SHARE: WIR cannot close the period between this check and the write (as assertPeriodWritable)
    const [period] = await tx.$queryRaw<{ id: string; state: PeriodState }[]>`
      SELECT id, state::text AS state FROM "ReportingPeriod" WHERE code = ${input.periodCode} FOR SHARE`;
    if (!period) throw new NotFoundError("Deze rapportageperiode bestaat niet.");
    const existing = await tx.progressUpdate.findUnique({
      where: { projectId_periodId: { projectId: project.id, periodId: period.id } },
      select: { id: true, state: true, version: true, returnComment: true, ...fieldSelect },
    });
    const from: UpdateProgress = existing?.state ?? "NONE";
    const transition = updateTransition(from, input.intent, period.state);
    if (!transition.ok) {
      // the form was loaded before someone else changed the state: say so rather than "not allowed"
      if (period.state === "OPEN" && existing && existing.version !== input.version) throw new ConflictError();
      throw new ValidationError(transition.reason);
    }
    if ((existing?.version ?? 0) !== input.version) throw new ConflictError();
    const fields: UpdateFields = {
      status: input.status as ProjectStatus | null,
      progress: input.progress,
      resultsSoFar: input.resultsSoFar,
      lessonsLearned: input.lessonsLearned,
      nextSteps: input.nextSteps,
      risks: input.risks,
      careOrgCount: input.careOrgCount,
    };
    const submitted = input.intent === "submit" ? { submittedAt: new Date(), submittedById: ctx.actor.userId } : {};
    const select = { id: true, state: true, version: true } as const;
    if (!existing) {
      // a co-leader creating this update at the same moment is a version conflict, not a failure
      const created = await conflictOnDuplicate(
        tx.progressUpdate.create({
          data: { projectId: project.id, periodId: period.id, ...fields, state: transition.to, ...submitted },
          select,
        }),
      );
      await writeAudit(tx, ctx.actor, { action: "CREATE", entity: "ProgressUpdate", entityId: created.id, after: auditView({ ...fields, state: transition.to }) });
      if (transition.to === "SUBMITTED") await notifyEvent.updateSubmitted(tx, { id: created.id, submittedAt: submitted.submittedAt ?? null }, notifyEvent.nowOf(ctx));
      return created as SavedUpdate;
    }
    const { count } = await tx.progressUpdate.updateMany({
      where: { id: existing.id, version: input.version },
      data: { ...fields, state: transition.to, ...submitted, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const diff = changedFields(
      auditView({ ...existing, status: existing.status as ProjectStatus | null }),
      auditView({ ...fields, state: transition.to, returnComment: existing.returnComment }),
    );
    if (diff) await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "ProgressUpdate", entityId: existing.id, ...diff });
    if (transition.to === "SUBMITTED") await notifyEvent.updateSubmitted(tx, { id: existing.id, submittedAt: submitted.submittedAt ?? null }, notifyEvent.nowOf(ctx));
    return (await tx.progressUpdate.findUniqueOrThrow({ where: { id: existing.id }, select })) as SavedUpdate;
  });
}

/** A project's updates over all periods, newest first, for its page. Manage scope only. */
export async function projectUpdates(ctx: Ctx, projectId: string) {
  assertPermission(ctx.actor, "project:read");
  const project = await ctx.db.project.findFirst({ where: { AND: [{ id: projectId }, projectManageWhere(ctx.actor)] }, select: { id: true } });
  if (!project) return [];
  const rows = await ctx.db.progressUpdate.findMany({
    where: { projectId },
    select: {
      id: true,
      state: true,
      version: true,
      returnComment: true,
      submittedAt: true,
      reviewedAt: true,
      updatedAt: true,
      ...fieldSelect,
      period: { select: { code: true, label: true, peildatum: true, state: true } },
    },
    orderBy: { period: { peildatum: "desc" } },
  });
  return rows.map((r) => ({ ...r, state: r.state as UpdateState, status: r.status as ProjectStatus | null }));
}
export type ProjectUpdate = Awaited<ReturnType<typeof projectUpdates>>[number];
