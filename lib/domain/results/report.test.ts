import { describe, expect, it } from "vitest";
import { computeResults, type ResultsInput } from "./report";

const base: ResultsInput = {
  period: { code: "2020-10", peildatum: "2020-11-01" },
  compare: { code: "2020-03", peildatum: "2020-03-01" },
  // a and b in Zeeland, c in Utrecht
  projectsPerRegion: [
    { regionCode: "zeeland", count: 2 },
    { regionCode: "utrecht", count: 1 },
  ],
  regions: [
    { code: "utrecht", name: "Utrecht" },
    { code: "zeeland", name: "Zeeland" },
    { code: "drenthe", name: "Drenthe" },
  ],
  indicators: [
    { code: "VERZUIM", name: "Ziekteverzuim", unit: "PERCENT", direction: "LOWER_IS_BETTER" },
    { code: "WACHTTIJD", name: "Wachttijd", unit: "DAYS", direction: "LOWER_IS_BETTER" },
  ],
  series: [
    { projectId: "a", indicatorCode: "VERZUIM", direction: "LOWER_IS_BETTER", baseline: { value: 8, date: "2019-11-01" }, target: { value: 6, date: "2020-11-01" }, measurements: [{ peildatum: "2020-03-01", value: 7 }, { peildatum: "2020-11-01", value: 6 }] },
    { projectId: "b", indicatorCode: "VERZUIM", direction: "LOWER_IS_BETTER", baseline: { value: 5, date: "2019-11-01" }, target: { value: 4, date: "2020-11-01" }, measurements: [{ peildatum: "2020-11-01", value: 5.5 }] },
    // an own indicator never counts
    { projectId: "c", indicatorCode: "EIGEN-X-1", direction: "HIGHER_IS_BETTER", baseline: null, target: null, measurements: [{ peildatum: "2020-11-01", value: 1 }] },
  ],
  steps: [
    { projectId: "a", regionCode: "zeeland", stage: "INTAKE", date: "2019-09-01" },
    { projectId: "a", regionCode: "zeeland", stage: "EXECUTION", date: "2020-01-15" },
    { projectId: "b", regionCode: "zeeland", stage: "INTAKE", date: "2020-10-01" },
  ],
};

describe("computeResults", () => {
  it("hand-checked figures for one indicator, the headline and stages", () => {
    const r = computeResults(base);
    expect(r.projectsInSelection).toBe(3);
    // a and b measure VERZUIM by 2020-11-01; only a by 2020-03-01; c's own indicator does not count
    expect(r.measuringStandard).toEqual({ value: 2, compare: 1, share: 2 / 3, compareShare: 1 / 3 });
    expect(r.indicators.map((i) => i.code)).toEqual(["VERZUIM"]); // WACHTTIJD is not chosen
    const v = r.indicators[0];
    expect(v.projectsChosen).toBe(2);
    // changes: a 6 − 8 = −2, b 5,5 − 5 = +0,5 → median −0,75
    expect(v.period.medianChange).toBe(-0.75);
    // a reached its target; b went the wrong way
    expect([v.period.projectsOnTrack, v.period.projectsWithTarget, v.period.onTrackShare]).toEqual([1, 2, 0.5]);
    expect([v.compare.projectsMeasuring, v.compare.medianChange]).toEqual([1, -1]);
    // stages at 2020-11-01: a in EXECUTION since 2020-01-15 (291 days: stalled), b in INTAKE, c none
    expect(r.stages.map((s) => [s.regionCode, s.counts.EXECUTION, s.counts.INTAKE, s.counts.GEEN, s.stalled])).toEqual([
      ["utrecht", 0, 0, 1, 0],
      ["zeeland", 1, 1, 0, 1],
    ]);
    expect(r.stageTotals.stalled).toBe(1);
    expect([r.stageTotals.EXECUTION, r.stageTotals.INTAKE, r.stageTotals.GEEN]).toEqual([1, 1, 1]);
  });
  it("a step after the peildatum does not move a project; a region's projects without a stage count as none", () => {
    const r = computeResults({ ...base, steps: [...base.steps, { projectId: "c", regionCode: "utrecht", stage: "EXECUTION", date: "2021-01-01" }] });
    expect(r.stages.find((s) => s.regionCode === "utrecht")?.counts.GEEN).toBe(1);
    const more = computeResults({ ...base, projectsPerRegion: [{ regionCode: "zeeland", count: 5 }] });
    expect(more.stages.map((s) => [s.regionCode, s.counts.EXECUTION, s.counts.INTAKE, s.counts.GEEN, s.total])).toEqual([["zeeland", 1, 1, 3, 5]]);
    expect(more.projectsInSelection).toBe(5);
  });
  it("an empty selection gives no shares, no NaN", () => {
    const r = computeResults({ ...base, projectsPerRegion: [], series: [], steps: [] });
    expect(r.measuringStandard).toEqual({ value: 0, compare: 0, share: null, compareShare: null });
    expect(r.indicators).toEqual([]);
    expect(r.stages).toEqual([]);
  });
});
