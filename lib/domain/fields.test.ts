import { describe, expect, it } from "vitest";
import { JUDGEMENT_FIELDS, PROJECT_FIELDS, describeAuditEntry, formatFieldValue } from "./fields";

describe("formatFieldValue", () => {
  it("shows codes as their Dutch labels and formats dates, money and booleans", () => {
    expect(formatFieldValue(JUDGEMENT_FIELDS.status, "RUNNING")).toBe("Lopend");
    expect(formatFieldValue(PROJECT_FIELDS.regionCode, "zeeland")).toBe("Zeeland");
    expect(formatFieldValue(PROJECT_FIELDS.hoofdrubriekCode, "NIEUWE_PROFESSIONALS")).toBe("Nieuwe professionals aantrekken");
    expect(formatFieldValue(PROJECT_FIELDS.themeCodes, ["PERSONEELSSAMENSTELLING"])).toBe("Personeelssamenstelling");
    expect(formatFieldValue(PROJECT_FIELDS.endDate, "2021-06-30")).toBe("30 juni 2021");
    expect(formatFieldValue(PROJECT_FIELDS.budgetEuros, 145000)).toMatch(/^€\s145\.000$/);
    expect(formatFieldValue(PROJECT_FIELDS.isPublic, true)).toBe("ja");
    expect(formatFieldValue(PROJECT_FIELDS.lifecycle, "ACTIVE")).toBe("Actief");
  });

  it("treats null, empty text and empty lists as empty", () => {
    expect(formatFieldValue(PROJECT_FIELDS.lessonsLearned, "")).toBe("");
    expect(formatFieldValue(PROJECT_FIELDS.lessonsLearned, null)).toBe("");
    expect(formatFieldValue(PROJECT_FIELDS.partners, [])).toBe("");
  });

  it("writes imported period records as sentences, not JSON", () => {
    const text = formatFieldValue(PROJECT_FIELDS.periodRecords, [
      { id: "x", period: "2020-03", status: "RUNNING", impact: "LARGE_GREAT", sharing: "NOT_YET_SOON", scalability: "SOME_OTHER_REGIONS", careOrgCount: 7, note: "" },
    ]);
    expect(text).toBe("maart 2020: Lopend, Op grote schaal met grote betekenis, Nee, werk in uitvoering, wel in de nabije toekomst, Ja naar enkele andere regio's, 7 zorgorganisaties");
    expect(text).not.toContain("{");
  });
});

describe("describeAuditEntry", () => {
  it("an imported project: Dutch labels only, no internal names, JSON or empty lines", () => {
    const d = describeAuditEntry({
      action: "IMPORT",
      entity: "Project",
      before: null,
      after: {
        wirNumber: "WIR-0001",
        title: "Aantrekken academici",
        regionCode: "zeeland",
        themeCodes: ["PERSONEELSSAMENSTELLING"],
        lessonsLearned: "",
        deliveredProducts: "",
        isShowcase: true,
        budgetEuros: 145000,
        periodRecords: [{ id: "abc", period: "2020-10", status: "RUNNING" }],
      },
    });
    expect(d.title).toBe("Projectkaart geïmporteerd");
    const shown = d.lines.map((l) => `${l.label}: ${l.before} ${l.after}`).join("\n");
    expect(shown).toContain("WIR-nummer:  WIR-0001");
    expect(shown).toContain("(Sub)regio:  Zeeland");
    expect(shown).toContain("Beoordelingen:  oktober 2020: Lopend");
    for (const internal of ["wirNumber", "themeCodes", "periodRecords", "regionCode", "{", "Geleerde lessen", "Opgeleverde"]) expect(shown).not.toContain(internal);
  });

  it("a change lists only fields whose shown value changed", () => {
    const d = describeAuditEntry({
      action: "UPDATE",
      entity: "ProgressUpdate",
      before: { state: "DRAFT", risks: null, reviewedById: "u1" },
      after: { state: "SUBMITTED", risks: "", reviewedById: "u2" },
    });
    expect(d).toEqual({ title: "Voortgangsupdate gewijzigd", lines: [{ field: "state", label: "Stand", before: "Concept", after: "Ingediend" }] });
  });

  it("results records read in Dutch: tags and choices by their labels, values as numbers", () => {
    const evaluation = describeAuditEntry({
      action: "UPDATE",
      entity: "FinalEvaluation",
      before: { successFactors: ["TRAINING"], transferable: null },
      after: { successFactors: ["TRAINING", "BROAD_SUPPORT"], transferable: "WITH_ADAPTATION" },
    });
    expect(evaluation).toEqual({
      title: "Eindevaluatie gewijzigd",
      lines: [
        { field: "successFactors", label: "Succesfactoren", before: "Scholing en ruimte om te oefenen", after: "Scholing en ruimte om te oefenen, Draagvlak bij medewerkers, leiding en bestuur" },
        { field: "transferable", label: "Kan de aanpak elders worden overgenomen?", before: "", after: "Ja, met aanpassingen aan de eigen situatie" },
      ],
    });
    const measurement = describeAuditEntry({ action: "CREATE", entity: "IndicatorMeasurement", before: null, after: { indicator: "Ziekteverzuim", period: "maart 2021", value: 1350.5, note: "" } });
    expect(measurement.title).toBe("Meting aangemaakt");
    expect(measurement.lines.map((l) => `${l.label}: ${l.after}`)).toEqual(["Indicator: Ziekteverzuim", "Periode: maart 2021", "Meting: 1.350,5"]);
  });

  it("an update names the record it changed (stage, indicator, period) though only the date or value changed", () => {
    const step = describeAuditEntry({ action: "UPDATE", entity: "TrajectStep", before: { stage: "Uitvoering", date: "2021-01-04" }, after: { stage: "Uitvoering", date: "2021-02-01" } });
    expect(step).toEqual({ title: "Fase van het traject gewijzigd (Uitvoering)", lines: [{ field: "date", label: "Begonnen op", before: "4 januari 2021", after: "1 februari 2021" }] });
    const measurement = describeAuditEntry({
      action: "UPDATE",
      entity: "IndicatorMeasurement",
      before: { indicator: "Ziekteverzuim", period: "maart 2021", value: 5 },
      after: { indicator: "Ziekteverzuim", period: "maart 2021", value: 4.5 },
    });
    expect(measurement.title).toBe("Meting gewijzigd (Ziekteverzuim, maart 2021)");
    expect(measurement.lines.map((l) => l.field)).toEqual(["value"]);
    expect(describeAuditEntry({ action: "CREATE", entity: "TrajectStep", before: null, after: { stage: "Uitvoering", date: "2021-01-04" } }).title).toBe("Fase van het traject aangemaakt");
  });

  it("an unknown kind of record still reads as Dutch", () => {
    expect(describeAuditEntry({ action: "UPDATE", entity: "Something", before: { x: 1 }, after: { x: 2 } })).toEqual({ title: "Gegevens gewijzigd", lines: [] });
  });
});
