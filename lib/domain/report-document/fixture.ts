/** A small report document for tests of the writers and pages (not used by the app). */
import { CHAPTERS } from "./chapters";
import type { DocTable, ReportDocument } from "./types";

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
