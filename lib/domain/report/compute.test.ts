import { describe, expect, it } from "vitest";
import { computeReport, firstParagraph, tally } from "./compute";
import { countsOf, inputOf, chOfRegion, type FlatAssessment } from "./report-input.fixture";
import { january2021Plan } from "@/tests/support/january-2021-fixture";
import { expectJanuary2021 } from "@/tests/support/expect-january-2021";
import * as J from "@/tests/support/january-2021";

/** The January 2021 plan as flat assessments (what the database would hold). */
function januaryRows(): { rows: FlatAssessment[]; scores: ReturnType<typeof january2021Plan>["regionScores"]; showcase: { id: string; wirNumber: string; title: string; region: string; hoofdrubriek: string; description: string }[] } {
  const plan = january2021Plan();
  const rows: FlatAssessment[] = [];
  const showcase = [];
  const seen = new Set<string>();
  for (const p of plan.projects) {
    rows.push({ period: J.PERIOD, hoofdrubriek: p.hoofdrubriek, region: p.region, startYear: p.startYear, ...p.oct });
    if (p.inMarch) rows.push({ period: J.COMPARE, hoofdrubriek: p.hoofdrubriek, region: p.region, startYear: p.startYear, ...p.mar });
    if (!seen.has(p.region) && plan.showcase[p.region]) {
      seen.add(p.region);
      showcase.push({ id: p.wirNumber, wirNumber: p.wirNumber, title: plan.showcase[p.region], region: p.region, hoofdrubriek: p.hoofdrubriek, description: "Eerste alinea.\n\nTweede." });
    }
  }
  return { rows, scores: plan.regionScores, showcase };
}

