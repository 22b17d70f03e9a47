import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { Ctx } from "../accounts/session";
import { assertPermission, hasPermission } from "../core/authz";
import { projectManageWhere, projectReadWhere } from "../core/scope";
import { NotFoundError } from "../core/errors";
import { findPagePeriod } from "../periods/read";
import type { Impact, ProjectStatus, ResultSharing, Scalability } from "../../domain/enums";
import { PROJECT_STATUS } from "../../domain/enums";

export type ProjectListFilters = {
  q?: string;
  regionCode?: string;
  concessiehouderCode?: string;
  hoofdrubriekCode?: string;
  /** one status or any of several (the dashboard's "afgerond" = both finished statuses) */
  status?: ProjectStatus | ProjectStatus[];
  mine?: boolean;
  /** the period whose judgements the status/impact/… filters and the status column use (default: current) */
  periodCode?: string;
  impact?: Impact | Impact[];
  sharing?: ResultSharing | ResultSharing[];
  scalability?: Scalability | Scalability[];
  /** only projects with a judgement (any) at the period: the totals of the report's tables */
  assessed?: boolean;
  /** projects starting in this year or later (the report's "nieuwe projecten") */
  startYearFrom?: number;
};

const anyOf = <T,>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? (v.length ? v : undefined) : [v]);

/** The period-judgement part of the filters (links from the dashboard and report), or null. */
function assessmentFilter(f: ProjectListFilters): Prisma.ProjectAssessmentWhereInput | null {
  const status = anyOf(f.status);
  const impact = anyOf(f.impact);
  const sharing = anyOf(f.sharing);
  const scalability = anyOf(f.scalability);
  if (!status && !impact && !sharing && !scalability && !f.assessed) return null;
  return {
    ...(status ? { status: { in: status } } : {}),
    ...(impact ? { impact: { in: impact } } : {}),
    ...(sharing ? { sharing: { in: sharing } } : {}),
    ...(scalability ? { scalability: { in: scalability } } : {}),
  };
}

export type ProjectListItem = {
  id: string;
  wirNumber: string;
  title: string;
  regionName: string;
  concessiehouderName: string | null;
  hoofdrubriekLabel: string;
  status: ProjectStatus | null;
  isPublic: boolean;
  lifecycle: "DRAFT" | "ACTIVE" | "ARCHIVED";
  /** false for a public card outside the actor's own scope */
  inScope: boolean;
};

function filtersWhere(f: ProjectListFilters, actorUserId: string): Prisma.ProjectWhereInput {
  const and: Prisma.ProjectWhereInput[] = [];
  if (f.q) {
    and.push({
      OR: [
        { title: { contains: f.q, mode: "insensitive" } },
        { wirNumber: { contains: f.q, mode: "insensitive" } },
        { description: { contains: f.q, mode: "insensitive" } },
      ],
    });
  }
  if (f.regionCode) and.push({ region: { code: f.regionCode } });
  if (f.hoofdrubriekCode) and.push({ hoofdrubriek: { code: f.hoofdrubriekCode } });
  if (f.concessiehouderCode) {
    and.push({
      region: { zorgkantoorregio: { assignments: { some: { validTo: null, concessiehouder: { code: f.concessiehouderCode } } } } },
    });
  }
  if (f.mine) and.push({ leaders: { some: { userId: actorUserId } } });
  if (f.startYearFrom) and.push({ startDate: { gte: new Date(Date.UTC(f.startYearFrom, 0, 1)) } });
  return and.length ? { AND: and } : {};
}

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

