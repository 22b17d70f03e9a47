import { describe, expect, it } from "vitest";
import { currentStage, indicatorFigures, isStalled, latestMeasurement, median, onTrack, projectsMeasuringStandard, type IndicatorSeries } from "./compute";

const series = (over: Partial<IndicatorSeries>): IndicatorSeries => ({
  projectId: "p1",
  indicatorCode: "VERZUIM",
  direction: "LOWER_IS_BETTER",
  baseline: { value: 8, date: "2020-01-01" },
  target: { value: 6, date: "2021-01-01" },
  measurements: [],
  ...over,
});

describe("latestMeasurement", () => {
  it("takes the last measurement on or before the peildatum", () => {
    const ms = [
      { peildatum: "2020-03-01", value: 1 },
      { peildatum: "2020-11-01", value: 2 },
      { peildatum: "2021-03-01", value: 3 },
    ];
    expect(latestMeasurement(ms, "2020-11-01")?.value).toBe(2);
    expect(latestMeasurement(ms, "2020-10-31")?.value).toBe(1);
    expect(latestMeasurement(ms, "2019-01-01")).toBeNull();
  });
});

describe("median", () => {
  it("odd, even and empty", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("onTrack", () => {
  // lower is better: baseline 8 on 2020-01-01, target 6 on 2021-01-01
  it.each([
    // on 2020-07-02 (half a year) 6,8 = 60% of the way
    { when: "halfway in time and more than halfway in value", peildatum: "2020-07-02", value: 6.8, asOf: "2020-12-31", expected: true },
    { when: "halfway in time but only 25% of the way", peildatum: "2020-07-02", value: 7.5, asOf: "2020-12-31", expected: false },
    { when: "a reached target, also after the target date", peildatum: "2022-03-01", value: 5.5, asOf: "2022-03-01", expected: true },
    { when: "past the target date without reaching it", peildatum: "2021-03-01", value: 6.5, asOf: "2021-03-01", expected: false },
  ])("lower is better: $when is on track: $expected", ({ peildatum, value, asOf, expected }) => {
    expect(onTrack(series({ measurements: [{ peildatum, value }] }), asOf)).toBe(expected);
  });
  it("higher is better, the opposite direction: rising towards the target is on track", () => {
    const s = series({ direction: "HIGHER_IS_BETTER", baseline: { value: 7, date: "2020-01-01" }, target: { value: 8, date: "2021-01-01" }, measurements: [{ peildatum: "2020-07-02", value: 7.6 }] });
    expect(onTrack(s, "2021-01-01")).toBe(true);
    const falling = { ...s, measurements: [{ peildatum: "2020-07-02", value: 6.9 }] };
    expect(onTrack(falling, "2021-01-01")).toBe(false);
  });
  it("missing baseline, target or measurement: not counted", () => {
    expect(onTrack(series({ baseline: null, measurements: [{ peildatum: "2020-07-01", value: 5 }] }), "2021-01-01")).toBeNull();
    expect(onTrack(series({ target: null, measurements: [{ peildatum: "2020-07-01", value: 5 }] }), "2021-01-01")).toBeNull();
    expect(onTrack(series({}), "2021-01-01")).toBeNull();
  });
});

describe("indicatorFigures", () => {
  it("a single project", () => {
    const f = indicatorFigures([series({ measurements: [{ peildatum: "2020-11-01", value: 6 }] })], "2020-11-01");
    expect(f).toEqual({
      projectsMeasuring: 1,
      projectsWithBaseline: 1,
      medianChange: -2,
      projectsImproved: 1,
      projectsWithTarget: 1,
      projectsOnTrack: 1,
      onTrackShare: 1,
    });
  });
  it("hand-checked: three projects, one without baseline, one without target", () => {
    const all = [
      // change −2 (8 → 6), target reached: on track
      series({ projectId: "a", measurements: [{ peildatum: "2020-11-01", value: 6 }] }),
      // change +1 (8 → 9), worse, on 2020-11-01 (84% of the time) 0% of the way: behind
      series({ projectId: "b", measurements: [{ peildatum: "2020-03-01", value: 7 }, { peildatum: "2020-11-01", value: 9 }] }),
      // no baseline: measuring, no change, no on-track
      series({ projectId: "c", baseline: null, measurements: [{ peildatum: "2020-11-01", value: 4 }] }),
      // no target: change −0,5, improved, no on-track
      series({ projectId: "d", target: null, measurements: [{ peildatum: "2020-03-01", value: 7.5 }] }),
      // measured only after the peildatum: not measuring
      series({ projectId: "e", measurements: [{ peildatum: "2021-03-01", value: 5 }] }),
    ];
    const f = indicatorFigures(all, "2020-11-01");
    expect(f.projectsMeasuring).toBe(4);
    expect(f.projectsWithBaseline).toBe(3);
    expect(f.medianChange).toBe(-0.5); // of −2, +1, −0,5
    expect(f.projectsImproved).toBe(2);
    expect(f.projectsWithTarget).toBe(2);
    expect(f.projectsOnTrack).toBe(1);
    expect(f.onTrackShare).toBe(0.5);
    // the earlier period: only b and d had measured
    const earlier = indicatorFigures(all, "2020-03-01");
    expect(earlier.projectsMeasuring).toBe(2);
    expect(earlier.medianChange).toBe(-0.75); // b: −1, d: −0,5
  });
  it("no measurements at all: zeros and nulls, never NaN", () => {
    expect(indicatorFigures([series({})], "2020-11-01")).toEqual({
      projectsMeasuring: 0,
      projectsWithBaseline: 0,
      medianChange: null,
      projectsImproved: 0,
      projectsWithTarget: 0,
      projectsOnTrack: 0,
      onTrackShare: null,
    });
  });
});

describe("projectsMeasuringStandard", () => {
  it("counts a project once, and only for standard indicators", () => {
    const m = [{ peildatum: "2020-11-01", value: 5 }];
    const set = projectsMeasuringStandard(
      [
        series({ projectId: "a", measurements: m }),
        series({ projectId: "a", indicatorCode: "WACHTTIJD", measurements: m }),
        series({ projectId: "b", indicatorCode: "EIGEN-1", measurements: m }),
        series({ projectId: "c" }),
      ],
      new Set(["VERZUIM", "WACHTTIJD"]),
      "2020-11-01",
    );
    expect([...set]).toEqual(["a"]);
  });
});

describe("currentStage", () => {
  const steps = [
    { stage: "INTAKE" as const, date: "2020-01-10" },
    { stage: "SCAN" as const, date: "2020-02-01" },
    { stage: "FUNDING" as const, date: "2020-05-01" },
  ];
  it("the furthest stage reached by the date, with days in it", () => {
    expect(currentStage(steps, "2020-06-01")).toEqual({ stage: "FUNDING", since: "2020-05-01", daysInStage: 31 });
    expect(currentStage(steps, "2020-03-01")?.stage).toBe("SCAN");
    expect(currentStage(steps, "2019-12-31")).toBeNull();
  });
  it("stalls after more than 180 days outside borging", () => {
    expect(isStalled(currentStage(steps, "2020-10-28"))).toBe(false); // 180 days
    expect(isStalled(currentStage(steps, "2020-10-29"))).toBe(true);
    expect(isStalled({ stage: "BORGING", daysInStage: 400 })).toBe(false);
  });
});