describe("the January 2021 report from its plan (pure)", () => {
  const { rows, scores, showcase } = januaryRows();
  const report = computeReport(inputOf({ period: J.PERIOD, compare: J.COMPARE, rows, scores, showcase }));

  it("reproduces every table number by number", () => {
    expectJanuary2021(report);
  });

  it("has no national duplicate when unfiltered, and Dutch labels from lib/domain/enums", () => {
    expect(report.scope.kind).toBe("landelijk");
    expect(report.tabel6.national).toBeUndefined();
    expect(report.tabel6.rows.map((r) => r.label)).toEqual([
      "Afgerond en niet succesvol verlopen",
      "Afgerond en succesvol verlopen",
      "Lopend",
      "Nog niet gestart",
      "Vroegtijdig gestopt of helemaal niet gestart",
      "Totaal",
    ]);
    expect(report.tabel1.rows[3].label).toBe("Fase 4: Implementatiefase");
    expect(report.tabel5.rows.map((r) => r.label)).toEqual(["1 tot en met 3", "4 tot en met 6", "7 tot en met 9", "10 of meer", "Onbekend", "Totaal"]);
  });

  it("writes a Dutch sentence per table on what changed", () => {
    expect(report.tabel6.summary).toBe('In oktober 2020 zijn er 318 projecten, was 268 in maart 2020 (+50). De grootste verandering: "Nog niet gestart" steeg van 8 naar 30.');
    expect(report.tabel1.summary).toBe("In oktober 2020 zitten 32 van de 34 regio's (94,1%) in fase 4 (Implementatiefase), was 27 in maart 2020 (+5).");
    expect(report.tabel3.summary).toContain("18 van de 34 regio's");
    expect(report.tabel4.summary).toContain("de meeste vallen in Samenwerking in de keten (58)");
    expect(report.tabel7.summary).toBe("113 van de 318 projecten (35,5%) starten in 2020 of later, was 63 in maart 2020 (+50); de meeste nieuwe projecten vallen in Samenwerking in de keten (29).");
    expect(report.headline.find((h) => h.key === "newProjects")!.compare.value).toBe(report.tabel7.values.TOTAAL[J.COMPARE]);
    expect(report.tabel12.summary).toBe("Hoofdrubriek Technologie telt in oktober 2020 46 projecten, was 41 in maart 2020 (+5); 32 daarvan zijn opschaalbaar en 25 hebben resultaten om te delen.");
    const finished = report.headline.find((h) => h.key === "finishedSuccessful")!;
    expect(finished.summary).toBe("31 van de 38 afgeronde projecten succesvol (81,6%); in maart 2020 12 van de 17 (+19).");
    for (const key of ["tabel1", "tabel2", "tabel3", "tabel4", "tabel5", "tabel6", "tabel7", "tabel8", "tabel10", "tabel11", "tabel12"] as const) {
      expect(report[key].summary.length, key).toBeGreaterThan(20);
    }
  });

  it("Bijlage 2 lists the showcase projects per region in region order with their first paragraph", () => {
    expect(report.bijlage2.regions[0]).toMatchObject({ regionCode: "zeeland", projects: [{ title: "Aantrekken academici", summary: "Eerste alinea." }] });
    expect(report.bijlage2.regions).toHaveLength(32);
  });

  it("a concessiehouder's selection: its own column in Tabel 4, national aggregates beside it, only its own regions", () => {
    const scope = { kind: "selectie" as const, label: "Concessiehouder CZ", concessiehouder: { code: "CZ", name: "CZ" }, region: null, hoofdrubriek: null };
    const cz = computeReport(inputOf({ period: J.PERIOD, compare: J.COMPARE, rows, scores, showcase, scope }));
    expect(cz.tabel4.columns.map((c) => c.key)).toEqual(["CZ", "TOTAAL", J.COMPARE, "VERSCHIL"]);
    expect(cz.tabel4.values.TOTAAL.CZ).toBe(65);
    expect(cz.tabel4.values.TECHNOLOGIE.TOTAAL).toBe(12);
    expect(cz.tabel4.national!.columns.map((c) => c.key)).toEqual(["TOTAAL", J.COMPARE, "VERSCHIL"]);
    expect(cz.tabel4.national!.values.TOTAAL.TOTAAL).toBe(318);
    expect(cz.tabel6.values.TOTAAL[J.PERIOD]).toBe(65);
    expect(cz.tabel6.national!.values.TOTAAL[J.PERIOD]).toBe(318);
    expect(cz.tabel1.values.TOTAAL[J.PERIOD]).toBe(6);
    expect(cz.tabel1.national!.values.TOTAAL[J.PERIOD]).toBe(34);
    expect(cz.bijlage1.rows.map((r) => r.regionCode)).toEqual(["zeeland", "west-brabant", "zuid-hollandse-eilanden", "haaglanden", "zuid-limburg", "zuidoost-brabant"]);
    expect(cz.bijlage2.regions.every((r) => chOfRegion(r.regionCode) === "CZ")).toBe(true);
    expect(cz.tabel12.national!.projectCounts[J.PERIOD]).toBe(46);
    expect(cz.tabel12.projectCounts[J.PERIOD]).toBe(12);
  });

  it("Tabel 12 for any hoofdrubriek", () => {
    const r = computeReport(inputOf({ period: J.PERIOD, compare: J.COMPARE, rows, scores, theme: "SAMENWERKING_KETEN" }));
    expect(r.tabel12.hoofdrubriek).toEqual({ code: "SAMENWERKING_KETEN", label: "Samenwerking in de keten" });
    expect(r.tabel12.projectCounts[J.PERIOD]).toBe(58);
    expect(r.tabel12.impact.values.TOTAAL[J.PERIOD]).toBe(58);
    expect(r.tabel12.scalability.values.TOTAAL[J.PERIOD]).toBe(58);
  });
});