/** Projects the actor may open, with the status of the current period where the actor may see it. */
export async function listProjects(ctx: Ctx, filters: ProjectListFilters = {}, limit = 500): Promise<{ items: ProjectListItem[]; total: number; periodLabel: string | null }> {
  assertPermission(ctx.actor, "project:read");
  const period = filters.periodCode
    ? await ctx.db.reportingPeriod.findUnique({ where: { code: filters.periodCode }, select: { id: true, label: true } })
    : await findPagePeriod(ctx.db, "figures");
  const manage = projectManageWhere(ctx.actor);
  const judged = assessmentFilter(filters);
  const base: Prisma.ProjectWhereInput = { AND: [projectReadWhere(ctx.actor), filtersWhere(filters, ctx.actor.userId)] };
  // period judgements are not public: filtering on them keeps to the actor's own scope
  const where: Prisma.ProjectWhereInput = judged
    ? period
      ? { AND: [base, manage, { assessments: { some: { periodId: period.id, ...judged } } }] }
      : { id: { in: [] } }
    : base;
  const [rows, inScopeIds, total] = await Promise.all([
    ctx.db.project.findMany({
      where,
      select: {
        id: true,
        wirNumber: true,
        title: true,
        isPublic: true,
        lifecycle: true,
        region: {
          select: {
            name: true,
            zorgkantoorregio: { select: { assignments: { where: { validTo: null }, select: { concessiehouder: { select: { name: true } } } } } },
          },
        },
        hoofdrubriek: { select: { label: true } },
        assessments: period ? { where: { periodId: period.id }, select: { status: true } } : undefined,
      },
      orderBy: [{ region: { reportOrder: "asc" } }, { wirNumber: "asc" }],
      take: limit,
    }),
    ctx.db.project.findMany({ where: { AND: [manage, where] }, select: { id: true } }),
    ctx.db.project.count({ where }),
  ]);
  const own = new Set(inScopeIds.map((p) => p.id));
  return {
    total,
    periodLabel: period?.label ?? null,
    items: rows.map((p) => ({
      id: p.id,
      wirNumber: p.wirNumber,
      title: p.title,
      regionName: p.region.name,
      concessiehouderName: p.region.zorgkantoorregio.assignments[0]?.concessiehouder.name ?? null,
      hoofdrubriekLabel: p.hoofdrubriek.label,
      // period judgements are not public: only within the actor's own scope
      status: own.has(p.id) ? (p.assessments?.[0]?.status ?? null) : null,
      isPublic: p.isPublic,
      lifecycle: p.lifecycle,
      inScope: own.has(p.id),
    })),
  };
}

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
  const inScope = (await ctx.db.project.count({ where: { AND: [{ id }, projectManageWhere(ctx.actor)] } })) > 0;
  const [assessments, history] = inScope
    ? await Promise.all([
        ctx.db.projectAssessment.findMany({
          where: { projectId: id },
          select: {
            id: true,
            status: true,
            impact: true,
            sharing: true,
            scalability: true,
            careOrgCount: true,
            note: true,
            period: { select: { code: true, label: true, peildatum: true } },
          },
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
      ],
    },
    select: { id: true, at: true, action: true, entity: true, before: true, after: true, actor: { select: { name: true } } },
    orderBy: { at: "desc" },
    take: 200,
  });
  return rows.map((r) => ({ ...r, id: r.id.toString(), actorName: r.actor?.name ?? "Systeem" }));
}

export type StatusCount = { status: ProjectStatus | null; label: string; count: number };

/** Projects in the actor's own scope by status at the current period: the home page's figures. */
export async function statusSummary(ctx: Ctx, filter: { mine?: boolean } = {}): Promise<{ periodLabel: string | null; total: number; byStatus: StatusCount[] }> {
  assertPermission(ctx.actor, "project:read");
  const period = await findPagePeriod(ctx.db, "figures");
  const where: Prisma.ProjectWhereInput = {
    AND: [projectManageWhere(ctx.actor), filter.mine ? { leaders: { some: { userId: ctx.actor.userId } } } : {}, { lifecycle: { not: "ARCHIVED" } }],
  };
  const total = await ctx.db.project.count({ where });
  if (!period) return { periodLabel: null, total, byStatus: [] };
  const groups = await ctx.db.projectAssessment.groupBy({
    by: ["status"],
    where: { periodId: period.id, project: where },
    _count: { _all: true },
  });
  const count = (s: ProjectStatus | null) => groups.find((g) => g.status === s)?._count._all ?? 0;
  const assessed = groups.reduce((sum, g) => sum + g._count._all, 0) - count(null);
  const byStatus: StatusCount[] = PROJECT_STATUS.values.map((s) => ({ status: s, label: PROJECT_STATUS.label(s), count: count(s) }));
  byStatus.push({ status: null, label: "Nog niet beoordeeld", count: total - assessed });
  return { periodLabel: period.label, total, byStatus };
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
