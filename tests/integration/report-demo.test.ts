import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { expectJanuary2021 } from "../support/expect-january-2021";
import * as J from "../support/january-2021";
import { unsafeSeedDemoPortfolio, unsafeSeedDemoUsers } from "@/lib/server/demo/seed";
import { getReport } from "@/lib/server/report";
import type { Report } from "@/lib/domain/report/types";

/**
 * The demo portfolio (data/demo-portfolio.xlsx, loaded through the importer) reproduces the
 * January 2021 report: oktober 2020 vs maart 2020, number by number. PGlite only: the importer
 * path is the same on both backends, and the report's SQL is covered on both by report.test.ts.
 */
const backend = testBackends().find((b) => b.name === "pglite")!;
describe("report on the demo portfolio", () => {
  const t = useTestDb(backend);
  let report: Report;

  beforeAll(async () => {
    await unsafeSeedDemoUsers(t.db.prisma);
    await unsafeSeedDemoPortfolio(t.db.prisma);
    const wir = await makeActor(t.db, [{ role: "WIR" }]);
    report = await getReport(ctxOf(t.db, wir), { period: J.PERIOD, compare: J.COMPARE });
  }, 300_000);

  it("shows exactly the numbers of the January 2021 report", () => {
    expectJanuary2021(report);
  });

  it("has figures in the chapter Resultaten in cijfers: projects measuring standard indicators, changes against baseline, traject stages per region", () => {
    const r = report.results!;
    expect(r.projectsInSelection).toBe(318);
    expect(r.measuringStandard.value).toBeGreaterThan(50);
    expect(r.measuringStandard.compare).toBeGreaterThan(0);
    expect(r.measuringStandard.compare).toBeLessThanOrEqual(r.measuringStandard.value);
    expect(r.indicators.length).toBeGreaterThanOrEqual(8);
    expect(r.indicators.some((i) => i.period.medianChange !== null && i.period.onTrackShare !== null)).toBe(true);
    expect(r.stages.length).toBe(34);
    expect(r.stageTotals.EXECUTION + r.stageTotals.MIDTERM + r.stageTotals.FINAL + r.stageTotals.BORGING).toBeGreaterThan(100);
  });
});