describe("report computation edge cases", () => {
  const base = { hoofdrubriek: "TECHNOLOGIE", region: "zeeland" };

  it("adds a 'Nog niet beoordeeld' row only when some projects have no value", () => {
    const rows: FlatAssessment[] = [
      { ...base, period: "2020-03", status: "RUNNING", startYear: 2019 },
      { ...base, period: "2020-10", status: null, startYear: 2019 },
      { ...base, period: "2020-10", status: "RUNNING", startYear: 2020 },
    ];
    const r = computeReport(inputOf({ period: "2020-10", compare: "2020-03", rows }));
    expect(r.tabel6.rows.map((x) => x.key)).toEqual(["FINISHED_UNSUCCESSFUL", "FINISHED_SUCCESSFUL", "RUNNING", "NOT_STARTED", "STOPPED_EARLY", "NIET_BEOORDEELD", "TOTAAL"]);
    expect(r.tabel6.values.NIET_BEOORDEELD).toEqual({ "2020-03": 0, "2020-10": 1, VERSCHIL: 1 });
    expect(r.tabel6.values.TOTAAL).toEqual({ "2020-03": 1, "2020-10": 2, VERSCHIL: 1 });
    // all assessed in the other dimension? impact is null everywhere here
    expect(r.tabel8.values.NIET_BEOORDEELD["2020-10"]).toBe(2);
    // care organisations: unknown bucket is a normal row
    expect(r.tabel5.rows.some((x) => x.key === "NIET_BEOORDEELD")).toBe(false);
    expect(r.tabel5.values.UNKNOWN["2020-10"]).toBe(2);
  });

  it("an empty database gives zero tables and sentences that say so, never NaN", () => {
    const r = computeReport(inputOf({ period: "2020-10", compare: "2020-03", rows: [] }));
    expect(r.tabel6.values.TOTAAL).toEqual({ "2020-03": 0, "2020-10": 0, VERSCHIL: 0 });
    expect(r.tabel6.summary).toBe("In oktober 2020 en maart 2020 zijn er geen projecten.");
    expect(r.tabel7.values.TOTAAL.NIEUW_AANDEEL).toBe(0);
    expect(r.tabel4.summary).toBe("In oktober 2020 zijn er geen projecten.");
    expect(r.tabel12.summary).toBe("In oktober 2020 zijn er geen projecten met hoofdrubriek Technologie.");
    // regions without scores are counted as not scored
    expect(r.tabel1.values.NIET_BEOORDEELD["2020-10"]).toBe(34);
    expect(r.tabel1.summary).toContain("0 van de 34 regio's");
    const headline = Object.fromEntries(r.headline.map((h) => [h.key, h]));
    expect(headline.finishedSuccessful.share).toBeNull();
    expect(JSON.stringify(r)).not.toContain("NaN");
    expect(r.bijlage1.rows.every((x) => x.agreements.phase === null && x.agreements.label === null)).toBe(true);
  });

  it("Tabel 7 shows start years around the report period's year and an unknown column when needed", () => {
    const rows: FlatAssessment[] = [
      { ...base, period: "2019-10", startYear: 2017, status: "RUNNING" },
      { ...base, period: "2019-10", startYear: 2019, status: "RUNNING" },
      { ...base, period: "2019-10", startYear: 2021, status: "NOT_STARTED" },
      { ...base, period: "2019-10", startYear: null, status: "RUNNING" },
    ];
    const r = computeReport(inputOf({ period: "2019-10", compare: "2019-03", rows }));
    expect(r.tabel7.columns.map((c) => c.label)).toEqual(["Start 2019", "Start 2020–2021", "Totaal 2019–2021", "Aandeel", "Totaal nieuw mrt-19", "Verschil", "Start 2017–2018", "Aandeel", "Startdatum onbekend"]);
    expect(r.tabel7.values.TECHNOLOGIE).toMatchObject({ START_JAAR: 1, START_LATER: 1, NIEUW: 2, NIEUW_AANDEEL: 1, EERDER: 1, START_ONBEKEND: 1 });
    expect(r.periods.map((p) => p.code)).toEqual(["2019-03", "2019-10"]);
  });

  it("Tabel 7 compares the new projects (start in the report year or later) with the comparison period, per hoofdrubriek", () => {
    const at = (period: string, hoofdrubriek: string, startYear: number | null): FlatAssessment => ({ ...base, period, hoofdrubriek, startYear, status: "RUNNING" });
    const rows: FlatAssessment[] = [
      // maart 2020: two Technologie projects already start in 2020 or 2021, one in 2019 (not new), one unknown
      at("2020-03", "TECHNOLOGIE", 2020),
      at("2020-03", "TECHNOLOGIE", 2021),
      at("2020-03", "TECHNOLOGIE", 2019),
      at("2020-03", "TECHNOLOGIE", null),
      // oktober 2020: three new in Technologie, one new in Anders werken (none before)
      at("2020-10", "TECHNOLOGIE", 2020),
      at("2020-10", "TECHNOLOGIE", 2020),
      at("2020-10", "TECHNOLOGIE", 2021),
      at("2020-10", "TECHNOLOGIE", 2018),
      at("2020-10", "ANDERS_WERKEN", 2021),
    ];
    const r = computeReport(inputOf({ period: "2020-10", compare: "2020-03", rows }));
    const t7 = r.tabel7;
    expect(t7.columns.slice(2, 6).map((c) => [c.key, c.label])).toEqual([
      ["NIEUW", "Totaal 2020–2021"],
      ["NIEUW_AANDEEL", "Aandeel"],
      ["2020-03", "Totaal nieuw mrt-20"],
      ["VERSCHIL", "Verschil"],
    ]);
    expect(t7.values.TECHNOLOGIE).toMatchObject({ NIEUW: 3, "2020-03": 2, VERSCHIL: 1 });
    expect(t7.values.ANDERS_WERKEN).toMatchObject({ NIEUW: 1, "2020-03": 0, VERSCHIL: 1 });
    expect(t7.values.TOTAAL).toMatchObject({ NIEUW: 4, "2020-03": 2, VERSCHIL: 2, EERDER: 1 });
    // the same definition as the key figure "Nieuwe projecten (start 2020 of later)"
    const headline = r.headline.find((h) => h.key === "newProjects")!;
    expect([headline.compare.value, headline.value, headline.change]).toEqual([2, 4, 2]);
    expect(t7.summary).toBe("4 van de 5 projecten (80,0%) starten in 2020 of later, was 2 in maart 2020 (+2); de meeste nieuwe projecten vallen in Technologie (3).");
  });

  it("Tabel 7 without new projects now names those of the comparison period", () => {
    const rows: FlatAssessment[] = [
      { ...base, period: "2020-03", startYear: 2021, status: "NOT_STARTED" },
      { ...base, period: "2020-10", startYear: 2019, status: "RUNNING" },
    ];
    const r = computeReport(inputOf({ period: "2020-10", compare: "2020-03", rows }));
    expect(r.tabel7.values.TOTAAL).toMatchObject({ NIEUW: 0, "2020-03": 1, VERSCHIL: -1 });
    expect(r.tabel7.summary).toBe("Er zijn in oktober 2020 geen projecten die in 2020 of later starten; in maart 2020 waren het er 1.");
  });

  it("tally and the region tables count per period and scale", () => {
    const counts = countsOf([{ ...base, period: "2020-10", status: "RUNNING" }, { ...base, period: "2020-10", status: "RUNNING" }, { ...base, period: "2020-03", status: "RUNNING" }]);
    expect(tally(counts, "2020-10", "status").get("RUNNING")).toBe(2);
    const scores = [
      { period: "2020-10", region: "zeeland", agreements: 4, dynamics: null, vision: 9 },
      { period: "2020-03", region: "zeeland", agreements: 2, dynamics: 1, vision: 1 },
    ];
    const r = computeReport(inputOf({ period: "2020-10", compare: "2020-03", rows: [], scores: scores as never }));
    expect(r.tabel1.values["4"]).toMatchObject({ "2020-03": 0, "2020-10": 1, VERSCHIL: 1 });
    expect(r.tabel1.values["2"]).toMatchObject({ "2020-03": 1, "2020-10": 0, VERSCHIL: -1 });
    // out-of-range and missing scores are "not scored"
    expect(r.tabel3.values.NIET_BEOORDEELD["2020-10"]).toBe(34);
    expect(r.tabel2.values.NIET_BEOORDEELD["2020-10"]).toBe(34);
    const zeeland = r.bijlage1.rows[0];
    expect(zeeland).toMatchObject({ regionCode: "zeeland", agreements: { phase: 4, label: "Implementatiefase", comparePhase: 2 }, vision: { phase: null, label: null } });
  });

  it("firstParagraph cuts at a word", () => {
    expect(firstParagraph("  Een  twee\ndrie.\n\nVier.")).toBe("Een twee drie.");
    const long = "woord ".repeat(200);
    const cut = firstParagraph(long, 100);
    expect(cut.length).toBeLessThanOrEqual(101);
    expect(cut.endsWith("woord…")).toBe(true);
  });
});

