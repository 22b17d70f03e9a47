/**
 * Turns the report core's output (lib/domain/report/types.ts) into the report document: chapters
 * in the January 2021 order with titled tables, each with its change sentence, and the narrative.
 * Pure; the same function serves the page, the exports and the frozen snapshot of a version.
 */
import type { Report, ValueTable, ComparisonTable, ThemeTable, HeadlineFigure } from "../report/types";
import { CHAPTERS, type Narrative } from "./chapters";
import type { DocCell, DocRow, DocTable, ReportDocument } from "./types";
import { resultsTables } from "../results/report-tables";

export const REPORT_TITLE = "Voortgangsrapportage ontwikkelingen regionale samenwerking Kwaliteitskader Verpleeghuiszorg";

const pct = new Intl.NumberFormat("nl-NL", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const formatShare = (share: number) => pct.format(share);

/** A column labelled with a bare period code gets the short period label ("mrt-20"). */
function columnLabel(report: Report, key: string, label: string): string {
  if (label !== key) return label;
  const p = report.periods.find((x) => x.code === key) ?? [report.period, report.comparePeriod].find((x) => x.code === key);
  return p ? p.shortLabel : label;
}

function rowsOf(report: Report, t: ValueTable): DocRow[] {
  return t.rows.map((r) => ({
    label: r.label,
    total: r.total || undefined,
    values: t.columns.map((c): DocCell => {
      const v = t.values[r.key]?.[c.key];
      if (v == null) return null;
      return c.kind === "share" ? formatShare(v) : v;
    }),
  }));
}

export function valueTableToDoc(report: Report, t: ValueTable, meta: Omit<DocTable, "columns" | "rows">, rowHeader: string): DocTable {
  return { ...meta, columns: [rowHeader, ...t.columns.map((c) => columnLabel(report, c.key, c.label))], rows: rowsOf(report, t) };
}

const ROW_HEADERS: Record<string, string> = {
  tabel1: "Afspraken / convenanten",
  tabel2: "Samenwerkingsdynamiek",
  tabel3: "Regiovisie / stip op de horizon",
  tabel4: "Hoofdrubriek",
  tabel5: "Aantal betrokken zorgorganisaties",
  tabel6: "Projectstatus",
  tabel7: "Hoofdrubriek",
  tabel8: "Mate van impact",
  tabel10: "Delen van resultaten",
  tabel11: "Opschaalbaarheid",
};

function comparisonTables(report: Report, t: ComparisonTable): DocTable[] {
  const out = [valueTableToDoc(report, t, { key: t.key, number: t.number, title: t.title, change: t.summary || undefined }, ROW_HEADERS[t.key] ?? "")];
  if (t.national) {
    out.push(
      valueTableToDoc(report, t.national, { key: `${t.key}-landelijk`, number: t.number, title: `${t.title} (landelijk, ter vergelijking)` }, ROW_HEADERS[t.key] ?? ""),
    );
  }
  return out;
}

/** Tabel 12 as one table in three parts, as in the source: impact, delen, opschaalbaarheid. */
function themeTable(report: Report, t: ThemeTable, national: boolean): DocTable {
  const src = national ? t.national! : t;
  const parts: [string, ValueTable][] = [
    ["Impact", src.impact],
    ["Resultaten te delen", src.sharing],
    ["Opschaalbaar", src.scalability],
  ];
  const columns = src.impact.columns;
  const rows: DocRow[] = [];
  for (const [title, vt] of parts) {
    rows.push({ label: title, values: columns.map(() => null), total: true });
    rows.push(...rowsOf(report, vt));
  }
  return {
    key: national ? "tabel12-landelijk" : "tabel12",
    number: t.number,
    title: national ? `${t.title} (landelijk, ter vergelijking)` : t.title,
    columns: [`Thema ${t.hoofdrubriek.label}`, ...columns.map((c) => columnLabel(report, c.key, c.label))],
    rows,
    change: national ? undefined : t.summary || undefined,
  };
}

function figureValue(f: { value: number; of: number | null; share: number | null }): DocCell {
  if (f.of == null) return f.value;
  return f.share == null ? `${f.value} van ${f.of}` : `${f.value} van ${f.of} (${formatShare(f.share)})`;
}

function headlineTable(report: Report, figures: HeadlineFigure[]): DocTable {
  return {
    key: "kerncijfers",
    number: "",
    title: "Kerncijfers",
    columns: ["Kerncijfer", report.comparePeriod.shortLabel, report.period.shortLabel, "Verschil"],
    rows: figures.map((f) => ({ label: f.label, values: [figureValue(f.compare), figureValue(f), f.change] })),
    change: figures.map((f) => f.summary).filter(Boolean).join(" ") || undefined,
  };
}

function phaseText(p: { phase: number | null; label: string | null }): string | null {
  return p.phase == null ? null : `Fase ${p.phase}: ${p.label ?? ""}`.trim();
}

/** "Bijlage 1: processtatus per (sub)regio" → "Processtatus per (sub)regio" (the number is separate). */
function appendixTitle(title: string): string {
  const t = title.replace(/^Bijlage\s+\d+\s*[:.]?\s*/i, "");
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function bijlage1(report: Report): DocTable {
  return {
    key: "bijlage1",
    number: "Bijlage 1",
    title: appendixTitle(report.bijlage1.title),
    columns: ["(Sub)regio", "Concessiehouder", "Afspraken / convenanten", "Samenwerkingsdynamiek", "Regiovisie / stip op de horizon"],
    rows: report.bijlage1.rows.map((r) => ({
      label: r.regionName,
      values: [r.concessiehouder?.name ?? null, phaseText(r.agreements), phaseText(r.dynamics), phaseText(r.vision)],
    })),
  };
}

function bijlage2(report: Report): DocTable {
  return {
    key: "bijlage2",
    number: "Bijlage 2",
    title: appendixTitle(report.bijlage2.title),
    columns: ["(Sub)regio", "Project", "WIR-nummer", "Hoofdrubriek", "Beschrijving"],
    rows: report.bijlage2.regions.flatMap((r) =>
      r.projects.map((p) => ({ label: r.regionName, values: [p.title, p.wirNumber, p.hoofdrubriek, p.summary] })),
    ),
  };
}

/** Every table of the report, keyed by the table key used in CHAPTERS. */
export function reportTables(report: Report): Record<string, DocTable[]> {
  const t: Record<string, DocTable[]> = { kerncijfers: [headlineTable(report, report.headline)] };
  for (const key of ["tabel1", "tabel2", "tabel3", "tabel4", "tabel5", "tabel6", "tabel7", "tabel8", "tabel10", "tabel11"] as const) {
    t[key] = comparisonTables(report, report[key]);
  }
  t.tabel12 = [themeTable(report, report.tabel12, false), ...(report.tabel12.national ? [themeTable(report, report.tabel12, true)] : [])];
  t.bijlage1 = [bijlage1(report)];
  t.bijlage2 = [bijlage2(report)];
  t.resultaten = report.results ? resultsTables(report.results, { period: report.period.shortLabel, compare: report.comparePeriod.shortLabel }) : [];
  return t;
}

export function reportToDocument(report: Report, narrative: Narrative = {}): ReportDocument {
  const tables = reportTables(report);
  return {
    title: REPORT_TITLE,
    period: { code: report.period.code, label: report.period.label, shortLabel: report.period.shortLabel },
    compare: { code: report.comparePeriod.code, label: report.comparePeriod.label, shortLabel: report.comparePeriod.shortLabel },
    scopeLabel: report.scope.label,
    generatedAt: report.generatedAt,
    chapters: CHAPTERS.map((c) => ({
      key: c.key,
      title: c.title,
      narrative: narrative[c.key] ?? "",
      tables: c.tables.flatMap((k) => tables[k] ?? []),
    })),
  };
}
