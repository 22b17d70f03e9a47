import { describe, expect, it } from "vitest";
import { HOOFDRUBRIEKEN, KWALITEITSKADER_THEMES, PERIODS, REGIONS } from "../reference-data";
import { SHEETS, SHEET_ORDER, type SheetKey } from "./format";
import type { RawSheet } from "./read";
import { hasErrors, identifySheet, validatePortfolio, type ImportReference } from "./validate";
import { headersOf } from "./write";
import { THOUSANDS_MESSAGE } from "../results/validation";
import type { Cell } from "./values";

const ref: ImportReference = {
  regions: REGIONS.map((r) => ({ code: r.code, name: r.name })),
  hoofdrubrieken: HOOFDRUBRIEKEN,
  themes: KWALITEITSKADER_THEMES,
  periods: PERIODS.map((p) => ({ code: p.code, label: p.label, state: "OPEN" as const })),
  organisationNames: ["Bestaande Zorg"],
  userEmails: ["leider@regiotafel.test"],
  wirNumbers: new Set(["WIR-9000"]),
};

const PROJECT = ["WIR-0001", "Samen opleiden", "Zeeland", "Anders opleiden / samenwerking met onderwijs", "Veiligheid", "Zorg A", "Bestaande Zorg", "01-09-2019", "31-12-2021", "45000"];
const PROJECT_HEADERS = ["WIR-nummer", "Titel", "Regio", "Hoofdrubriek", "Kwaliteitskaderthema's", "Kartrekker", "Partners", "Startdatum", "Einddatum", "Budget (euro)"];

function workbook(overrides: Partial<Record<SheetKey, Cell[][]>> = {}): RawSheet[] {
  const base: Record<SheetKey, Cell[][]> = {
    organisations: [headersOf("organisations"), ["Zorg A", "Zorgaanbieder", "Goes"]],
    projects: [PROJECT_HEADERS, PROJECT],
    records: [["WIR-nummer", "Periode", "Projectstatus", "Mate van impact", "Delen van resultaten", "Opschaalbaarheid", "Aantal zorgorganisaties"], ["WIR-0001", "okt-20", "Lopend", "Nog onbekend", "Nog onbekend", "Nee, is nog niet zinvol", 5]],
    scores: [["Regio", "Periode", "Afspraken / convenanten", "Samenwerkingsdynamiek", "Regiovisie / stip op de horizon"], ["Zeeland", "oktober 2020", "Fase 4: Implementatiefase", 4, "Strategische keuzes"]],
    indicators: [headersOf("indicators")],
    measurements: [headersOf("measurements")],
    traject: [headersOf("traject")],
  };
  return SHEET_ORDER.map((k) => ({ name: SHEETS[k].name, rows: overrides[k] ?? base[k] }));
}

const reasons = (sheets: RawSheet[], kind: "xlsx" | "csv" = "xlsx") => validatePortfolio(sheets, kind, ref).issues.map((i) => `${i.sheet}|${i.row}|${i.column}|${i.reason}`);

