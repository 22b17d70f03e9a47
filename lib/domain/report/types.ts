/**
 * The output shape of the biannual progress report (its tables: docs/domain.md, "The progress
 * report"). Pure data: produced by lib/domain/report/compute.ts from small count tuples, returned by
 * lib/server/report getReport(), served as JSON by GET /api/rapportage (documented key by key in
 * docs/report-api.md), rendered and exported by the report pages.
 *
 * Stable keys: tables are keyed `tabel1` … `tabel12` (no tabel9, as in the source), `bijlage1`,
 * `bijlage2`, `headline`. Rows and columns carry a stable `key` (an enum code from
 * lib/domain/enums.ts, a reference-data code, or a documented literal such as "TOTAAL") next to
 * their Dutch `label`. Values are whole counts unless a column says `kind: "share"` (a fraction
 * 0–1, formatted by the UI).
 */
import type { ResultsFigures } from "../results/report";

/** A period as the report names it. */
export type ReportPeriodRef = {
  /** "2020-10" */
  code: string;
  /** "oktober 2020" */
  label: string;
  /** "okt-20" */
  shortLabel: string;
  /** ISO date "2020-11-01" */
  peildatum: string;
};

export type ReportColumn = {
  key: string;
  label: string;
  /** "count" (default): a whole number; "share": a fraction 0–1 of the column named by `of`. */
  kind?: "count" | "share";
  /** for shares: the key of the count column it is a share of */
  of?: string;
};

export type ReportRow = {
  key: string;
  label: string;
  /** true for the Totaal row */
  total?: boolean;
};

/**
 * A table of values: `values[rowKey][columnKey]`. Every row × column pair is present (0 where
 * nothing was counted). A row or column marked `conditional` in docs/report-api.md is only present
 * when it is non-zero (e.g. "Niet beoordeeld", "Startjaar onbekend").
 */
export type ValueTable = {
  columns: ReportColumn[];
  rows: ReportRow[];
  values: Record<string, Record<string, number>>;
};

/** Which selection a table counts: all national data, or the filtered selection. */
export type ReportScope = {
  /** "landelijk" when unfiltered; otherwise the filtered selection */
  kind: "landelijk" | "selectie";
  /** human-readable Dutch description, e.g. "Landelijk" or "Concessiehouder CZ" */
  label: string;
  concessiehouder: { code: string; name: string } | null;
  region: { code: string; name: string } | null;
  hoofdrubriek: { code: string; label: string } | null;
};

/**
 * A table comparing the report period with the comparison period. Columns are typically
 * [comparePeriod.code, period.code, "VERSCHIL"] (see each table's doc). `national` is present when
 * the report is filtered (a concessiehouder, region or hoofdrubriek, or an inkoper's own
 * portfolio): the same table over all national data, aggregates only.
 */
export type ComparisonTable = ValueTable & {
  key: ReportTableKey;
  /** "Tabel 6" */
  number: string;
  /** "Projectstatus" */
  title: string;
  /** a short generated Dutch sentence on what changed since the comparison period */
  summary: string;
  national?: ValueTable;
};

export type ReportTableKey =
  | "tabel1"
  | "tabel2"
  | "tabel3"
  | "tabel4"
  | "tabel5"
  | "tabel6"
  | "tabel7"
  | "tabel8"
  | "tabel10"
  | "tabel11"
  | "tabel12";

/** Tabel 12: impact, delen and opschaalbaarheid for one hoofdrubriek (default Technologie). */
export type ThemeTable = {
  key: "tabel12";
  number: string;
  title: string;
  hoofdrubriek: { code: string; label: string };
  /** projects of this hoofdrubriek per period: { "2020-03": 41, "2020-10": 46 } */
  projectCounts: Record<string, number>;
  impact: ValueTable;
  sharing: ValueTable;
  scalability: ValueTable;
  summary: string;
  national?: { projectCounts: Record<string, number>; impact: ValueTable; sharing: ValueTable; scalability: ValueTable };
};

/** One headline figure (key figure on the dashboard) with its change since the comparison period. */
export type HeadlineFigure = {
  key: HeadlineKey;
  label: string;
  value: number;
  /** the number it is a part of (e.g. 318 projects), or null when it is a plain count */
  of: number | null;
  /** value / of, a fraction 0–1, or null */
  share: number | null;
  compare: { value: number; of: number | null; share: number | null };
  /** value − compare.value */
  change: number;
  /** a short Dutch sentence */
  summary: string;
};

export type HeadlineKey =
  | "projects"
  | "finished"
  | "finishedSuccessful"
  | "running"
  | "notStarted"
  | "stoppedEarly"
  | "scalable"
  | "notYetScalable"
  | "sharing"
  | "sharingSoon"
  | "newProjects"
  | "newCrossOrganisational"
  | "regionsImplementing"
  | "regionsSharedVision";

/** Bijlage 1: one (sub)region's phases at the report period (and at the comparison period). */
export type RegionPhasesRow = {
  regionCode: string;
  regionName: string;
  concessiehouder: { code: string; name: string } | null;
  /** phase numbers (1–4, 1–4, 1–5) or null when not scored; labels from lib/domain/enums.ts */
  agreements: { phase: number | null; label: string | null; comparePhase: number | null };
  dynamics: { phase: number | null; label: string | null; comparePhase: number | null };
  vision: { phase: number | null; label: string | null; comparePhase: number | null };
};

/** Bijlage 2: showcase projects per region. */
export type ShowcaseRegion = {
  regionCode: string;
  regionName: string;
  projects: { id: string; wirNumber: string; title: string; hoofdrubriek: string; summary: string }[];
};

export type Report = {
  period: ReportPeriodRef;
  comparePeriod: ReportPeriodRef;
  /** periods shown as columns of Tabels 1–3: every period up to and including `period` */
  periods: ReportPeriodRef[];
  scope: ReportScope;
  headline: HeadlineFigure[];
  /** Tabels 1–3: region phases; columns are the period codes of `periods` */
  tabel1: ComparisonTable;
  tabel2: ComparisonTable;
  tabel3: ComparisonTable;
  /** Tabel 4: hoofdrubriek × concessiehouder at the report period; columns concessiehouder codes + "TOTAAL" */
  tabel4: ComparisonTable;
  tabel5: ComparisonTable;
  tabel6: ComparisonTable;
  tabel7: ComparisonTable;
  tabel8: ComparisonTable;
  tabel10: ComparisonTable;
  tabel11: ComparisonTable;
  tabel12: ThemeTable;
  bijlage1: { title: string; rows: RegionPhasesRow[] };
  bijlage2: { title: string; regions: ShowcaseRegion[] };
  /** chapter "Resultaten in cijfers" (lib/domain/results/report.ts); absent in versions published before it existed */
  results?: ResultsFigures;
  /** ISO timestamp the report was computed at */
  generatedAt: string;
};

/** Literal keys used next to enum codes. */
export const TOTAL_KEY = "TOTAAL";
export const CHANGE_KEY = "VERSCHIL";
export const NOT_ASSESSED_KEY = "NIET_BEOORDEELD";