describe("chapter 3: projects per Kwaliteitskader theme", () => {
  const rows: FlatAssessment[] = [
    { period: "2020-03", hoofdrubriek: "TECHNOLOGIE", region: "zeeland", startYear: 2019, status: "RUNNING" },
    { period: "2020-10", hoofdrubriek: "TECHNOLOGIE", region: "zeeland", startYear: 2019, status: "RUNNING" },
    { period: "2020-10", hoofdrubriek: "TECHNOLOGIE", region: "zeeland", startYear: 2020, status: "NOT_STARTED" },
  ] as FlatAssessment[];
  const themes = [
    { code: "VEILIGHEID", label: "Veiligheid" },
    { code: "PERSONEELSSAMENSTELLING", label: "Personeelssamenstelling" },
  ];
  const input = {
    ...inputOf({ period: "2020-10", compare: "2020-03", rows }),
    themes,
    themeCounts: [
      { period: "2020-03", theme: "VEILIGHEID", count: 1 },
      { period: "2020-10", theme: "VEILIGHEID", count: 2 },
      { period: "2020-10", theme: "PERSONEELSSAMENSTELLING", count: 1 },
      { period: "2020-10", theme: null, count: 0 },
    ],
  };

  it("counts projects per theme at both periods with the change and the share of all projects", () => {
    const t = computeReport(input).kwaliteitskader!;
    expect(t.rows.map((r) => r.label)).toEqual(["Veiligheid", "Personeelssamenstelling", "Projecten"]);
    expect(t.columns.map((c) => c.label)).toEqual(["mrt-20", "okt-20", "Verschil", "Aandeel okt-20"]);
    expect(t.values.VEILIGHEID).toEqual({ "2020-03": 1, "2020-10": 2, VERSCHIL: 1, AANDEEL: 1 });
    expect(t.values.PERSONEELSSAMENSTELLING).toEqual({ "2020-03": 0, "2020-10": 1, VERSCHIL: 1, AANDEEL: 0.5 });
    expect(t.values.TOTAAL).toMatchObject({ "2020-03": 1, "2020-10": 2, VERSCHIL: 1 });
    expect(t.summary).toBe('In oktober 2020 zijn er 2 projecten, was 1 in maart 2020 (+1). De grootste verandering: "Veiligheid" steeg van 1 naar 2.');
  });

  it("shows projects without a theme only when there are some, and is absent without theme data", () => {
    const t = computeReport({ ...input, themeCounts: [...input.themeCounts, { period: "2020-03", theme: null, count: 3 }] }).kwaliteitskader!;
    expect(t.rows.map((r) => r.key)).toEqual(["VEILIGHEID", "PERSONEELSSAMENSTELLING", "GEEN_THEMA", "TOTAAL"]);
    expect(t.values.GEEN_THEMA).toMatchObject({ "2020-03": 3, "2020-10": 0, VERSCHIL: -3 });
    expect(computeReport(inputOf({ period: "2020-10", compare: "2020-03", rows })).kwaliteitskader).toBeUndefined();
  });
});