describe("validatePortfolio: a good workbook", () => {
  it("reads every sheet into plain values", () => {
    const { issues, portfolio } = validatePortfolio(workbook(), "xlsx", ref);
    expect(issues).toEqual([]);
    expect(portfolio.organisations).toEqual([{ row: 2, name: "Zorg A", type: "ZORGAANBIEDER", city: "Goes" }]);
    expect(portfolio.projects).toHaveLength(1);
    expect(portfolio.projects[0]).toMatchObject({
      row: 2,
      wirNumber: "WIR-0001",
      values: { title: "Samen opleiden", regionCode: "zeeland", hoofdrubriekCode: "ANDERS_OPLEIDEN", themeCodes: ["VEILIGHEID"], leadOrganisation: "Zorg A", partners: ["Bestaande Zorg"], startDate: "2019-09-01", endDate: "2021-12-31", budgetEuros: 45000, isPublic: false, lifecycle: "ACTIVE" },
    });
    expect(portfolio.projects[0].present).toContain("title");
    expect(portfolio.projects[0].present).not.toContain("leaders");
    expect(portfolio.records).toEqual([
      { row: 2, wirNumber: "WIR-0001", periodCode: "2020-10", present: ["status", "impact", "sharing", "scalability", "careOrgCount"], values: { status: "RUNNING", impact: "UNKNOWN", sharing: "UNKNOWN", scalability: "NOT_YET_USEFUL", careOrgCount: 5, note: "" } },
    ]);
    expect(portfolio.scores).toEqual([
      { row: 2, regionCode: "zeeland", periodCode: "2020-10", present: ["agreements", "dynamics", "vision"], values: { agreements: 4, dynamics: 4, vision: 5, note: "" } },
    ]);
  });

  it("tolerates case, spaces, typographic quotes, header aliases and region codes", () => {
    const sheets = workbook({
      projects: [["wir nummer", " TITEL ", "(Sub)regio", "rubriek"], ["wir-0002", "  Samen   sterk ", "’t Gooi", "efficient werken"]],
      records: [["WIR-NUMMER", "periode", "status"], ["WIR-0002", "Oktober 2020", "lopend"], ["WIR-9000", "mrt-20", "NOG NIET GESTART"]],
    });
    const { issues, portfolio } = validatePortfolio(sheets, "xlsx", ref);
    expect(issues).toEqual([]);
    expect(portfolio.projects[0]).toMatchObject({ wirNumber: "WIR-0002", values: { title: "Samen sterk", regionCode: "t-gooi", hoofdrubriekCode: "EFFICIENT_WERKEN" } });
    expect(portfolio.records.map((r) => [r.wirNumber, r.periodCode, r.values.status])).toEqual([["WIR-0002", "2020-10", "RUNNING"], ["WIR-9000", "2020-03", "NOT_STARTED"]]);
  });

  it("identifies CSV files by name or, failing that, by their headers", () => {
    expect(identifySheet({ name: "projecten", rows: [] })).toBe("projects");
    expect(identifySheet({ name: "Regioscores", rows: [] })).toBe("scores");
    expect(identifySheet({ name: "export (3)", rows: [["WIR-nummer", "Periode", "Projectstatus"]] })).toBe("records");
    expect(identifySheet({ name: "x", rows: [["Naam", "Soort"]] })).toBe("organisations");
    expect(identifySheet({ name: "x", rows: [["A", "B"]] })).toBeNull();
  });

  it("accepts a subset of sheets as CSV files", () => {
    const records = { name: "periodegegevens", rows: [["WIR-nummer", "Periode", "Projectstatus"], ["WIR-9000", "okt-20", "Lopend"]] };
    const { issues, portfolio } = validatePortfolio([records], "csv", ref);
    expect(issues.map((i) => i.reason)).toEqual([]);
    expect(portfolio.sheets).toEqual(["records"]);
  });
});

