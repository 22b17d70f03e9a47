/**
 * The chapter "Resultaten in cijfers" of the progress report (issue 14, ADR 0022): per standard
 * indicator the projects measuring it, the median change against baseline and the share on track,
 * at the report period and the compare period; the share of projects measuring at least one
 * standard indicator; projects per traject stage per region. Pure: lib/server/results/report.ts
 * loads the rows of the report's selection.
 */
import { currentStage, indicatorFigures, isStalled, projectsMeasuringStandard, type IndicatorFigures, type IndicatorSeries, type TrajectStepLite } from "./compute";
import { TRAJECT_STAGE, type IndicatorDirection, type IndicatorUnit, type TrajectStage } from "./enums";

export type ResultsInput = {
  period: { code: string; peildatum: string };
  compare: { code: string; peildatum: string };
  /** how many selected (non-draft) projects each region has (counted in SQL: no project rows are loaded) */
  projectsPerRegion: { regionCode: string; count: number }[];
  regions: { code: string; name: string }[];
  /** standard indicators, in display order */
  indicators: { code: string; name: string; unit: IndicatorUnit; direction: IndicatorDirection }[];
  /** series of the selected projects for standard indicators (the caller selects them) */
  series: IndicatorSeries[];
  /** traject steps of the selected projects, with the project's region */
  steps: (TrajectStepLite & { projectId: string; regionCode: string })[];
};

export type ResultsIndicatorRow = {
  code: string;
  name: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  /** projects that chose the indicator */
  projectsChosen: number;
  period: IndicatorFigures;
  compare: IndicatorFigures;
};

export const NO_STAGE = "GEEN";
export type StageColumn = TrajectStage | typeof NO_STAGE;

export type ResultsFigures = {
  projectsInSelection: number;
  /** projects measuring at least one standard indicator, at the period and the compare period */
  measuringStandard: { value: number; compare: number; share: number | null; compareShare: number | null };
  indicators: ResultsIndicatorRow[];
  /** projects per current traject stage per region, at the period's peildatum (regions with projects only) */
  stages: { regionCode: string; regionName: string; counts: Record<StageColumn, number>; stalled: number; total: number }[];
  stageTotals: Record<StageColumn, number> & { stalled: number };
};

const emptyCounts = (): Record<StageColumn, number> => Object.fromEntries([...TRAJECT_STAGE.values, NO_STAGE].map((s) => [s, 0])) as Record<StageColumn, number>;

export function computeResults(input: ResultsInput): ResultsFigures {
  const series = input.series;
  const standard = new Set(input.indicators.map((i) => i.code));
  const n = input.projectsPerRegion.reduce((sum, r) => sum + r.count, 0);
  const now = projectsMeasuringStandard(series, standard, input.period.peildatum).size;
  const before = projectsMeasuringStandard(series, standard, input.compare.peildatum).size;

  const byIndicator = new Map<string, IndicatorSeries[]>();
  for (const s of series) (byIndicator.get(s.indicatorCode) ?? byIndicator.set(s.indicatorCode, []).get(s.indicatorCode)!).push(s);
  const indicators = input.indicators
    .filter((i) => byIndicator.has(i.code))
    .map((i) => {
      const list = byIndicator.get(i.code)!;
      return { ...i, projectsChosen: list.length, period: indicatorFigures(list, input.period.peildatum), compare: indicatorFigures(list, input.compare.peildatum) };
    });

  // Projects with a current stage count in its column; the rest of a region's projects have none.
  const perRegion = new Map(input.projectsPerRegion.filter((r) => r.count > 0).map((r) => [r.regionCode, { counts: emptyCounts(), stalled: 0, total: r.count }]));
  const stepsByProject = new Map<string, { regionCode: string; steps: TrajectStepLite[] }>();
  for (const s of input.steps) (stepsByProject.get(s.projectId) ?? stepsByProject.set(s.projectId, { regionCode: s.regionCode, steps: [] }).get(s.projectId)!).steps.push(s);
  const totals = { ...emptyCounts(), stalled: 0 };
  for (const { regionCode, steps } of stepsByProject.values()) {
    const current = currentStage(steps, input.period.peildatum);
    const row = perRegion.get(regionCode);
    if (!current || !row) continue;
    row.counts[current.stage]++;
    totals[current.stage]++;
    if (isStalled(current)) {
      row.stalled++;
      totals.stalled++;
    }
  }
  for (const row of perRegion.values()) {
    row.counts[NO_STAGE] = row.total - TRAJECT_STAGE.values.reduce((sum, stage) => sum + row.counts[stage], 0);
    totals[NO_STAGE] += row.counts[NO_STAGE];
  }
  const stages = input.regions.filter((r) => perRegion.has(r.code)).map((r) => ({ regionCode: r.code, regionName: r.name, ...perRegion.get(r.code)! }));
  return {
    projectsInSelection: n,
    measuringStandard: { value: now, compare: before, share: n ? now / n : null, compareShare: n ? before / n : null },
    indicators,
    stages,
    stageTotals: totals,
  };
}
