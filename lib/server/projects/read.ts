import "server-only";
import { RESULT_ENTITIES } from "../../domain/fields";
import type { Prisma } from "../../generated/prisma/client";
import type { Ctx } from "../accounts/session";
import { assertPermission, hasPermission } from "../core/authz";
import { inManageScope, projectManageWhere, projectReadWhere } from "../core/scope";
import { NotFoundError } from "../core/errors";
import { findPagePeriod } from "../periods/read";
import { JUDGEMENT_VALUES_SELECT } from "../review/assessments";
import { summariseStatuses, type StatusCount } from "../../domain/status-summary";

/** The fields of a project card, as the card, the edit form and the audit snapshot read them. */
export const PROJECT_CARD_FIELDS = {
  wirNumber: true,
  title: true,
  goal: true,
  description: true,
  results: true,
  deliveredProducts: true,
  lessonsLearned: true,
  startDate: true,
  endDate: true,
  budgetEuros: true,
  isPublic: true,
} as const satisfies Prisma.ProjectSelect;

/** One project card. Period records and history only within the actor's own scope. */
export async function getProject(ctx: Ctx, id: string) {
  assertPermission(ctx.actor, "project:read");
  const project = await ctx.db.project.findFirst({
    where: { AND: [{ id }, projectReadWhere(ctx.actor)] },
    select: {
      id: true,
      ...PROJECT_CARD_FIELDS,
      isShowcase: true,
      lifecycle: true,
      version: true,
      updatedAt: true,
      region: {
        select: {
          name: true,
          code: true,
          zorgkantoorregio: {
            select: { name: true, cbsCode: true, assignments: { where: { validTo: null }, select: { concessiehouder: { select: { name: true } } } } },
          },
        },
      },
      hoofdrubriek: { select: { label: true } },
      leadOrganisation: { select: { id: true, name: true } },
      partners: { select: { organisation: { select: { id: true, name: true, type: true } } }, orderBy: { organisation: { name: "asc" } } },
      themes: { select: { theme: { select: { label: true, reportOrder: true } } } },
      contacts: { select: { id: true, name: true, role: true, email: true, phone: true, organisation: true }, orderBy: { position: "asc" } },
      links: { select: { id: true, label: true, url: true }, orderBy: { position: "asc" } },
      leaders: { select: { user: { select: { id: true, name: true } } } },
    },
  });
  if (!project) throw new NotFoundError("Dit project bestaat niet of u heeft er geen toegang toe.");
  const inScope = await inManageScope(ctx, id);
  const [assessments, history] = inScope
    ? await Promise.all([
        ctx.db.projectAssessment.findMany({
          where: { projectId: id },
          select: { ...JUDGEMENT_VALUES_SELECT, period: { select: { code: true, label: true, peildatum: true } } },
          orderBy: { period: { peildatum: "desc" } },
        }),
        hasPermission(ctx.actor, "audit:read") ? projectHistory(ctx, id) : Promise.resolve([]),
      ])
    : [[], []];
  return {
    ...project,
    themes: project.themes.map((t) => t.theme).sort((a, b) => a.reportOrder - b.reportOrder),
    concessiehouderName: project.region.zorgkantoorregio.assignments[0]?.concessiehouder.name ?? null,
    partners: project.partners.map((p) => p.organisation),
    leaders: project.leaders.map((l) => l.user),
    // contact details of people are shown only to those working with the project
    contacts: inScope ? project.contacts : project.contacts.map((c) => ({ ...c, email: "", phone: "" })),
    inScope,
    canEdit: inScope && hasPermission(ctx.actor, "project:edit"),
    assessments,
    history,
  };
}
export type ProjectCard = Awaited<ReturnType<typeof getProject>>;

/** The change history of a project and its period records, newest first. Caller checked scope. */
async function projectHistory(ctx: Ctx, projectId: string) {
  const assessmentIds = await ctx.db.projectAssessment.findMany({ where: { projectId }, select: { id: true } });
  const updateIds = await ctx.db.progressUpdate.findMany({ where: { projectId }, select: { id: true } });
  const rows = await ctx.db.auditLog.findMany({
    where: {
      OR: [
        { entity: "Project", entityId: projectId },
        { entity: "ProjectAssessment", entityId: { in: assessmentIds.map((a) => a.id) } },
        { entity: "ProgressUpdate", entityId: { in: updateIds.map((u) => u.id) } },
        { projectId, entity: { in: [...RESULT_ENTITIES] } },
      ],
    },
    select: { id: true, at: true, action: true, entity: true, before: true, after: true, actor: { select: { name: true } } },
    orderBy: { at: "desc" },
    take: 200,
  });
  return rows.map((r) => ({ ...r, id: r.id.toString(), actorName: r.actor?.name ?? "Systeem" }));
}

export type { StatusCount };

/**
 * Projects in the actor's own scope by status at the figures period: the home page's figures.
 * Drafts (not yet submitted) are their own row; see `summariseStatuses`.
 */
export async function statusSummary(
  ctx: Ctx,
  filter: { mine?: boolean } = {},
): Promise<{ periodLabel: string | null; total: number; assessed?: number; drafts: number; byStatus: StatusCount[] }> {
  assertPermission(ctx.actor, "project:read");
  const period = await findPagePeriod(ctx.db, "figures");
  const where: Prisma.ProjectWhereInput = {
    AND: [projectManageWhere(ctx.actor), filter.mine ? { leaders: { some: { userId: ctx.actor.userId } } } : {}, { lifecycle: { not: "ARCHIVED" } }],
  };
  const [projects, activeAssessments] = await Promise.all([
    ctx.db.project.groupBy({ by: ["lifecycle"], where, _count: { _all: true } }),
    period
      ? ctx.db.projectAssessment.groupBy({ by: ["status"], where: { periodId: period.id, project: { AND: [where, { lifecycle: "ACTIVE" }] } }, _count: { _all: true } })
      : Promise.resolve([]),
  ]);
  const summary = summariseStatuses({
    projects: projects.map((g) => ({ lifecycle: g.lifecycle, count: g._count._all })),
    activeAssessments: activeAssessments.map((g) => ({ status: g.status, count: g._count._all })),
  });
  if (!period) return { periodLabel: null, total: summary.total, drafts: summary.drafts, byStatus: [] };
  return { periodLabel: period.label, ...summary };
}

/** Project counts per region within the actor's scope (home pages of inkopers and WIR). */
export async function regionSummary(ctx: Ctx) {
  assertPermission(ctx.actor, "project:read");
  const regions = await ctx.db.region.findMany({
    where: { projects: { some: projectManageWhere(ctx.actor) } },
    select: {
      code: true,
      name: true,
      zorgkantoorregio: { select: { assignments: { where: { validTo: null }, select: { concessiehouder: { select: { name: true, reportOrder: true } } } } } },
      _count: { select: { projects: { where: { AND: [projectManageWhere(ctx.actor), { lifecycle: { not: "ARCHIVED" } }] } } } },
    },
    orderBy: { reportOrder: "asc" },
  });
  return regions.map((r) => ({
    code: r.code,
    name: r.name,
    concessiehouderName: r.zorgkantoorregio.assignments[0]?.concessiehouder.name ?? "",
    projectCount: r._count.projects,
  }));
}
