import "server-only";
import type { Ctx } from "../accounts/session";
import { assertPermission } from "../core/authz";
import { projectManageWhere } from "../core/scope";
import { findPagePeriod } from "../periods/read";
import { isCompleteJudgement } from "../../domain/assessment";
import type { UpdateState } from "../../domain/enums";

/**
 * How complete a period is: per (sub)region and per concessiehouder, how many active projects
 * have an update (submitted or approved) and a complete WIR assessment (the four choices made;
 * the number of organisations may be unknown), with the list of what is missing.
 */

export type MissingItem = {
  projectId: string;
  wirNumber: string;
  title: string;
  regionName: string;
  concessiehouderName: string;
  updateState: UpdateState | null;
  missingUpdate: boolean;
  missingAssessment: boolean;
  hasLeader: boolean;
};

export type CompletenessGroup = {
  key: string;
  name: string;
  projects: number;
  withUpdate: number;
  withAssessment: number;
  complete: number;
  /** share of projects with both, 0–100, whole number; 100 for a group without projects */
  percent: number;
};

const HAS_UPDATE: readonly UpdateState[] = ["SUBMITTED", "APPROVED"];

/**
 * `withLeaderOnly`: only projects with a project leader in Regiotafel — the ones whose update
 * can actually be asked for (a project without a registered leader is an onboarding task).
 */
export async function periodCompleteness(ctx: Ctx, periodCode?: string | null, options: { withLeaderOnly?: boolean } = {}) {
  assertPermission(ctx.actor, "portfolio:read");
  const period = await findPagePeriod(ctx.db, "work", periodCode);
  if (!period) return { period: null, byRegion: [], byConcessiehouder: [], total: null, missing: [] };
  const projects = await ctx.db.project.findMany({
    where: { AND: [projectManageWhere(ctx.actor, "portfolio:read"), { lifecycle: "ACTIVE" }, options.withLeaderOnly ? { leaders: { some: {} } } : {}] },
    select: {
      id: true,
      wirNumber: true,
      title: true,
      _count: { select: { leaders: true } },
      region: {
        select: {
          code: true,
          name: true,
          reportOrder: true,
          zorgkantoorregio: {
            select: { assignments: { where: { validTo: null }, select: { concessiehouder: { select: { code: true, name: true, reportOrder: true } } } } },
          },
        },
      },
      updates: { where: { periodId: period.id }, select: { state: true } },
      assessments: { where: { periodId: period.id }, select: { status: true, impact: true, sharing: true, scalability: true } },
    },
    orderBy: [{ region: { reportOrder: "asc" } }, { wirNumber: "asc" }],
  });
  const regionGroups = new Map<string, CompletenessGroup & { order: number }>();
  const chGroups = new Map<string, CompletenessGroup & { order: number }>();
  const total: CompletenessGroup = { key: "totaal", name: "Totaal", projects: 0, withUpdate: 0, withAssessment: 0, complete: 0, percent: 100 };
  const missing: MissingItem[] = [];
  const add = (g: CompletenessGroup, u: boolean, a: boolean) => {
    g.projects++;
    if (u) g.withUpdate++;
    if (a) g.withAssessment++;
    if (u && a) g.complete++;
  };
  for (const p of projects) {
    const ch = p.region.zorgkantoorregio.assignments[0]?.concessiehouder ?? { code: "-", name: "Onbekend", reportOrder: 999 };
    const updateState = p.updates[0]?.state ?? null;
    const hasUpdate = updateState != null && HAS_UPDATE.includes(updateState);
    const hasAssessment = isCompleteJudgement(p.assessments[0]);
    const rg = regionGroups.get(p.region.code) ?? { key: p.region.code, name: p.region.name, order: p.region.reportOrder, projects: 0, withUpdate: 0, withAssessment: 0, complete: 0, percent: 0 };
    const cg = chGroups.get(ch.code) ?? { key: ch.code, name: ch.name, order: ch.reportOrder, projects: 0, withUpdate: 0, withAssessment: 0, complete: 0, percent: 0 };
    add(rg, hasUpdate, hasAssessment);
    add(cg, hasUpdate, hasAssessment);
    add(total, hasUpdate, hasAssessment);
    regionGroups.set(rg.key, rg);
    chGroups.set(cg.key, cg);
    if (!hasUpdate || !hasAssessment) {
      missing.push({
        projectId: p.id,
        wirNumber: p.wirNumber,
        title: p.title,
        regionName: p.region.name,
        concessiehouderName: ch.name,
        updateState,
        missingUpdate: !hasUpdate,
        missingAssessment: !hasAssessment,
        hasLeader: p._count.leaders > 0,
      });
    }
  }
  const finish = (g: CompletenessGroup) => ({ ...g, percent: g.projects === 0 ? 100 : Math.floor((100 * g.complete) / g.projects) });
  const ordered = (m: Map<string, CompletenessGroup & { order: number }>) =>
    [...m.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...g }) => finish(g));
  return { period, byRegion: ordered(regionGroups), byConcessiehouder: ordered(chGroups), total: finish(total), missing };
}
