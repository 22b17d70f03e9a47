/**
 * The report as a document: chapters with titled tables, each with its change sentence, plus
 * the narrative. This is what the report page renders, what a published version freezes, and what
 * the XLSX, DOCX and CSV writers read. It is built from the report core's output
 * (lib/domain/report) by `./from-report.ts`, so the writers do not depend on that shape.
 */
import type { ChapterKey } from "./chapters";
import type { ChartRow, ChartSeries } from "./charts";

/**
 * A bar chart of a table's numbers (totals and change columns left out). `columns`: vertical bars
 * with the categories along the bottom; `bars`: horizontal bars with the categories on the left
 * (long labels). Drawn by recharts on the page and as SVG/PNG (./chart-svg.ts) in print and DOCX.
 */
export type DocChart = {
  title: string;
  layout: "columns" | "bars";
  stacked: boolean;
  data: ChartRow[];
  series: ChartSeries[];
};

export type DocCell = string | number | null;

export type DocRow = {
  label: string;
  values: DocCell[];
  /** a totals row (printed bold) */
  total?: boolean;
};

export type DocTable = {
  /** stable key: sheet name, CSV file name, anchor ("tabel1", "bijlage1", "kerncijfers") */
  key: string;
  /** "Tabel 1", "Bijlage 1"; empty for unnumbered tables */
  number: string;
  title: string;
  /** header of the label column followed by one header per value column */
  columns: string[];
  rows: DocRow[];
  /** generated sentence on what changed since the comparison period */
  change?: string;
  /** explanation under the table (e.g. why a column does not add up) */
  note?: string;
  /** key sentences shown as a list under the table (the key figures) */
  points?: string[];
  /** the table's numbers as a chart, shown beside the table */
  chart?: DocChart;
};

export type DocChapter = {
  key: ChapterKey;
  title: string;
  narrative: string;
  tables: DocTable[];
};

export type ReportDocument = {
  title: string;
  period: { code: string; label: string; shortLabel: string };
  compare: { code: string; label: string; shortLabel: string };
  /** "Landelijk" or the concessiehouder(s) the report is limited to */
  scopeLabel: string;
  generatedAt: string;
  chapters: DocChapter[];
};

/**
 * The chapters to show: a chapter with neither narrative nor tables is left out of the page,
 * print, DOCX and published versions; while editing every chapter shows (with a prompt).
 */
export function visibleChapters(doc: ReportDocument, editing = false): DocChapter[] {
  return editing ? doc.chapters : doc.chapters.filter((c) => c.narrative.trim() !== "" || c.tables.length > 0);
}

/** All tables of a document in order, with the chapter each sits in. */
export function documentTables(doc: ReportDocument): (DocTable & { chapterKey: ChapterKey })[] {
  return doc.chapters.flatMap((c) => c.tables.map((t) => ({ ...t, chapterKey: c.key })));
}

/** "Tabel 1 Afspraken / convenanten" */
export function tableHeading(t: Pick<DocTable, "number" | "title">): string {
  return t.number ? `${t.number} ${t.title}` : t.title;
}
