import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db";
import type { Ctx } from "../accounts/session";
import type { Actor } from "../../domain/actor";
import { assertPermission, hasPermission } from "../core/authz";
import { projectManageWhere } from "../core/scope";
import { changedFields, writeAudit } from "../core/audit";
import { ConflictError, conflictOnDuplicate, NotFoundError } from "../core/errors";
import { saveEachRow } from "../core/row-outcome";
import { assertPeriodWritable, previousPeriod } from "../periods/admin";
import { findPagePeriod } from "../periods/read";
import { updateSelect } from "./updates";
import { listProjectPage } from "../projects/list";
import type { ProjectListQuery } from "../../domain/project-list";
import { sameJudgement, type BulkRowInput, type Judgement, type JudgementInput } from "../../domain/assessment";

/**
 * Per project per period judgements. The model (docs/assessment-model.md): the inkoper of the
 * project's concessiehouder *proposes* (AssessmentProposal); WIR *records* the final judgement
 * (ProjectAssessment), which is what the report counts. Neither is ever copied automatically:
 * the previous period's values and the proposal are shown beside the form and become final
 * only when WIR saves them.
 */

/** The judgement values of an assessment (or proposal) row, as the sheet and the project card read them. */
export const JUDGEMENT_VALUES_SELECT = {
  id: true,
  status: true,
  impact: true,
  sharing: true,
  scalability: true,
  careOrgCount: true,
  note: true,
} as const;

const judgementSelect = { ...JUDGEMENT_VALUES_SELECT, version: true, updatedAt: true } as const;

export type StoredJudgement = Judgement & { id: string; version: number; updatedAt: Date };

function judgementOf(j: Partial<Judgement>, fallback?: Judgement): Judgement {
  return {
    status: j.status !== undefined ? j.status : (fallback?.status ?? null),
    impact: j.impact !== undefined ? j.impact : (fallback?.impact ?? null),
    sharing: j.sharing !== undefined ? j.sharing : (fallback?.sharing ?? null),
    scalability: j.scalability !== undefined ? j.scalability : (fallback?.scalability ?? null),
    careOrgCount: j.careOrgCount !== undefined ? j.careOrgCount : (fallback?.careOrgCount ?? null),
    note: j.note !== undefined ? j.note : (fallback?.note ?? ""),
  };
}

/** Projects that can be judged: in the actor's own scope and not a leader's unsubmitted draft. */
export function judgeableWhere(actor: Actor, permission: "assessment:record" | "assessment:propose" | "portfolio:read"): Prisma.ProjectWhereInput {
  return { AND: [projectManageWhere(actor, permission), { lifecycle: { not: "DRAFT" } }] };
}

type SaveOutcome = "created" | "updated" | "unchanged";

/**
 * Creates or updates one judgement inside `tx`. `input.version` is the version the form was
 * loaded with (0 = none existed): anything else saved since is a ConflictError.
 */
async function saveJudgement(
  tx: Db,
  actor: Actor,
  kind: "assessment" | "proposal",
  key: { projectId: string; periodId: string },
  version: number,
  values: Partial<Judgement>,
): Promise<{ outcome: SaveOutcome; record: StoredJudgement }> {
  const where = { projectId_periodId: key };
  const existing =
    kind === "assessment"
      ? await tx.projectAssessment.findUnique({ where, select: judgementSelect })
      : await tx.assessmentProposal.findUnique({ where, select: judgementSelect });
  const entity = kind === "assessment" ? "ProjectAssessment" : "AssessmentProposal";
  if (!existing) {
    if (version !== 0) throw new ConflictError();
    const data = judgementOf(values);
    const record: StoredJudgement = await conflictOnDuplicate(
      kind === "assessment"
        ? tx.projectAssessment.create({ data: { ...key, ...data, assessedById: actor.userId }, select: judgementSelect })
        : tx.assessmentProposal.create({ data: { ...key, ...data, proposedById: actor.userId }, select: judgementSelect }),
    );
    await writeAudit(tx, actor, { action: "CREATE", entity, entityId: record.id, after: { ...key, ...data } });
    return { outcome: "created", record };
  }
  if (existing.version !== version) throw new ConflictError();
  const data = judgementOf(values, existing);
  if (sameJudgement(data, existing)) return { outcome: "unchanged", record: existing };
  const byWhom = kind === "assessment" ? { assessedById: actor.userId } : { proposedById: actor.userId };
  const changed =
    kind === "assessment"
      ? await tx.projectAssessment.updateMany({ where: { id: existing.id, version }, data: { ...data, ...byWhom, version: { increment: 1 } } })
      : await tx.assessmentProposal.updateMany({ where: { id: existing.id, version }, data: { ...data, ...byWhom, version: { increment: 1 } } });
  if (changed.count === 0) throw new ConflictError();
  const record = { ...existing, ...data, version: existing.version + 1 };
  const diff = changedFields(judgementOf(existing), data);
  await writeAudit(tx, actor, { action: "UPDATE", entity, entityId: existing.id, before: diff?.before, after: diff?.after });
  return { outcome: "updated", record };
}

