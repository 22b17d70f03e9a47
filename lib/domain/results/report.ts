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
  /** the selected (non-draft) projects with their region */
  projects: { id: string; regionCode: string }[];
  regions: { code: string; name: string }[];
  /** standard indicators, in display order */
  indicators: { code: string; name: string; unit: IndicatorUnit; direction: IndicatorDirection }[];
  /** series of the selected projects for standard indicators */
  series: IndicatorSeries[];
  steps: (TrajectStepLite & { projectId: string })[];
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
  const selected = new Set(input.projects.map((p) => p.id));
  const series = input.series.filter((s) => selected.has(s.projectId));
  const standard = new Set(input.indicators.map((i) => i.code));
  const n = input.projects.length;
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

  const stepsByProject = new Map<string, TrajectStepLite[]>();
  for (const s of input.steps) if (selected.has(s.projectId)) (stepsByProject.get(s.projectId) ?? stepsByProject.set(s.projectId, []).get(s.projectId)!).push(s);
  const perRegion = new Map<string, { counts: Record<StageColumn, number>; stalled: number; total: number }>();
  const totals = { ...emptyCounts(), stalled: 0 };
  for (const p of input.projects) {
    const current = currentStage(stepsByProject.get(p.id) ?? [], input.period.peildatum);
    const column: StageColumn = current?.stage ?? NO_STAGE;
    const row = perRegion.get(p.regionCode) ?? perRegion.set(p.regionCode, { counts: emptyCounts(), stalled: 0, total: 0 }).get(p.regionCode)!;
    row.counts[column]++;
    row.total++;
    totals[column]++;
    if (isStalled(current)) {
      row.stalled++;
      totals.stalled++;
    }
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
