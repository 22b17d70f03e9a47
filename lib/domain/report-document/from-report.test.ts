import { describe, expect, it } from "vitest";
import { reportToDocument } from "./from-report";
import { documentTables, visibleChapters } from "./types";
import { tinyReport } from "./fixture";

describe("report → document", () => {
  it("puts every table in the chapter of the January 2021 report, with its sentence", () => {
    const doc = reportToDocument(tinyReport(), { inleiding: "Onze inleiding." });
    const where = Object.fromEntries(documentTables(doc).map((t) => [t.key, t.chapterKey]));
    expect(where).toEqual({
      kerncijfers: "brief",
      tabel1: "procesresultaten",
      tabel2: "procesresultaten",
      tabel3: "procesresultaten",
      tabel4: "transitieplannen",
      tabel5: "transitieplannen",
      tabel6: "transitieplannen",
      tabel7: "transitieplannen",
      tabel8: "transitieplannen",
      tabel10: "transitieplannen",
      tabel11: "transitieplannen",
      tabel12: "transitieplannen",
      bijlage1: "bijlage1",
      bijlage2: "bijlage2",
    });
    expect(doc.chapters.find((c) => c.key === "inleiding")!.narrative).toBe("Onze inleiding.");
    const t6 = documentTables(doc).find((t) => t.key === "tabel6")!;
    expect(t6.columns).toEqual(["Projectstatus", "mrt-20", "okt-20", "Verschil"]);
    expect(t6.rows).toEqual([
      { label: "Lopend", values: [237, 244, 7], total: undefined },
      { label: "Totaal", values: [268, 318, 50], total: true },
    ]);
    expect(t6.change).toBe("Projectstatus: samenvatting.");
    expect(doc.scopeLabel).toBe("Landelijk");
  });

  it("formats shares as Dutch percentages and phases with their label", () => {
    const tables = documentTables(reportToDocument(tinyReport()));
    expect(tables.find((t) => t.key === "tabel7")!.rows[0].values).toEqual([8, "8,0%"]);
    expect(tables.find((t) => t.key === "bijlage1")!.rows[0]).toEqual({ label: "Zeeland", values: ["CZ", "Fase 4: Implementatiefase", null, "Fase 5: Strategische keuzes"] });
    expect(tables.find((t) => t.key === "bijlage2")!.rows[0].values).toEqual(["Zorgcampus", "W-1", "Technologie", "Een campus."]);
    const t12 = tables.find((t) => t.key === "tabel12")!;
    expect(t12.rows.map((r) => r.label)).toEqual(["Impact", "Op kleine schaal met beperkte betekenis", "Resultaten te delen", "Ja, vanwege meerdere redenen", "Opschaalbaar", "Ja, landelijk opschaalbaar"]);
    const kern = tables.find((t) => t.key === "kerncijfers")!;
    expect(kern.rows[0].values).toEqual(["12 van 17 (70,6%)", "31 van 38 (81,6%)", 19]);
    expect(kern.rows[1].values).toEqual([268, 318, 50]);
    expect(tables.find((t) => t.key === "bijlage1")!.title).toBe("Processtatus per (sub)regio");
  });

  it("adds the national aggregates next to a filtered table", () => {
    const keys = documentTables(reportToDocument(tinyReport(true))).map((t) => t.key);
    expect(keys).toContain("tabel6-landelijk");
    expect(keys.indexOf("tabel6-landelijk")).toBe(keys.indexOf("tabel6") + 1);
  });
});

describe("the report as WIR publishes it", () => {
  it("gives every numeric table a chart of its numbers, without totals", () => {
    const tables = documentTables(reportToDocument(tinyReport()));
    const charted = tables.filter((t) => t.chart).map((t) => t.key);
    expect(charted).toEqual(["tabel1", "tabel2", "tabel3", "tabel4", "tabel5", "tabel6", "tabel7", "tabel8", "tabel10", "tabel11", "tabel12"]);
    const t6 = tables.find((t) => t.key === "tabel6")!.chart!;
    expect(t6).toMatchObject({ layout: "bars", stacked: false, series: [{ key: "2020-03", label: "maart 2020" }, { key: "2020-10", label: "oktober 2020" }] });
    expect(t6.data).toEqual([{ name: "Lopend", "2020-03": 237, "2020-10": 244 }]);
  });

  it("lists the key figures as sentences instead of one paragraph, and says why there is no Tabel 9", () => {
    const report = tinyReport();
    const tables = documentTables(reportToDocument(report));
    const kern = tables.find((t) => t.key === "kerncijfers")!;
    expect(kern.change).toBeUndefined();
    expect(kern.points).toEqual(report.headline.map((f) => f.summary).filter(Boolean));
    expect(kern.points!.length).toBeGreaterThan(0);
    expect(tables.find((t) => t.key === "tabel10")!.note).toMatch(/geen Tabel 9/);
  });

  it("leaves chapters without narrative or tables out, except while editing", () => {
    const doc = reportToDocument(tinyReport(), { inleiding: "Tekst." });
    expect(visibleChapters(doc).map((c) => c.key)).toEqual(["brief", "inleiding", "procesresultaten", "transitieplannen", "bijlage1", "bijlage2"]);
    expect(visibleChapters(doc, true)).toHaveLength(doc.chapters.length);
  });
});
