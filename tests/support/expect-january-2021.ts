/**
 * Asserts a computed Report (oktober 2020 vs maart 2020, national) number by number against the
 * January 2021 report (tests/support/january-2021.ts). Shared by the unit test of the pure
 * computation and the integration tests (factory fixture, demo portfolio).
 */
import { expect } from "vitest";
import type { Report, ValueTable } from "@/lib/domain/report/types";
import * as J from "./january-2021";

const cell = (t: ValueTable, row: string, col: string) => t.values[row]?.[col];

function expectPairs(t: ValueTable, expected: Record<string, readonly [number, number]>, name: string) {
  for (const [row, [mar, oct]] of Object.entries(expected)) {
    expect.soft(cell(t, row, J.COMPARE), `${name} ${row} ${J.COMPARE}`).toBe(mar);
    expect.soft(cell(t, row, J.PERIOD), `${name} ${row} ${J.PERIOD}`).toBe(oct);
    expect.soft(cell(t, row, "VERSCHIL"), `${name} ${row} verschil`).toBe(oct - mar);
  }
  expect.soft(t.rows.map((r) => r.key), `${name} rows`).toEqual([...Object.keys(expected).filter((k) => k !== "NIET_BEOORDEELD"), "TOTAAL"]);
}

export function expectJanuary2021(report: Report): void {
  expect(report.period.code).toBe(J.PERIOD);
  expect(report.comparePeriod.code).toBe(J.COMPARE);
  expect(report.periods.map((p) => p.code)).toEqual([...J.REGION_PERIODS]);

  for (const [key, expected] of [["tabel1", J.TABEL1], ["tabel2", J.TABEL2], ["tabel3", J.TABEL3]] as const) {
    const t = report[key];
    expect.soft(t.rows.map((r) => r.key), key).toEqual([...Object.keys(expected), "TOTAAL"]);
    for (const [phase, counts] of Object.entries(expected)) {
      J.REGION_PERIODS.forEach((period, i) => expect.soft(cell(t, phase, period), `${key} fase ${phase} ${period}`).toBe((counts as readonly number[])[i]));
    }
    J.REGION_PERIODS.forEach((period) => expect.soft(cell(t, "TOTAAL", period), `${key} totaal ${period}`).toBe(J.REGION_COUNT));
  }

  const t4 = report.tabel4;
  expect.soft(t4.columns.slice(0, 8).map((c) => c.key)).toEqual([...J.TABEL4_COLUMNS, "TOTAAL"]);
  for (const [rubriek, row] of Object.entries(J.TABEL4)) {
    [...J.TABEL4_COLUMNS, "TOTAAL"].forEach((col, i) => expect.soft(cell(t4, rubriek, col), `tabel4 ${rubriek} ${col}`).toBe(row[i]));
  }
  expect.soft(cell(t4, "TOTAAL", J.COMPARE), "tabel4 totaal maart").toBe(J.PROJECTS[0]);

  expectPairs(report.tabel5, J.TABEL5, "tabel5");
  expect.soft(report.tabel5.rows.find((r) => r.key === "UNKNOWN")?.label).toBe("Onbekend");
  expectPairs(report.tabel6, J.TABEL6, "tabel6");
  expect.soft(cell(report.tabel6, "TOTAAL", J.COMPARE)).toBe(J.PROJECTS[0]);
  expect.soft(cell(report.tabel6, "TOTAAL", J.PERIOD)).toBe(J.PROJECTS[1]);

  const t7 = report.tabel7;
  expect.soft(t7.columns.map((c) => c.label)).toEqual(["Start 2020", "Start 2021", "Totaal 2020–2021", "Aandeel", "Totaal nieuw mrt-20", "Verschil", "Start 2018–2019", "Aandeel"]);
  for (const [rubriek, [s20, s21, tot, share, earlier, earlierShare]] of Object.entries(J.TABEL7)) {
    const v = t7.values[rubriek];
    expect.soft(v?.START_JAAR, `tabel7 ${rubriek} 2020`).toBe(s20);
    expect.soft(v?.START_LATER, `tabel7 ${rubriek} 2021`).toBe(s21);
    expect.soft(v?.NIEUW, `tabel7 ${rubriek} totaal`).toBe(tot);
    expect.soft(Math.round(v?.NIEUW_AANDEEL * 1000) / 10, `tabel7 ${rubriek} aandeel`).toBe(share);
    expect.soft(v?.EERDER, `tabel7 ${rubriek} 2018–2019`).toBe(earlier);
    expect.soft(Math.round(v?.EERDER_AANDEEL * 10000) / 100, `tabel7 ${rubriek} aandeel eerder`).toBe(earlierShare);
  }

  expectPairs(report.tabel8, J.TABEL8, "tabel8");
  expectPairs(report.tabel10, J.TABEL10, "tabel10");
  expectPairs(report.tabel11, J.TABEL11, "tabel11");

  const t12 = report.tabel12;
  expect.soft(t12.hoofdrubriek.code).toBe(J.TABEL12.hoofdrubriek);
  expect.soft(t12.projectCounts[J.COMPARE]).toBe(J.TABEL12.projects[0]);
  expect.soft(t12.projectCounts[J.PERIOD]).toBe(J.TABEL12.projects[1]);
  expectPairs(t12.impact, J.TABEL12.impact, "tabel12 impact");
  expectPairs(t12.sharing, J.TABEL12.sharing, "tabel12 delen");
  expectPairs(t12.scalability, J.TABEL12.scalability, "tabel12 opschaalbaarheid");

  const headline = Object.fromEntries(report.headline.map((h) => [h.key, h]));
  for (const [key, e] of Object.entries(J.HEADLINE)) {
    const h = headline[key];
    expect.soft(h?.value, `headline ${key}`).toBe(e.value);
    expect.soft(h?.of, `headline ${key} of`).toBe(e.of);
    if ("compare" in e) {
      expect.soft(h?.compare.value, `headline ${key} compare`).toBe(e.compare);
      expect.soft(h?.change, `headline ${key} change`).toBe(e.value - e.compare);
      if ("compareOf" in e) expect.soft(h?.compare.of, `headline ${key} compare of`).toBe(e.compareOf);
    }
  }
  expect.soft(Math.round(headline.finishedSuccessful.share! * 100)).toBe(82); // "ruim 81%"
  expect.soft(Math.round(headline.finishedSuccessful.compare.share! * 100)).toBe(71); // "70%"
  expect.soft(Math.round(headline.newCrossOrganisational.share! * 100)).toBe(71);
  expect.soft(Math.round(headline.regionsImplementing.share! * 100)).toBe(94);
  expect.soft(Math.round(headline.regionsSharedVision.share! * 100)).toBe(68);

  expect.soft(report.bijlage1.rows.map((r) => r.regionCode)).toEqual(Object.keys(J.BIJLAGE1));
  for (const r of report.bijlage1.rows) {
    const e = J.BIJLAGE1[r.regionCode];
    expect.soft({ agreements: r.agreements.phase, dynamics: r.dynamics.phase, vision: r.vision.phase }, `bijlage1 ${r.regionCode}`).toEqual(e);
  }
  const showcase = Object.fromEntries(report.bijlage2.regions.map((r) => [r.regionCode, r.projects.map((p) => p.title)]));
  expect.soft(Object.keys(showcase).sort()).toEqual(Object.keys(J.BIJLAGE2).sort());
}
