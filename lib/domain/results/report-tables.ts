/**
 * The chapter "Resultaten in cijfers" as document tables (page, XLSX, DOCX, CSV): the headline
 * figure, the per-indicator figures and projects per traject stage per region.
 */
import type { DocRow, DocTable } from "../report-document/types";
import { INDICATOR_DIRECTION, TRAJECT_STAGE, formatIndicatorValue } from "./enums";
import { NO_STAGE, type ResultsFigures, type StageColumn } from "./report";

const pct = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 0 });
const share = (s: number | null) => (s == null ? null : pct.format(s));
const signed = (unit: Parameters<typeof formatIndicatorValue>[0], v: number | null) => (v == null ? null : `${v > 0 ? "+" : ""}${formatIndicatorValue(unit, v)}`);

export const STAGE_COLUMNS: readonly StageColumn[] = [...TRAJECT_STAGE.values, NO_STAGE];
export const stageColumnLabel = (c: StageColumn) => (c === NO_STAGE ? "Geen traject vastgelegd" : TRAJECT_STAGE.label(c));

export function resultsTables(r: ResultsFigures, periods: { period: string; compare: string }): DocTable[] {
  const m = r.measuringStandard;
  const headline: DocTable = {
    key: "resultaten-kerncijfer",
    number: "Resultaten 1",
    title: "Projecten die ten minste één standaardindicator meten",
    columns: ["Kerncijfer", periods.compare, periods.period, "Verschil"],
    rows: [
      {
        label: "Projecten met een meting van een standaardindicator",
        values: [`${m.compare} van ${r.projectsInSelection}${m.compareShare == null ? "" : ` (${share(m.compareShare)})`}`, `${m.value} van ${r.projectsInSelection}${m.share == null ? "" : ` (${share(m.share)})`}`, m.value - m.compare],
      },
    ],
    change: `${m.value} van de ${r.projectsInSelection} projecten meten ten minste één standaardindicator (${periods.compare}: ${m.compare}). Alleen deze projecten zijn op resultaat te vergelijken.`,
  };
  const indicators: DocTable = {
    key: "resultaten-indicatoren",
    number: "Resultaten 2",
    title: "Standaardindicatoren: meting, verandering en koers",
    columns: [
      "Indicator",
      "Beter is",
      `Projecten die meten ${periods.compare}`,
      `Projecten die meten ${periods.period}`,
      `Mediane verandering t.o.v. nulmeting ${periods.compare}`,
      `Mediane verandering t.o.v. nulmeting ${periods.period}`,
      `Op koers naar streefwaarde ${periods.compare}`,
      `Op koers naar streefwaarde ${periods.period}`,
    ],
    rows: r.indicators.map(
      (i): DocRow => ({
        label: i.name,
        values: [
          INDICATOR_DIRECTION.label(i.direction).replace(" is beter", "").toLowerCase(),
          i.compare.projectsMeasuring,
          i.period.projectsMeasuring,
          signed(i.unit, i.compare.medianChange),
          signed(i.unit, i.period.medianChange),
          i.compare.onTrackShare == null ? null : `${share(i.compare.onTrackShare)} van ${i.compare.projectsWithTarget}`,
          i.period.onTrackShare == null ? null : `${share(i.period.onTrackShare)} van ${i.period.projectsWithTarget}`,
        ],
      }),
    ),
    note: "Mediane verandering: over de projecten met een nulmeting, laatste meting min nulmeting, in de eenheid van de indicator. Op koers: streefwaarde gehaald of minstens zo ver op weg als de verstreken tijd tot de streefdatum; over de projecten met nulmeting, streefwaarde en meting.",
  };
  const stages: DocTable = {
    key: "resultaten-traject",
    number: "Resultaten 3",
    title: "Projecten per fase van het traject per (sub)regio",
    columns: ["(Sub)regio", ...STAGE_COLUMNS.map(stageColumnLabel), "Staat stil (> 180 dagen in een fase)", "Totaal"],
    rows: [
      ...r.stages.map((s): DocRow => ({ label: s.regionName, values: [...STAGE_COLUMNS.map((c) => s.counts[c]), s.stalled, s.total] })),
      { label: "Totaal", total: true, values: [...STAGE_COLUMNS.map((c) => r.stageTotals[c]), r.stageTotals.stalled, r.projectsInSelection] },
    ],
  };
  return [headline, indicators, stages];
}
