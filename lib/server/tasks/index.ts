import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Ctx } from "../accounts/session";
import { assertPermission } from "../core/authz";
import { writeAudit } from "../core/audit";
import { NotFoundError, ValidationError } from "../core/errors";
import { manualReminder, nowOf } from "../notifications/events";
import { isNational } from "../../domain/actor";

/**
 * What is waiting, per role, for the home page: the running period with its deadlines, and per
 * region how far its updates, reviews, proposals and assessments are. Counted in ONE grouped
 * query over the actor's regions (an inkoper: the regions its concessiehouder holds now; WIR
 * national), never by loading projects.
 */

export type RunningPeriod = {
  id: string;
  code: string;
  label: string;
  updateDeadline: Date | null;
  assessmentDeadline: Date | null;
  reminderDaysBefore: number;
};

/** The open period with its deadlines, or null. */
export function runningPeriodWithDeadlines(ctx: Ctx): Promise<RunningPeriod | null> {
  return ctx.db.reportingPeriod.findFirst({
    where: { state: "OPEN" },
    select: { id: true, code: true, label: true, updateDeadline: true, assessmentDeadline: true, reminderDaysBefore: true },
    orderBy: { peildatum: "desc" },
  });
}

export type RegionProgress = {
  regionCode: string;
  regionName: string;
  concessiehouderCode: string;
  concessiehouderName: string;
  /** active projects */
  projects: number;
  withoutLeader: number;
  /** submitted or approved */
  submitted: number;
  /** submitted, waiting for review */
  toReview: number;
  approved: number;
  /** WIR's judgement recorded (a status) */
  assessed: number;
  /** inkoper: projects with a submitted or approved update and no proposal yet */
  proposalsToMake: number;
};

/** Regions in scope, as SQL on region alias r: national, or those the actor's concessiehouders hold now. */
function regionScope(ctx: Ctx): Prisma.Sql {
  if (isNational(ctx.actor)) return Prisma.sql`TRUE`;
  const ids = [...ctx.actor.concessiehouderIds];
  return Prisma.sql`ca."concessiehouderId" = ANY(${ids}::text[])`;
}

/** Per region in scope, the progress of `periodId`. Inkopers and WIR (update:review). */
export async function periodProgressByRegion(ctx: Ctx, periodId: string): Promise<RegionProgress[]> {
  assertPermission(ctx.actor, "update:review");
  const rows = await ctx.db.$queryRaw<RegionProgress[]>`
    SELECT r.code AS "regionCode", r.name AS "regionName", ch.code AS "concessiehouderCode", ch.name AS "concessiehouderName",
           count(p.id)::int AS projects,
           count(p.id) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "ProjectLeader" pl WHERE pl."projectId" = p.id))::int AS "withoutLeader",
           count(p.id) FILTER (WHERE u.state IN ('SUBMITTED', 'APPROVED'))::int AS submitted,
           count(p.id) FILTER (WHERE u.state = 'SUBMITTED')::int AS "toReview",
           count(p.id) FILTER (WHERE u.state = 'APPROVED')::int AS approved,
           count(p.id) FILTER (WHERE a.status IS NOT NULL)::int AS assessed,
           count(p.id) FILTER (WHERE u.state IN ('SUBMITTED', 'APPROVED') AND ap.id IS NULL)::int AS "proposalsToMake"
    FROM "Region" r
    JOIN "ConcessionAssignment" ca ON ca."zorgkantoorregioId" = r."zorgkantoorregioId" AND ca."validTo" IS NULL
    JOIN "Concessiehouder" ch ON ch.id = ca."concessiehouderId"
    LEFT JOIN "Project" p ON p."regionId" = r.id AND p.lifecycle = 'ACTIVE'
    LEFT JOIN "ProgressUpdate" u ON u."projectId" = p.id AND u."periodId" = ${periodId}
    LEFT JOIN "ProjectAssessment" a ON a."projectId" = p.id AND a."periodId" = ${periodId}
    LEFT JOIN "AssessmentProposal" ap ON ap."projectId" = p.id AND ap."periodId" = ${periodId}
    WHERE ${regionScope(ctx)}
    GROUP BY r.code, r.name, r."reportOrder", ch.code, ch.name
    ORDER BY r."reportOrder"`;
  return rows;
}

export type ConcessiehouderProgress = Omit<RegionProgress, "regionCode" | "regionName"> & { regions: number };

/** The region rows summed per concessiehouder (WIR's second view). */
export function progressByConcessiehouder(rows: readonly RegionProgress[]): ConcessiehouderProgress[] {
  const out = new Map<string, ConcessiehouderProgress>();
  for (const r of rows) {
    const g = out.get(r.concessiehouderCode) ?? {
      concessiehouderCode: r.concessiehouderCode,
      concessiehouderName: r.concessiehouderName,
      regions: 0,
      projects: 0,
      withoutLeader: 0,
      submitted: 0,
      toReview: 0,
      approved: 0,
      assessed: 0,
      proposalsToMake: 0,
    };
    g.regions++;
    for (const k of ["projects", "withoutLeader", "submitted", "toReview", "approved", "assessed", "proposalsToMake"] as const) g[k] += r[k];
    out.set(r.concessiehouderCode, g);
  }
  return [...out.values()];
}

export type ProjectWithoutLeader = { id: string; wirNumber: string; title: string; regionName: string };

