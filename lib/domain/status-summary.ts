import { PROJECT_LIFECYCLE, PROJECT_STATUS, type ProjectLifecycle, type ProjectStatus } from "./enums";

/** One row of the home overview's "Projecten per status": a judgement, the drafts, or not yet judged. */
export type StatusCount = { status: ProjectStatus | null; kind: "status" | "draft" | "notAssessed"; label: string; count: number };

export type StatusSummaryCounts = {
  /** projects in scope per lifecycle (archived ones are ignored) */
  projects: { lifecycle: ProjectLifecycle; count: number }[];
  /** the period's assessments of the ACTIVE projects in scope, per status (null = a row without a status) */
  activeAssessments: { status: ProjectStatus | null; count: number }[];
};

export const NOT_ASSESSED_LABEL = "Nog niet beoordeeld";

/**
 * The home overview's figures at a period. A project the leader has not yet submitted
 * (lifecycle DRAFT) is a "Concept", never judged and never "Nog niet beoordeeld"; an active
 * project counts as judged only when its assessment at the period has a status — an assessment
 * row without one is still "Nog niet beoordeeld". The rows add up to `total`.
 */
export function summariseStatuses(counts: StatusSummaryCounts): { total: number; assessed: number; drafts: number; byStatus: StatusCount[] } {
  const perLifecycle = (l: ProjectLifecycle) => counts.projects.filter((p) => p.lifecycle === l).reduce((sum, p) => sum + p.count, 0);
  const active = perLifecycle("ACTIVE");
  const drafts = perLifecycle("DRAFT");
  const judged = (s: ProjectStatus) => counts.activeAssessments.filter((a) => a.status === s).reduce((sum, a) => sum + a.count, 0);
  const byStatus: StatusCount[] = PROJECT_STATUS.values.map((s) => ({ status: s, kind: "status", label: PROJECT_STATUS.label(s), count: judged(s) }));
  const assessed = byStatus.reduce((sum, s) => sum + s.count, 0);
  if (drafts > 0) byStatus.push({ status: null, kind: "draft", label: PROJECT_LIFECYCLE.label("DRAFT"), count: drafts });
  byStatus.push({ status: null, kind: "notAssessed", label: NOT_ASSESSED_LABEL, count: Math.max(0, active - assessed) });
  return { total: active + drafts, assessed, drafts, byStatus };
}
