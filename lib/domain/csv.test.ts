import { describe, expect, it } from "vitest";
import { neutraliseFormula, restoreNeutralised, spreadsheetCsv } from "./csv";

describe("CSV for spreadsheets", () => {
  it("neutralises cells a spreadsheet would run as a formula, and only those", () => {
    for (const t of ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseFormula(t)).toBe(`'${t}`);
    expect(neutraliseFormula("Gewoon")).toBe("Gewoon");
    expect(neutraliseFormula(-5)).toBe(-5);
    expect(neutraliseFormula(null)).toBe(null);
  });

  it("restores what it neutralised, and leaves an ordinary apostrophe alone", () => {
    expect(restoreNeutralised(String(neutraliseFormula("=A1")))).toBe("=A1");
    expect(restoreNeutralised("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
  });

  it("writes semicolons, CRLF and a BOM; quotes every text cell; numbers bare; empty for null, empty text and non-finite numbers", () => {
    const csv = spreadsheetCsv([
      ["Titel", "Aantal"],
      ['=cmd|" /C calc"!A0', 4],
      ["Zorg; welzijn", null],
      ["x", Number.NaN],
      ["", -2.5],
      ["regel 1\nregel 2", "-2"],
    ]);
    expect(csv).toBe('\uFEFF"Titel";"Aantal"\r\n"\'=cmd|"" /C calc""!A0";4\r\n"Zorg; welzijn";\r\n"x";\r\n;-2.5\r\n"regel 1\nregel 2";"\'-2"');
  });

  it("neutralises every formula start, also after a quote can no longer protect it", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      const csv = spreadsheetCsv([[`${start}HYPERLINK("http://evil.example")`]]);
      expect(csv.slice(1)).toBe(`"'${start}HYPERLINK(""http://evil.example"")"`);
    }
  });
});
