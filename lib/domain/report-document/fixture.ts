/** A small report document for tests of the writers and pages (not used by the app). */
import { CHAPTERS } from "./chapters";
import type { DocTable, ReportDocument } from "./types";
import type { ComparisonTable, Report, ReportTableKey, ValueTable } from "../report/types";

export function sampleDocument(overrides: Partial<ReportDocument> = {}): ReportDocument {
  const tables: Record<string, DocTable> = {
    kerncijfers: {
      key: "kerncijfers",
      number: "",
      title: "Kerncijfers",
      columns: ["Kerncijfer", "mrt-20", "okt-20", "Verschil"],
      rows: [{ label: "Projecten", values: [268, 318, 50] }],
    },
    tabel6: {
      key: "tabel6",
      number: "Tabel 6",
      title: "Projectstatus",
      columns: ["Projectstatus", "mrt-20", "okt-20"],
      rows: [
        { label: "Lopend", values: [237, 244] },
        { label: "=HYPERLINK(\"http://x\")", values: [1, -2] },
        { label: "Totaal", values: [268, 318], total: true },
      ],
      change: "Sinds maart 2020 kwamen er 50 projecten bij.",
      note: "Toelichting bij de tabel.",
    },
  };
  return {
    title: "Voortgangsrapportage regionale samenwerking Kwaliteitskader Verpleeghuiszorg",
    period: { code: "2020-10", label: "oktober 2020", shortLabel: "okt-20" },
    compare: { code: "2020-03", label: "maart 2020", shortLabel: "mrt-20" },
    scopeLabel: "Landelijk",
    generatedAt: "2021-01-15T10:00:00.000Z",
    chapters: CHAPTERS.map((c) => ({
      key: c.key,
      title: c.title,
      narrative: c.key === "inleiding" ? "Eerste alinea.\n\nTweede alinea & meer." : "",
      tables: c.tables.map((k) => tables[k]).filter(Boolean),
    })),
    ...overrides,
  };
}

/** A tiny report-core output with one of everything (for the adapter's tests). */
const P = (code: string, label: string, shortLabel: string) => ({ code, label, shortLabel, peildatum: `${code}-01` });
const mrt20 = P("2020-03", "maart 2020", "mrt-20");
const okt20 = P("2020-10", "oktober 2020", "okt-20");

function vt(rows: [string, string, number[]][], columns = [{ key: "2020-03", label: "2020-03" }, { key: "2020-10", label: "2020-10" }, { key: "VERSCHIL", label: "Verschil" }]): ValueTable {
  return {
    columns,
    rows: rows.map(([key, label]) => ({ key, label, total: key === "TOTAAL" || undefined })),
    values: Object.fromEntries(rows.map(([key, , vals]) => [key, Object.fromEntries(columns.map((c, i) => [c.key, vals[i]]))])),
  };
}

function ct(key: ReportTableKey, number: string, title: string, table: ValueTable, national?: ValueTable): ComparisonTable {
  return { key, number, title, summary: `${title}: samenvatting.`, ...table, national };
}

export function tinyReport(filtered = false): Report {
  const status = vt([
    ["RUNNING", "Lopend", [237, 244, 7]],
    ["TOTAAL", "Totaal", [268, 318, 50]],
  ]);
  const national = filtered ? vt([["RUNNING", "Lopend", [1000, 1100, 100]]]) : undefined;
  const simple = (key: ReportTableKey, n: string, title: string) => ct(key, n, title, status, national);
  return {
    period: okt20,
    comparePeriod: mrt20,
    periods: [mrt20, okt20],
    scope: { kind: filtered ? "selectie" : "landelijk", label: filtered ? "Concessiehouder CZ" : "Landelijk", concessiehouder: null, region: null, hoofdrubriek: null },
    headline: [
      { key: "finishedSuccessful", label: "Succesvol afgerond", value: 31, of: 38, share: 31 / 38, compare: { value: 12, of: 17, share: 12 / 17 }, change: 19, summary: "Meer projecten succesvol afgerond." },
      { key: "projects", label: "Projecten", value: 318, of: null, share: null, compare: { value: 268, of: null, share: null }, change: 50, summary: "" },
    ],
    tabel1: ct("tabel1", "Tabel 1", "Afspraken", vt([["4", "Fase 4: Implementatiefase", [27, 32]]], [{ key: "2020-03", label: "2020-03" }, { key: "2020-10", label: "2020-10" }])),
    tabel2: simple("tabel2", "Tabel 2", "Samenwerkingsdynamiek"),
    tabel3: simple("tabel3", "Tabel 3", "Regiovisie"),
    tabel4: simple("tabel4", "Tabel 4", "Hoofdrubriek per concessiehouder"),
    tabel5: simple("tabel5", "Tabel 5", "Betrokken zorgorganisaties"),
    tabel6: simple("tabel6", "Tabel 6", "Projectstatus"),
    tabel7: ct(
      "tabel7",
      "Tabel 7",
      "Nieuwe projecten",
      vt([["ANDERS_WERKEN", "Anders werken", [8, 0.08]]], [{ key: "START_2020", label: "Start 2020" }, { key: "SHARE", label: "Aandeel", kind: "share", of: "START_2020" } as never]),
    ),
    tabel8: simple("tabel8", "Tabel 8", "Impact"),
    tabel10: simple("tabel10", "Tabel 10", "Delen"),
    tabel11: simple("tabel11", "Tabel 11", "Opschaalbaarheid"),
    tabel12: {
      key: "tabel12",
      number: "Tabel 12",
      title: "Ontwikkeling thema",
      hoofdrubriek: { code: "TECHNOLOGIE", label: "Technologie" },
      projectCounts: { "2020-03": 41, "2020-10": 46 },
      impact: vt([["SMALL_LIMITED", "Op kleine schaal met beperkte betekenis", [5, 5, 0]]]),
      sharing: vt([["YES", "Ja, vanwege meerdere redenen", [14, 25, 11]]]),
      scalability: vt([["NATIONAL", "Ja, landelijk opschaalbaar", [10, 13, 3]]]),
      summary: "Technologie groeit.",
    },
    bijlage1: {
      title: "Bijlage 1: processtatus per (sub)regio",
      rows: [
        {
          regionCode: "zeeland",
          regionName: "Zeeland",
          concessiehouder: { code: "CZ", name: "CZ" },
          agreements: { phase: 4, label: "Implementatiefase", comparePhase: 3 },
          dynamics: { phase: null, label: null, comparePhase: null },
          vision: { phase: 5, label: "Strategische keuzes", comparePhase: 4 },
        },
      ],
    },
    bijlage2: { title: "Uitgelichte projecten", regions: [{ regionCode: "zeeland", regionName: "Zeeland", projects: [{ id: "p1", wirNumber: "W-1", title: "Zorgcampus", hoofdrubriek: "Technologie", summary: "Een campus." }] }] },
    generatedAt: "2021-01-15T10:00:00.000Z",
  };
}