describe("validatePortfolio: bad input is reported with sheet, row, column, value and a Dutch reason", () => {
  it("a missing sheet", () => {
    const sheets = workbook().filter((s) => s.name !== "Regioscores");
    expect(reasons(sheets)).toEqual(['Regioscores|null|null|Het blad "Regioscores" ontbreekt in het werkboek. Gebruik het sjabloon; een blad mag leeg zijn (alleen de kopregel).']);
  });

  it("an unknown header and a missing required header", () => {
    const sheets = workbook({ projects: [["WIR-nummer", "Titel", "Hoofdrubriek", "Kleur"], ["WIR-0001", "X", "Technologie", "rood"]] });
    const r = reasons(sheets);
    expect(r).toContainEqual(expect.stringMatching(/^Projecten\|1\|Kleur\|Onbekende kolom/));
    expect(r).toContainEqual('Projecten|1|Regio|Verplichte kolom "Regio" ontbreekt.');
  });

  it("a duplicated header", () => {
    const r = reasons(workbook({ projects: [["WIR-nummer", "Titel", "Regio", "Hoofdrubriek", "Titel"], []] }));
    expect(r).toContainEqual('Projecten|1|Titel|Kolom "Titel" staat twee keer in het blad.');
  });

  it("unknown labels, region, rubriek, theme and organisation", () => {
    const sheets = workbook({
      projects: [PROJECT_HEADERS, ["WIR-0001", "X", "Atlantis", "Ruimtevaart", "Geluk", "Onbekende BV", "", "", "", ""]],
      records: [["WIR-nummer", "Periode", "Projectstatus", "Mate van impact"], ["WIR-0001", "okt-20", "Bijna klaar", "Heel groot"]],
    });
    const { issues } = validatePortfolio(sheets, "xlsx", ref);
    const find = (column: string) => issues.find((i) => i.column === column)!;
    expect(find("Regio")).toMatchObject({ sheet: "Projecten", row: 2, value: "Atlantis" });
    expect(find("Regio").reason).toMatch(/^Onbekende regio/);
    expect(find("Hoofdrubriek")).toMatchObject({ value: "Ruimtevaart" });
    expect(find("Kwaliteitskaderthema's").reason).toMatch(/^Onbekend kwaliteitskaderthema "Geluk"/);
    expect(find("Kartrekker")).toMatchObject({ value: "Onbekende BV", reason: 'Onbekende organisatie "Onbekende BV": zet haar op het blad Organisaties.' });
    expect(find("Projectstatus")).toMatchObject({ sheet: "Periodegegevens", row: 2, value: "Bijna klaar" });
    expect(find("Mate van impact").reason).toMatch(/^Onbekende mate van impact. Toegestaan: Op kleine schaal/);
  });

  it("duplicate references", () => {
    const sheets = workbook({
      organisations: [["Naam", "Soort"], ["Zorg A", "Zorgaanbieder"], ["zorg a", "Zorgaanbieder"]],
      projects: [PROJECT_HEADERS, PROJECT, ["wir-0001", "Ander", "Zeeland", "Technologie"]],
      records: [["WIR-nummer", "Periode"], ["WIR-0001", "okt-20"], ["WIR-0001", "oktober 2020"]],
      scores: [["Regio", "Periode"], ["Zeeland", "okt-20"], ["zeeland", "2020-10"]],
    });
    const r = reasons(sheets);
    expect(r).toContainEqual("Organisaties|3|Naam|Dubbele organisatie: staat ook op rij 2.");
    expect(r).toContainEqual("Projecten|3|WIR-nummer|Dubbel WIR-nummer: staat ook op rij 2.");
    expect(r).toContainEqual("Periodegegevens|3|Periode|Dubbele regel: dit project heeft voor deze periode ook een regel op rij 2.");
    expect(r).toContainEqual("Regioscores|3|Regio|Dubbele regel: deze regio heeft voor deze periode ook een regel op rij 2.");
  });

  it("an unknown project in the records and an unknown period", () => {
    const r = reasons(workbook({ records: [["WIR-nummer", "Periode"], ["WIR-7777", "okt-20"], ["WIR-0001", "okt-25"], ["WIR-0001", "najaar"]] }));
    expect(r).toContainEqual("Periodegegevens|2|WIR-nummer|Onbekend WIR-nummer: het project staat niet op het blad Projecten en niet in Regiotafel.");
    expect(r).toContainEqual(expect.stringMatching(/^Periodegegevens\|3\|Periode\|Deze periode bestaat niet in Regiotafel. Bekende perioden: maart 2019/));
    expect(r).toContainEqual(expect.stringMatching(/^Periodegegevens\|4\|Periode\|Onbekende periode/));
  });

  it("an impossible date and an end before the start", () => {
    const r = reasons(workbook({ projects: [PROJECT_HEADERS, ["WIR-0001", "X", "Zeeland", "Technologie", "", "", "", "31-02-2020", "", ""], ["WIR-0002", "Y", "Zeeland", "Technologie", "", "", "", "2020-05-01", "2020-01-01", ""]] }));
    expect(r).toContainEqual("Projecten|2|Startdatum|De datum 31-02-2020 bestaat niet.");
    expect(r).toContainEqual("Projecten|3|Einddatum|De einddatum ligt voor de startdatum.");
  });

  it("numbers written as words", () => {
    const { issues } = validatePortfolio(workbook({ records: [["WIR-nummer", "Periode", "Aantal zorgorganisaties"], ["WIR-0001", "okt-20", "tien"]] }), "xlsx", ref);
    expect(issues).toEqual([{ severity: "error", sheet: "Periodegegevens", row: 2, column: "Aantal zorgorganisaties", value: "tien", reason: "Moet een getal zijn (in cijfers), geen tekst." }]);
  });

  it("an empty row in the middle (trailing empty rows are fine)", () => {
    const r = reasons(workbook({ projects: [PROJECT_HEADERS, PROJECT, [null, "", "  "], ["WIR-0002", "Y", "Zeeland", "Technologie"], [], [null]] }));
    expect(r).toEqual(["Projecten|3|null|Lege rij tussen de gegevens. Verwijder de rij, of vul haar als zij gegevens mist."]);
  });

  it("a cell with a formula", () => {
    const { issues } = validatePortfolio(workbook({ records: [["WIR-nummer", "Periode", "Aantal zorgorganisaties"], ["WIR-0001", "okt-20", { formula: "2+3" }]] }), "xlsx", ref);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: "Periodegegevens", row: 2, column: "Aantal zorgorganisaties", value: "=2+3" });
    expect(issues[0].reason).toMatch(/formule/);
  });

  it("empty required fields, an unknown leader and a bad e-mail address", () => {
    const r = reasons(workbook({ projects: [["WIR-nummer", "Titel", "Regio", "Hoofdrubriek", "Projectleiders", "E-mail contactpersoon"], ["", "X", "Zeeland", "Technologie", "niemand@elders.nl", "geen-adres"]] }));
    expect(r).toContainEqual("Projecten|2|WIR-nummer|Verplicht veld is leeg.");
    expect(r).toContainEqual(expect.stringMatching(/^Projecten\|2\|Projectleiders\|Geen Regiotafel-gebruiker met e-mailadres niemand@elders.nl/));
    expect(r).toContainEqual("Projecten|2|E-mail contactpersoon|Geen geldig e-mailadres.");
  });

  it("a phase out of range", () => {
    const r = reasons(workbook({ scores: [["Regio", "Periode", "Samenwerkingsdynamiek"], ["Zeeland", "okt-20", 5]] }));
    expect(r).toEqual(["Regioscores|2|Samenwerkingsdynamiek|Fase moet tussen 1 en 4 liggen."]);
  });

  it("a CSV file with an unknown name and headers", () => {
    const r = reasons([{ name: "boodschappen", rows: [["Product", "Prijs"]] }], "csv");
    expect(r).toEqual([expect.stringMatching(/^boodschappen\|null\|null\|Onbekend blad: noem het bestand organisaties.csv/)]);
  });

  it("hasErrors ignores warnings", () => {
    const sheets = [...workbook(), { name: "Mijn notities", rows: [["iets"]] }];
    const { issues } = validatePortfolio(sheets, "xlsx", ref);
    expect(issues).toEqual([expect.objectContaining({ severity: "warning", sheet: "Mijn notities" })]);
    expect(hasErrors(issues)).toBe(false);
  });
});