/** The project, when the actor may judge (or read the judgements of) it; NotFoundError otherwise. */
async function judgeableProject<S extends Prisma.ProjectSelect>(
  db: Db,
  actor: Actor,
  projectId: string,
  permission: "assessment:record" | "assessment:propose" | "portfolio:read",
  select: S,
): Promise<Prisma.ProjectGetPayload<{ select: S }>> {
  const project = await db.project.findFirst({ where: { AND: [{ id: projectId }, judgeableWhere(actor, permission)] }, select });
  if (!project) throw new NotFoundError("Dit project bestaat niet of u heeft er geen toegang toe.");
  return project;
}

async function assertJudgeable(tx: Db, actor: Actor, projectId: string, permission: "assessment:record" | "assessment:propose") {
  await judgeableProject(tx, actor, projectId, permission, { id: true });
}

/**
 * Saves one judgement of a project at an open period: WIR records its final judgement
 * ("assessment"), an inkoper proposes one for a project of its own concessiehouder ("proposal").
 */
async function saveOneJudgement(ctx: Ctx, kind: "assessment" | "proposal", input: JudgementInput) {
  const permission = kind === "assessment" ? "assessment:record" : "assessment:propose";
  assertPermission(ctx.actor, permission);
  return ctx.db.$transaction(async (tx) => {
    await assertJudgeable(tx, ctx.actor, input.projectId, permission);
    await assertPeriodWritable(tx, input.periodId);
    const { projectId, periodId, version, ...values } = input;
    return saveJudgement(tx, ctx.actor, kind, { projectId, periodId }, version, values);
  });
}

/** WIR records its final judgement of a project at an open period. */
export async function recordAssessment(ctx: Ctx, input: JudgementInput) {
  return saveOneJudgement(ctx, "assessment", input);
}

/** An inkoper proposes a judgement for a project of its own concessiehouder at an open period. */
export async function proposeAssessment(ctx: Ctx, input: JudgementInput) {
  return saveOneJudgement(ctx, "proposal", input);
}

/** Each project's latest judgement before the given period (its "previous values"). */
async function previousJudgements(db: Db, projectIds: string[], peildatum: Date): Promise<Map<string, StoredJudgement & { periodLabel: string }>> {
  const rows = await db.projectAssessment.findMany({
    where: { projectId: { in: projectIds }, period: { peildatum: { lt: peildatum } } },
    select: { ...judgementSelect, projectId: true, period: { select: { label: true, peildatum: true } } },
    orderBy: { period: { peildatum: "desc" } },
  });
  const out = new Map<string, StoredJudgement & { periodLabel: string }>();
  for (const { projectId, period, ...j } of rows) if (!out.has(projectId)) out.set(projectId, { ...j, periodLabel: period.label });
  return out;
}

/**
 * Everything the assessment page of one project at one period shows: the update, the
 * inkoper's proposal, WIR's judgement and the previous values. Inkopers and WIR, own scope.
 */
