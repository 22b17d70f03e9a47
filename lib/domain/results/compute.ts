/**
 * Pure computations of results (issue 14, ADR 0022): change against baseline, on track to
 * target, the per-indicator figures of the chapter "Resultaten in cijfers", and the traject's
 * current stage. Dates are ISO days ("2020-11-01"); no I/O.
 */
import type { IndicatorDirection, TrajectStage } from "./enums";
import { TRAJECT_STAGE } from "./enums";

export type Measured = { peildatum: string; value: number };

export type IndicatorSeries = {
  projectId: string;
  indicatorCode: string;
  direction: IndicatorDirection;
  baseline: { value: number; date: string | null } | null;
  target: { value: number; date: string | null } | null;
  measurements: readonly Measured[];
};

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);

/** The last measurement on or before `at` (a period's peildatum), or null. */
export function latestMeasurement(measurements: readonly Measured[], at: string): Measured | null {
  let best: Measured | null = null;
  for (const m of measurements) {
    if (m.peildatum <= at && (!best || m.peildatum > best.peildatum)) best = m;
  }
  return best;
}

/** Positive when `to` is better than `from` for this direction. */
export function improvement(from: number, to: number, direction: IndicatorDirection): number {
  return direction === "HIGHER_IS_BETTER" ? to - from : from - to;
}

/**
 * Whether the latest measurement (at `at`) is on track to the target: the target is reached, or
 * the share of the way from baseline to target covered is at least the share of the time from
 * baseline date to target date that has passed. Null when baseline, target or a measurement is
 * missing (such a project is not counted either way).
 */
export function onTrack(series: IndicatorSeries, at: string): boolean | null {
  const { baseline, target, direction } = series;
  const last = latestMeasurement(series.measurements, at);
  if (!baseline || !target || !last) return null;
  const gained = improvement(baseline.value, last.value, direction);
  const needed = improvement(baseline.value, target.value, direction);
  if (improvement(target.value, last.value, direction) >= 0) return true; // target reached
  if (needed <= 0) return false; // target not better than baseline and not reached
  let elapsed = 1;
  if (baseline.date && target.date) {
    const span = dayNumber(target.date) - dayNumber(baseline.date);
    elapsed = span > 0 ? Math.min(1, Math.max(0, (dayNumber(last.peildatum) - dayNumber(baseline.date)) / span)) : 1;
  }
  return gained / needed >= elapsed - 1e-9;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export type IndicatorFigures = {
  /** projects with at least one measurement on or before the peildatum */
  projectsMeasuring: number;
  /** of those, projects with a baseline (the median change is over these) */
  projectsWithBaseline: number;
  /** median of (latest measurement − baseline), in the indicator's unit; null without baselines */
  medianChange: number | null;
  /** projects whose latest measurement is better than their baseline */
  projectsImproved: number;
  /** projects with baseline, target and a measurement (the on-track share is over these) */
  projectsWithTarget: number;
  projectsOnTrack: number;
  /** projectsOnTrack / projectsWithTarget, 0–1; null when no project has a target */
  onTrackShare: number | null;
};

/** The figures of one indicator over the series of the selected projects, at `at`. */
export function indicatorFigures(series: readonly IndicatorSeries[], at: string): IndicatorFigures {
  const changes: number[] = [];
  let measuring = 0;
  let improved = 0;
  let withTarget = 0;
  let onTrackCount = 0;
  for (const s of series) {
    const last = latestMeasurement(s.measurements, at);
    if (!last) continue;
    measuring++;
    if (s.baseline) {
      changes.push(last.value - s.baseline.value);
      if (improvement(s.baseline.value, last.value, s.direction) > 0) improved++;
    }
    const track = onTrack(s, at);
    if (track !== null) {
      withTarget++;
      if (track) onTrackCount++;
    }
  }
  return {
    projectsMeasuring: measuring,
    projectsWithBaseline: changes.length,
    medianChange: median(changes),
    projectsImproved: improved,
    projectsWithTarget: withTarget,
    projectsOnTrack: onTrackCount,
    onTrackShare: withTarget ? onTrackCount / withTarget : null,
  };
}

/** Projects (ids) with at least one measurement of a standard indicator on or before `at`. */
export function projectsMeasuringStandard(series: readonly IndicatorSeries[], standardCodes: ReadonlySet<string>, at: string): Set<string> {
  const out = new Set<string>();
  for (const s of series) {
    if (standardCodes.has(s.indicatorCode) && latestMeasurement(s.measurements, at)) out.add(s.projectId);
  }
  return out;
}

export type TrajectStepLite = { stage: TrajectStage; date: string };

/** The furthest stage reached on or before `at`, with the days spent in it until `at`. */
export function currentStage(steps: readonly TrajectStepLite[], at: string): { stage: TrajectStage; since: string; daysInStage: number } | null {
  let best: TrajectStepLite | null = null;
  const order = (s: TrajectStage) => TRAJECT_STAGE.values.indexOf(s);
  for (const step of steps) {
    if (step.date > at) continue;
    if (!best || order(step.stage) > order(best.stage) || (order(step.stage) === order(best.stage) && step.date > best.date)) best = step;
  }
  if (!best) return null;
  return { stage: best.stage, since: best.date, daysInStage: dayNumber(at) - dayNumber(best.date) };
}

/** A project stalls when it has stayed this long in a stage before borging. */
export const STALL_DAYS = 180;

export function isStalled(current: { stage: TrajectStage; daysInStage: number } | null): boolean {
  return !!current && current.stage !== "BORGING" && current.daysInStage > STALL_DAYS;
}