describe("validatePortfolio: the results sheets", () => {
  const withResults: ImportReference = {
    ...ref,
    indicators: [
      { code: "VERZUIM", unit: "PERCENT", ownerWirNumber: null, active: true },
      { code: "CLIENTTEVREDENHEID", unit: "SCORE_10", ownerWirNumber: null, active: true },
      { code: "EIGEN-WIR-9000-1", unit: "COUNT", ownerWirNumber: "WIR-9000", active: true },
    ],
    projectIndicators: new Set(["WIR-9000|EIGEN-WIR-9000-1"]),
  };
  const run = (overrides: Partial<Record<SheetKey, Cell[][]>>) => validatePortfolio(workbook(overrides), "xlsx", withResults);
  const problems = (overrides: Partial<Record<SheetKey, Cell[][]>>) => run(overrides).issues.map((i) => `${i.sheet}|${i.row}|${i.column}|${i.reason}`);

  it("reads indicators with baseline and target, a new own indicator, measurements and traject stages", () => {
    const { issues, portfolio } = run({
      indicators: [
        headersOf("indicators"),
        ["WIR-0001", "clienttevredenheid", null, null, null, null, "7,0", "01-03-2020", "Vragenlijst", 7.5, "31-12-2021"],
        ["WIR-0001", "EIGEN-WIR-0001-1", "Deelnemende bewoners", "Aantal bewoners dat meedoet.", "Aantal", "Hoger is beter", 12, "2020-03-01", "", 30, "2021-12-31"],
      ],
      measurements: [headersOf("measurements"), ["WIR-0001", "CLIENTTEVREDENHEID", "okt-20", "7,2", "Eerste meting"], ["WIR-9000", "EIGEN-WIR-9000-1", "oktober 2020", 40, null]],
      traject: [headersOf("traject"), ["WIR-0001", "Plan van aanpak", "01-06-2019", null, null, null], ["WIR-0001", "Financieringsbesluit zorgkantoor", "01-08-2019", null, "Toegekend", "45.000"]],
    });
    expect(issues).toEqual([]);
    expect(portfolio.indicators).toEqual([
      expect.objectContaining({ wirNumber: "WIR-0001", code: "CLIENTTEVREDENHEID", own: null, values: { baselineValue: 7, baselineDate: "2020-03-01", baselineMethod: "Vragenlijst", targetValue: 7.5, targetDate: "2021-12-31" } }),
      expect.objectContaining({ code: "EIGEN-WIR-0001-1", own: { name: "Deelnemende bewoners", definition: "Aantal bewoners dat meedoet.", unit: "COUNT", direction: "HIGHER_IS_BETTER" } }),
    ]);
    expect(portfolio.measurements.map((m) => [m.wirNumber, m.code, m.periodCode, m.value])).toEqual([["WIR-0001", "CLIENTTEVREDENHEID", "2020-10", 7.2], ["WIR-9000", "EIGEN-WIR-9000-1", "2020-10", 40]]);
    expect(portfolio.traject.map((t) => [t.stage, t.values.date, t.values.fundingDecision, t.values.fundingAmountEuros])).toEqual([["PLAN", "2019-06-01", null, null], ["FUNDING", "2019-08-01", "GRANTED", 45000]]);
  });

  it("refuses an unknown indicator, values outside the unit's range, a target before the baseline, and another project's own indicator", () => {
    const r = problems({
      indicators: [
        headersOf("indicators"),
        ["WIR-0001", "GELUK", null, null, null, null, 5, "2020-01-01", null, null, null],
        ["WIR-0001", "VERZUIM", null, null, null, null, 120, "2020-01-01", null, 5, "2019-01-01"],
        ["WIR-0001", "EIGEN-WIR-9000-1", null, null, null, null, null, null, null, null, null],
        ["WIR-0001", "EIGEN-WIR-0001-2", "", null, null, null, null, null, null, null, null],
      ],
    });
    expect(r).toContainEqual(expect.stringMatching(/^Indicatoren\|2\|Indicator\|Onbekende indicator\. Gebruik de code van een standaardindicator \(VERZUIM, CLIENTTEVREDENHEID\)/));
    expect(r).toContainEqual("Indicatoren|3|Nulmeting|Percentage (%): vul een waarde in van 0 tot en met 100.");
    expect(r).toContainEqual("Indicatoren|3|Streefdatum|De streefdatum moet na de datum van de nulmeting liggen.");
    expect(r).toContainEqual("Indicatoren|4|Indicator|Deze eigen indicator hoort bij project WIR-9000.");
    expect(r).toContainEqual("Indicatoren|5|Eenheid|Vul de eenheid van de nieuwe eigen indicator in.");
  });

  it("refuses a measurement of an indicator the project does not measure, out of range, or in an unknown period; funding on the wrong stage", () => {
    const r = problems({
      indicators: [headersOf("indicators"), ["WIR-0001", "CLIENTTEVREDENHEID", null, null, null, null, 7, "2020-01-01", null, null, null]],
      measurements: [
        headersOf("measurements"),
        ["WIR-0001", "VERZUIM", "okt-20", 5, null],
        ["WIR-0001", "CLIENTTEVREDENHEID", "okt-20", 11, null],
        ["WIR-0001", "CLIENTTEVREDENHEID", "okt-30", 7, null],
        ["WIR-0001", "CLIENTTEVREDENHEID", "mrt-20", "zeven", null],
        ["WIR-0001", "CLIENTTEVREDENHEID", "okt-20", "7.500", null],
      ],
      traject: [headersOf("traject"), ["WIR-0001", "Intake", "01-01-2019", null, "Toegekend", 1000], ["WIR-0001", "Borging", "31-02-2021", null, null, null], ["WIR-0001", "Afronding", "01-01-2021", null, null, null]],
    });
    expect(r).toContainEqual(expect.stringMatching(/^Metingen\|2\|Indicator\|Dit project meet deze indicator niet/));
    expect(r).toContainEqual("Metingen|3|Meetwaarde|Rapportcijfer (1–10): vul een waarde in van 1 tot en met 10.");
    expect(r).toContainEqual(expect.stringMatching(/^Metingen\|4\|Periode\|/));
    expect(r).toContainEqual(expect.stringMatching(/^Metingen\|5\|Meetwaarde\|Geen getal/));
    // "7.500" in a CSV cell: 7500 in Dutch, 7,5 elsewhere; refused, never guessed
    expect(r).toContainEqual(`Metingen|6|Meetwaarde|${THOUSANDS_MESSAGE}`);
    expect(r).toContainEqual("Traject|2|Financieringsbesluit|Een financieringsbesluit en bedrag horen alleen bij de fase Financieringsbesluit zorgkantoor.");
    expect(r).toContainEqual(expect.stringMatching(/^Traject\|3\|Datum\|/));
    expect(r).toContainEqual(expect.stringMatching(/^Traject\|4\|Fase\|Onbekende fase/));
  });

  it("a workbook without the results sheets is still complete", () => {
    const sheets = workbook().filter((s) => !["Indicatoren", "Metingen", "Traject"].includes(s.name));
    expect(validatePortfolio(sheets, "xlsx", withResults).issues).toEqual([]);
  });
});
