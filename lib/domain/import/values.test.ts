import { describe, expect, it } from "vitest";
import { IMPACT, ORGANISATION_TYPE, PROJECT_LIFECYCLE, PROJECT_STATUS, REGION_SCALES, RESULT_SHARING, SCALABILITY } from "../enums";
import { HOOFDRUBRIEKEN, KWALITEITSKADER_THEMES, REGIONS } from "../reference-data";
import { cellText, cleanText, cleanTextFully, labelIndex, matchKey, parseDate, parseInteger, parseLabel, parseList, parsePeriodCell, parsePhase, parseYesNo } from "./values";

const ok = <T,>(value: T) => ({ ok: true, value });

describe("matchKey", () => {
  it("ignores case, spaces, punctuation, accents and typographic quotes", () => {
    expect(matchKey("  Noord- en Midden-Limburg ")).toBe(matchKey("noord en midden limburg"));
    expect(matchKey("Efficiënt werken")).toBe(matchKey("EFFICIENT WERKEN"));
    expect(matchKey("Ja naar enkele andere regio’s")).toBe(matchKey("Ja naar enkele andere regio's"));
    expect(matchKey("’t Gooi")).toBe(matchKey("'t Gooi"));
  });

  it("keeps every label of every list distinguishable", () => {
    const lists = [
      PROJECT_STATUS.options.map((o) => o.label),
      IMPACT.options.map((o) => o.label),
      RESULT_SHARING.options.map((o) => o.label),
      SCALABILITY.options.map((o) => o.label),
      ORGANISATION_TYPE.options.map((o) => o.label),
      PROJECT_LIFECYCLE.options.map((o) => o.label),
      HOOFDRUBRIEKEN.map((h) => h.label),
      KWALITEITSKADER_THEMES.map((t) => t.label),
      REGIONS.map((r) => r.name),
      REGIONS.map((r) => r.code),
    ];
    for (const list of lists) expect(new Set(list.map(matchKey)).size).toBe(list.length);
  });
});

describe("cleanText and cellText", () => {
  it("trims, collapses spaces and straightens quotes", () => {
    expect(cleanText("  “Samen”   sterk\u00a0 ")).toBe('"Samen" sterk');
    expect(cleanText("regio‘s")).toBe("regio's");
  });
  it("renders cells as users see them", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(12)).toBe("12");
    expect(cellText(true)).toBe("Ja");
    expect(cellText(new Date(Date.UTC(2020, 9, 1)))).toBe("01-10-2020");
    expect(cellText({ formula: "SUM(A1:A3)" })).toBe("=SUM(A1:A3)");
  });
});

describe("parseLabel", () => {
  const index = labelIndex(PROJECT_STATUS, { "succesvol afgerond": "FINISHED_SUCCESSFUL" });
  const allowed = PROJECT_STATUS.options.map((o) => o.label);
  it("accepts the exact label in any case and spacing, the code, and listed variants", () => {
    expect(parseLabel("Lopend", index, "projectstatus", allowed)).toEqual(ok("RUNNING"));
    expect(parseLabel("  lopend ", index, "projectstatus", allowed)).toEqual(ok("RUNNING"));
    expect(parseLabel("AFGEROND EN SUCCESVOL VERLOPEN", index, "projectstatus", allowed)).toEqual(ok("FINISHED_SUCCESSFUL"));
    expect(parseLabel("RUNNING", index, "projectstatus", allowed)).toEqual(ok("RUNNING"));
    expect(parseLabel("Succesvol afgerond", index, "projectstatus", allowed)).toEqual(ok("FINISHED_SUCCESSFUL"));
    expect(parseLabel(null, index, "projectstatus", allowed)).toEqual(ok(null));
  });
  it("accepts typographic quotes in labels", () => {
    const s = labelIndex(SCALABILITY);
    expect(parseLabel("Ja naar enkele andere regio’s", s, "x", [])).toEqual(ok("SOME_OTHER_REGIONS"));
  });
  it("rejects an unknown label with the allowed values in Dutch", () => {
    const r = parseLabel("Bijna klaar", index, "projectstatus", allowed);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain("Onbekende projectstatus");
      expect(r.reason).toContain("Lopend");
    }
  });
});

describe("parseInteger", () => {
  it("reads numbers and numbers written with separators", () => {
    expect(parseInteger(12)).toEqual(ok(12));
    expect(parseInteger("12")).toEqual(ok(12));
    expect(parseInteger(" 25.000 ")).toEqual(ok(25000));
    expect(parseInteger("€ 45.000")).toEqual(ok(45000));
    expect(parseInteger("1.250.000")).toEqual(ok(1250000));
    expect(parseInteger("7,0")).toEqual(ok(7));
    expect(parseInteger("")).toEqual(ok(null));
    expect(parseInteger(null)).toEqual(ok(null));
  });
  it("rejects words, fractions and out-of-range values", () => {
    expect(parseInteger("tien").ok).toBe(false);
    expect(parseInteger("ongeveer 5").ok).toBe(false);
    expect(parseInteger("7,5").ok).toBe(false);
    expect(parseInteger(7.5).ok).toBe(false);
    expect(parseInteger(0, { min: 1 })).toEqual({ ok: false, reason: "Moet minstens 1 zijn." });
    expect(parseInteger(true).ok).toBe(false);
  });
});

