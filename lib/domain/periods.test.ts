import { describe, expect, it } from "vitest";
import { figuresPeriod, pagePeriod, parsePeriod, periodNames, runningPeriod } from "./periods";

describe("periodNames", () => {
  it("names a period in Dutch", () => {
    expect(periodNames(2020, 10)).toEqual({ code: "2020-10", label: "oktober 2020", shortLabel: "okt-20" });
    expect(periodNames(2019, 3)).toEqual({ code: "2019-03", label: "maart 2019", shortLabel: "mrt-19" });
  });
  it("refuses impossible months and years", () => {
    expect(() => periodNames(2020, 13)).toThrow(RangeError);
    expect(() => periodNames(1999, 1)).toThrow(RangeError);
  });
});

describe("parsePeriod accepts the ways people write a period", () => {
  it.each([
    ["2020-10", "2020-10"],
    ["oktober 2020", "2020-10"],
    ["Oktober 2020", "2020-10"],
    ["  okt-20 ", "2020-10"],
    ["okt 2020", "2020-10"],
    ["mrt-20", "2020-03"],
    ["maart 2019", "2019-03"],
    ["MAART-2019", "2019-03"],
    ["2020-3", "2020-03"],
  ])("%s → %s", (text, code) => {
    expect(parsePeriod(text)).toBe(code);
  });
  it.each(["", "oktober", "2020", "13-2020", "2020-13", "foo 2020", "okt-2"])("rejects %j", (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe("the period rule", () => {
  const p = (code: string, state: string) => ({ code, state });
  const running = [p("2020-03", "CLOSED"), p("2020-10", "CLOSED"), p("2021-03", "OPEN"), p("2021-10", "PLANNED")];
  it("figures open on the latest closed period while a newer one is open or planned; work on the open one", () => {
    expect(figuresPeriod(running)?.code).toBe("2020-10");
    expect(pagePeriod(running, "figures")?.code).toBe("2020-10");
    expect(runningPeriod(running)?.code).toBe("2021-03");
    expect(pagePeriod(running, "work")?.code).toBe("2021-03");
  });
  it("falls back to the latest open period, then to the latest of any state", () => {
    expect(figuresPeriod([p("2021-03", "OPEN"), p("2021-10", "PLANNED")])?.code).toBe("2021-03");
    expect(figuresPeriod([p("2021-03", "PLANNED"), p("2021-10", "PLANNED")])?.code).toBe("2021-10");
    expect(figuresPeriod([])).toBeUndefined();
  });
  it("without an open period, work pages open on the figures period", () => {
    const closed = [p("2020-03", "CLOSED"), p("2020-10", "CLOSED"), p("2021-03", "PLANNED")];
    expect(runningPeriod(closed)).toBeUndefined();
    expect(pagePeriod(closed, "work")?.code).toBe("2020-10");
  });
});