/** Active projects in the actor's scope that have no leader in Regiotafel (nobody can be asked). */
export async function projectsWithoutLeader(ctx: Ctx, limit = 50): Promise<{ items: ProjectWithoutLeader[]; total: number }> {
  assertPermission(ctx.actor, "update:review");
  const where: Prisma.ProjectWhereInput = {
    lifecycle: "ACTIVE",
    leaders: { none: {} },
    ...(isNational(ctx.actor) ? {} : { region: { zorgkantoorregio: { assignments: { some: { concessiehouderId: { in: [...ctx.actor.concessiehouderIds] }, validTo: null } } } } }),
  };
  const [rows, total] = await Promise.all([
    ctx.db.project.findMany({ where, select: { id: true, wirNumber: true, title: true, region: { select: { name: true } } }, orderBy: [{ region: { reportOrder: "asc" } }, { wirNumber: "asc" }], take: limit }),
    ctx.db.project.count({ where }),
  ]);
  return { items: rows.map((r) => ({ id: r.id, wirNumber: r.wirNumber, title: r.title, regionName: r.region.name })), total };
}

// ---------------------------------------------------------------------------------------------
// WIR: send a reminder to a selection of regions, after a preview
// ---------------------------------------------------------------------------------------------

export type ReminderPreview = {
  period: RunningPeriod;
  leaders: { name: string; email: string; projects: { wirNumber: string; title: string; regionName: string }[] }[];
  projectCount: number;
};

/** Who would get a reminder for the selected regions: active leaders with an outstanding update. */
export async function reminderPreview(ctx: Ctx, regionCodes: readonly string[]): Promise<ReminderPreview> {
  assertPermission(ctx.actor, "period:manage");
  const period = await runningPeriodWithDeadlines(ctx);
  if (!period) throw new NotFoundError("Er is geen open periode; herinneringen kunnen alleen tijdens een open periode.");
  const rows = await ctx.db.$queryRaw<{ name: string; email: string; wirNumber: string; title: string; regionName: string }[]>`
    SELECT u.name, u.email, p."wirNumber", p.title, r.name AS "regionName"
    FROM "Project" p
    JOIN "Region" r ON r.id = p."regionId"
    JOIN "ProjectLeader" pl ON pl."projectId" = p.id
    JOIN "User" u ON u.id = pl."userId" AND u.active
    LEFT JOIN "ProgressUpdate" up ON up."projectId" = p.id AND up."periodId" = ${period.id}
    WHERE p.lifecycle = 'ACTIVE' AND r.code = ANY(${[...regionCodes]}::text[]) AND (up.state IS NULL OR up.state IN ('DRAFT', 'RETURNED'))
    ORDER BY u.name, u.email, p."wirNumber"`;
  const leaders = new Map<string, ReminderPreview["leaders"][number]>();
  for (const row of rows) {
    const l = leaders.get(row.email) ?? { name: row.name, email: row.email, projects: [] };
    l.projects.push({ wirNumber: row.wirNumber, title: row.title, regionName: row.regionName });
    leaders.set(row.email, l);
  }
  return { period, leaders: [...leaders.values()], projectCount: new Set(rows.map((r) => r.wirNumber)).size };
}

/**
 * Sends the reminder the preview showed: the projects are looked up again here from the region
 * codes (never taken from the client), the reminder is a job, and the sending is audited.
 */
export async function sendReminder(ctx: Ctx, input: { regionCodes: readonly string[]; periodId: string }): Promise<{ projects: number }> {
  assertPermission(ctx.actor, "period:manage");
  return ctx.db.$transaction(async (tx) => {
    const period = await tx.reportingPeriod.findFirst({ where: { id: input.periodId, state: "OPEN" }, select: { id: true, label: true } });
    if (!period) throw new ValidationError("Deze periode is niet (meer) open; er is geen herinnering verstuurd.");
    const projects = await tx.project.findMany({
      where: {
        lifecycle: "ACTIVE",
        region: { code: { in: [...input.regionCodes] } },
        leaders: { some: { user: { active: true } } },
        NOT: { updates: { some: { periodId: period.id, state: { in: ["SUBMITTED", "APPROVED"] } } } },
      },
      select: { id: true },
    });
    if (projects.length === 0) throw new ValidationError("In deze selectie wacht geen enkele update meer: er is niemand om te herinneren.");
    const now = nowOf(ctx);
    await manualReminder(tx, period.id, projects.map((p) => p.id), now);
    await writeAudit(tx, ctx.actor, {
      action: "CREATE",
      entity: "Reminder",
      entityId: `${period.id}:${now.toISOString()}`,
      after: { period: period.label, regions: [...input.regionCodes], projects: projects.length },
    });
    return { projects: projects.length };
  });
}

export type HomeTasks = {
  period: RunningPeriod;
  regions: RegionProgress[];
  byConcessiehouder: ConcessiehouderProgress[];
  withoutLeader: { items: ProjectWithoutLeader[]; total: number };
};

/** What waits for an inkoper or WIR in the running period; null without an open period. */
export async function reviewerTasks(ctx: Ctx): Promise<HomeTasks | null> {
  assertPermission(ctx.actor, "update:review");
  const period = await runningPeriodWithDeadlines(ctx);
  if (!period) return null;
  const [regions, withoutLeader] = await Promise.all([periodProgressByRegion(ctx, period.id), projectsWithoutLeader(ctx, 20)]);
  return { period, regions, byConcessiehouder: progressByConcessiehouder(regions), withoutLeader };
}