describe("parseYesNo", () => {
  it("reads Ja/Nee and common variants", () => {
    for (const v of ["Ja", "ja", " JA ", "j", "x", true, 1]) expect(parseYesNo(v as never)).toEqual(ok(true));
    for (const v of ["Nee", "nee", "n", false, 0]) expect(parseYesNo(v as never)).toEqual(ok(false));
    expect(parseYesNo(null)).toEqual(ok(null));
    expect(parseYesNo("misschien").ok).toBe(false);
  });
});

describe("parseDate", () => {
  // Dutch and ISO dates, date cells, Excel serial numbers and months
  it.each([
    ["01-09-2019", "2019-09-01"],
    ["1-9-2019", "2019-09-01"],
    ["1/9/19", "2019-09-01"],
    ["2019-09-01", "2019-09-01"],
    ["2019-09-01T00:00:00.000Z", "2019-09-01"],
    [new Date(Date.UTC(2020, 2, 15)), "2020-03-15"],
    [43891, "2020-03-01"],
    ["maart 2020", "2020-03-01"],
    ["okt-20", "2020-10-01"],
    ["", null],
  ])("reads %j as %j", (cell, date) => {
    expect(parseDate(cell)).toEqual(ok(date));
  });
  it("rejects impossible dates with a reason", () => {
    expect(parseDate("31-02-2020")).toEqual({ ok: false, reason: "De datum 31-02-2020 bestaat niet." });
    expect(parseDate("2019-13-01").ok).toBe(false);
    expect(parseDate("29-02-2019").ok).toBe(false);
    expect(parseDate("29-02-2020")).toEqual(ok("2020-02-29"));
    expect(parseDate("binnenkort").ok).toBe(false);
    expect(parseDate(12.5).ok).toBe(false);
    expect(parseDate("01-01-1850").ok).toBe(false);
  });
});

describe("parsePeriodCell", () => {
  it("reads every way the report writes a period", () => {
    for (const t of ["oktober 2020", "Oktober 2020", "okt-20", "OKT-20", "okt 2020", "2020-10", " okt-20 "]) expect(parsePeriodCell(t)).toEqual(ok("2020-10"));
    expect(parsePeriodCell("mrt-20")).toEqual(ok("2020-03"));
    expect(parsePeriodCell("maart 2019")).toEqual(ok("2019-03"));
    expect(parsePeriodCell(new Date(Date.UTC(2020, 9, 1)))).toEqual(ok("2020-10"));
    expect(parsePeriodCell("najaar").ok).toBe(false);
  });
});

describe("parseList", () => {
  it("splits on semicolons and new lines and drops empties", () => {
    expect(parseList(" A ; B;;\nC ")).toEqual(["A", "B", "C"]);
    expect(parseList(null)).toEqual([]);
  });
});

describe("parsePhase", () => {
  const { phases, max } = REGION_SCALES.agreements;
  it("reads a number, 'Fase n', 'Fase n: label' or the label", () => {
    expect(parsePhase(4, phases, max)).toEqual(ok(4));
    expect(parsePhase("4", phases, max)).toEqual(ok(4));
    expect(parsePhase("Fase 4: Implementatiefase", phases, max)).toEqual(ok(4));
    expect(parsePhase("fase 3", phases, max)).toEqual(ok(3));
    expect(parsePhase("implementatiefase", phases, max)).toEqual(ok(4));
    expect(parsePhase(null, phases, max)).toEqual(ok(null));
  });
  it("rejects phases out of range and unknown names", () => {
    expect(parsePhase(5, phases, max)).toEqual({ ok: false, reason: "Fase moet tussen 1 en 4 liggen." });
    expect(parsePhase("Strategische keuzes", phases, max).ok).toBe(false);
    expect(parsePhase("Strategische keuzes", REGION_SCALES.vision.phases, REGION_SCALES.vision.max)).toEqual(ok(5));
  });
});

describe("cleanText's quick path", () => {
  /** The quick path must give what the whole cleaning gives, for every text. */
  const reference = cleanTextFully;

  it("gives what the full cleaning gives, for plain, odd and random texts", () => {
    const texts = [
      "", " ", "a", "Zorg dichtbij", " voor", "na ", "twee  spaties", "tab\there", "regel\nnieuw", "\nbegin", "eind\n", "eind\r", "a \n b",
      "café", "cafe\u0301", "Efficiënt", "´accent", "`tick`", "‘quoted’", "“dubbel”", "nb\u00a0sp", "\u2003em", "\u000bvt", "\ufeffbom", "x\u0085y", "ŀ", "ʼn",
    ];
    const alphabet = ["a", "Z", "0", " ", " ", "\t", "\n", "\r", "é", "e\u0301", "\u0301", "`", "´", "’", "”", "\u00a0", "\u2003", "\u007f", "\u0085", "ÿ", "Ā", "ɏ", "\u02ff", "\u0300", "😀", "\ufeff", "\u000b"];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 3000; i++) {
      const length = Math.floor(random() * 8);
      texts.push(Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join(""));
    }
    for (const text of texts) expect(cleanText(text), JSON.stringify(text)).toBe(reference(text));
  });
});