export async function getAssessmentSheet(ctx: Ctx, projectId: string, periodCode?: string | null) {
  assertPermission(ctx.actor, "portfolio:read");
  const project = await judgeableProject(ctx.db, ctx.actor, projectId, "portfolio:read", {
    id: true,
    wirNumber: true,
    title: true,
    region: { select: { name: true } },
    hoofdrubriek: { select: { label: true } },
    leaders: { select: { user: { select: { name: true } } } },
  });
  const period = await findPagePeriod(ctx.db, "work", periodCode);
  if (!period) throw new NotFoundError("Er is nog geen rapportageperiode.");
  const key = { projectId_periodId: { projectId, periodId: period.id } };
  const [assessment, proposal, update, previous, before] = await Promise.all([
    ctx.db.projectAssessment.findUnique({ where: key, select: judgementSelect }),
    ctx.db.assessmentProposal.findUnique({ where: key, select: { ...judgementSelect, proposedById: true } }),
    ctx.db.progressUpdate.findUnique({ where: key, select: updateSelect }),
    previousJudgements(ctx.db, [projectId], period.peildatum),
    previousPeriod(ctx.db, period.peildatum),
  ]);
  const proposer = proposal ? await ctx.db.user.findUnique({ where: { id: proposal.proposedById }, select: { name: true } }) : null;
  return {
    project: { ...project, regionName: project.region.name, hoofdrubriekLabel: project.hoofdrubriek.label, leaders: project.leaders.map((l) => l.user.name) },
    period,
    previousPeriodLabel: before?.label ?? null,
    assessment,
    proposal: proposal ? { ...proposal, proposedByName: proposer?.name ?? "" } : null,
    update,
    previous: previous.get(projectId) ?? null,
    writable: period.state === "OPEN",
    canRecord: hasPermission(ctx.actor, "assessment:record"),
    canPropose: hasPermission(ctx.actor, "assessment:propose"),
    canReview: hasPermission(ctx.actor, "update:review"),
  };
}
export type AssessmentSheet = Awaited<ReturnType<typeof getAssessmentSheet>>;

/**
 * One page of the bulk assessment view (WIR): the projects of the one list query (view `bulk`:
 * active projects in scope, at the open period unless `periode` names another), each with its
 * judgement, the inkoper's proposal, the update and the previous values.
 */
export async function listBulkAssessment(ctx: Ctx, query: ProjectListQuery) {
  const list = await listProjectPage(ctx, "bulk", query);
  const period = list.period;
  const ids = list.items.map((r) => r.id);
  if (!period || ids.length === 0) return { ...list, rows: [] };
  const key = { projectId: { in: ids }, periodId: period.id };
  const [assessments, proposals, updates, previous] = await Promise.all([
    ctx.db.projectAssessment.findMany({ where: key, select: { ...judgementSelect, projectId: true } }),
    ctx.db.assessmentProposal.findMany({ where: key, select: { ...judgementSelect, projectId: true } }),
    ctx.db.progressUpdate.findMany({ where: key, select: { projectId: true, state: true, status: true, careOrgCount: true } }),
    previousJudgements(ctx.db, ids, period.peildatum),
  ]);
  const by = <T extends { projectId: string }>(xs: T[]) => new Map(xs.map(({ projectId, ...x }) => [projectId, x]));
  const [a, p, u] = [by(assessments), by(proposals), by(updates)];
  const rows = list.items.map((r) => ({
    projectId: r.id,
    wirNumber: r.wirNumber,
    title: r.title,
    regionName: r.regionName,
    assessment: a.get(r.id) ?? null,
    proposal: p.get(r.id) ?? null,
    update: u.get(r.id) ?? null,
    previous: previous.get(r.id) ?? null,
  }));
  return { ...list, rows };
}

export type BulkOutcome = { projectId: string; outcome: SaveOutcome | "conflict" | "notFound" };

/**
 * Saves many judgements in one go. Each row is its own transaction with its own version check:
 * a row someone else changed meanwhile is reported as a conflict and not saved; the other rows
 * are. Unchanged rows are not written (and not audited).
 */
export async function recordAssessmentsBulk(ctx: Ctx, periodId: string, rows: BulkRowInput[]): Promise<BulkOutcome[]> {
  assertPermission(ctx.actor, "assessment:record");
  await assertPeriodWritable(ctx.db, periodId);
  const saved = await saveEachRow(ctx.db, rows, async (tx, row) => {
    await assertJudgeable(tx, ctx.actor, row.projectId, "assessment:record");
    await assertPeriodWritable(tx, periodId);
    const { projectId, version, ...values } = row;
    // a new row whose selects were all left empty is not an assessment: nothing to save
    if (version === 0 && Object.values(values).every((v) => v == null)) return "unchanged";
    return (await saveJudgement(tx, ctx.actor, "assessment", { projectId, periodId }, version, values)).outcome;
  });
  return saved.map(({ row, outcome }) => ({ projectId: row.projectId, outcome }));
}
