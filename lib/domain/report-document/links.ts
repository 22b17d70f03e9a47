/**
 * Links from a number on the dashboard to what is behind it: the projects list filtered on the
 * judgement at that period (/projecten?periode=…&status=…), or — for region phases — Bijlage 1 of
 * the report. Pure; the projects list applies the actor's scope itself.
 */
import { IMPACT, PROJECT_STATUS, RESULT_SHARING, SCALABILITY, SCALABLE_VALUES } from "../enums";
import type { HeadlineKey, Report, ValueTable } from "../report/types";
import { TOTAL_KEY } from "../report/types";
import { reportSearch, type ReportQuery } from "../report/query";
import { projectListSearch } from "../project-list";

export type ProjectLink = {
  periode: string;
  status?: readonly string[];
  impact?: readonly string[];
  delen?: readonly string[];
  opschaalbaarheid?: readonly string[];
  concessiehouder?: string;
  regio?: string;
  rubriek?: string;
  beoordeeld?: boolean;
  startVanaf?: number;
};

/** The /projecten address with the project lists' one set of parameter names (lib/domain/project-list.ts). */
export function projectsHref(l: ProjectLink): string {
  const { beoordeeld, ...rest } = l;
  return `/projecten${projectListSearch({}, { ...rest, beoordeeld: beoordeeld ? "1" : undefined })}`;
}

type Scope = Pick<ReportQuery, "concessiehouder" | "region" | "hoofdrubriek">;
const base = (q: Scope, periode: string): ProjectLink => ({ periode, concessiehouder: q.concessiehouder, regio: q.region, rubriek: q.hoofdrubriek });

const DIMENSIONS = {
  status: { is: PROJECT_STATUS.is, param: "status" },
  impact: { is: IMPACT.is, param: "impact" },
  sharing: { is: RESULT_SHARING.is, param: "delen" },
  scalability: { is: SCALABILITY.is, param: "opschaalbaarheid" },
} as const;

/**
 * For a table whose rows are one judgement (Tabel 6, 8, 10, 11) and whose columns are periods:
 * the link behind cell (row, column), or null (change columns, rows that are not a judgement).
 */
export function judgementCellHref(t: ValueTable, dimension: keyof typeof DIMENSIONS, q: Scope, periodCodes: readonly string[]) {
  const d = DIMENSIONS[dimension];
  return (ri: number, ci: number): string | null => {
    const row = t.rows[ri];
    const col = t.columns[ci];
    if (!row || !col || !periodCodes.includes(col.key)) return null;
    if (row.key === TOTAL_KEY) return projectsHref({ ...base(q, col.key), beoordeeld: true });
    if (!d.is(row.key)) return null;
    return projectsHref({ ...base(q, col.key), [d.param]: [row.key] });
  };
}

/** Tabel 4: hoofdrubriek rows × concessiehouder columns at the report period (and the comparison total). */
export function rubriekCellHref(t: ValueTable, q: Scope, report: Pick<Report, "period" | "comparePeriod">, concessiehouderCodes: readonly string[]) {
  return (ri: number, ci: number): string | null => {
    const row = t.rows[ri];
    const col = t.columns[ci];
    if (!row || !col) return null;
    const rubriek = row.key === TOTAL_KEY ? q.hoofdrubriek : row.key;
    if (concessiehouderCodes.includes(col.key)) return projectsHref({ ...base(q, report.period.code), concessiehouder: col.key, rubriek, beoordeeld: true });
    if (col.key === TOTAL_KEY) return projectsHref({ ...base(q, report.period.code), rubriek, beoordeeld: true });
    if (col.key === report.comparePeriod.code) return projectsHref({ ...base(q, report.comparePeriod.code), rubriek, beoordeeld: true });
    return null;
  };
}

/** Region phase tables (1–3): the regions behind a count are in Bijlage 1 of that period's report. */
export function phaseCellHref(t: ValueTable, q: Scope, periodCodes: readonly string[]) {
  return (_ri: number, ci: number): string | null => {
    const col = t.columns[ci];
    if (!col || !periodCodes.includes(col.key)) return null;
    return `/rapportage?${reportSearch({ ...q, period: col.key })}#bijlage1`;
  };
}

/** The projects-list filter behind each headline figure that is one filter at the report period. */
const HEADLINE_FILTERS: Partial<Record<HeadlineKey, Omit<ProjectLink, "periode">>> = {
  projects: { beoordeeld: true },
  finished: { status: ["FINISHED_SUCCESSFUL", "FINISHED_UNSUCCESSFUL"] },
  finishedSuccessful: { status: ["FINISHED_SUCCESSFUL"] },
  running: { status: ["RUNNING"] },
  notStarted: { status: ["NOT_STARTED"] },
  stoppedEarly: { status: ["STOPPED_EARLY"] },
  scalable: { opschaalbaarheid: SCALABLE_VALUES },
  notYetScalable: { opschaalbaarheid: ["NOT_YET_USEFUL"] },
  sharing: { delen: ["YES"] },
  sharingSoon: { delen: ["NOT_YET_SOON"] },
};

/** The link behind a headline figure at the report period, or null when none fits. */
export function headlineHref(key: HeadlineKey, q: Scope, periode: string): string | null {
  const b = base(q, periode);
  const filter = HEADLINE_FILTERS[key];
  if (filter) return projectsHref({ ...b, ...filter });
  switch (key) {
    case "regionsImplementing":
    case "regionsSharedVision":
      return `/rapportage?${reportSearch({ ...q, period: periode })}#bijlage1`;
    case "newProjects":
      // the report counts projects starting in the report period's year or later
      return projectsHref({ ...b, beoordeeld: true, startVanaf: Number(periode.slice(0, 4)) });
    default:
      // newCrossOrganisational: five hoofdrubrieken at once; the projects list filters on one
      return null;
  }
}
