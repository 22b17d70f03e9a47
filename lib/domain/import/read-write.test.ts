import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { readUpload } from "./read";
import { emptyTables, toCsv, toXlsx } from "./write";
import { neutraliseFormula, restoreNeutralised } from "../csv";
import { SHEETS } from "./format";
import { parseTypedDecimal } from "../results/validation";

const enc = (s: string) => new TextEncoder().encode(s);

describe("XLSX and CSV writing and reading", () => {
  it("writes every sheet (plus help) and reads them back", async () => {
    const tables = emptyTables();
    tables.projects.push({ wirNumber: "WIR-0001", title: "Één project", region: "Zeeland", hoofdrubriek: "Technologie", budgetEuros: 1000 });
    const bytes = await toXlsx(tables, { help: true });
    const read = await readUpload([{ name: "p.xlsx", bytes }]);
    expect(read.issues).toEqual([]);
    expect(read.kind).toBe("xlsx");
    expect(read.sheets.map((s) => s.name)).toEqual(["Organisaties", "Projecten", "Periodegegevens", "Regioscores", "Indicatoren", "Metingen", "Traject", "Toelichting"]);
    const projects = read.sheets[1];
    expect(projects.rows[0][0]).toBe("WIR-nummer");
    expect(projects.rows[1].slice(0, 4)).toEqual(["WIR-0001", "Één project", "Zeeland", "Technologie"]);
    expect(projects.rows[1][9]).toBe(1000);
  });

  it("CSV output neutralises formula injection and the importer restores the text", () => {
    expect(neutraliseFormula("=1+1")).toBe("'=1+1");
    expect(neutraliseFormula("+31 6 123")).toBe("'+31 6 123");
    expect(neutraliseFormula("-minder")).toBe("'-minder");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("Gewoon")).toBe("Gewoon");
    expect(neutraliseFormula(-5)).toBe(-5);
    expect(restoreNeutralised("'=1+1")).toBe("=1+1");
    expect(restoreNeutralised("'t Gooi")).toBe("'t Gooi");
    const csv = toCsv("projects", [{ wirNumber: "WIR-1", title: '=HYPERLINK("http://x")', region: "Zeeland", hoofdrubriek: "Technologie", description: "regel 1\nregel 2; met puntkomma" }]);
    expect(csv.startsWith('\uFEFF"WIR-nummer";"Titel";')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/;=/);
  });

  it("reads CSV with ; or , separators, BOM and quoted new lines", async () => {
    const csv = toCsv("projects", [{ wirNumber: "WIR-1", title: "=som", region: "Zeeland", hoofdrubriek: "Technologie", description: "a\nb" }]);
    const read = await readUpload([{ name: "projecten.csv", bytes: enc(csv) }]);
    expect(read.issues).toEqual([]);
    expect(read.sheets[0].name).toBe("projecten");
    expect(read.sheets[0].rows[1].slice(0, 4)).toEqual(["WIR-1", "=som", "Zeeland", "Technologie"]);
    expect(read.sheets[0].rows[1][11]).toBe("a\nb");
    const comma = await readUpload([{ name: "regioscores.csv", bytes: enc("Regio,Periode\r\nZeeland,okt-20\r\n") }]);
    expect(comma.sheets[0].rows).toEqual([["Regio", "Periode"], ["Zeeland", "okt-20"]]);
  });

  it("CSV writes a fraction with a decimal comma, which the importer reads back exactly", async () => {
    const csv = toCsv("measurements", [{ wirNumber: "WIR-1", indicator: "VERZUIM", period: "okt-20", value: 7.325, note: null }, { wirNumber: "WIR-1", indicator: "UREN", period: "okt-20", value: 1500, note: null }]);
    expect(csv).toContain('"7,325"');
    expect(csv).not.toContain("7.325");
    const read = await readUpload([{ name: "metingen.csv", bytes: enc(csv) }]);
    const rows = read.sheets[0].rows.slice(1).map((r) => r[3]);
    expect(rows.map((v) => parseTypedDecimal(v))).toEqual([7.325, 1500]);
  });

  it("reads Windows-1252 CSV (Excel on Windows)", async () => {
    const bytes = new Uint8Array([...enc("Naam;Soort\r\nZorggroep "), 0xe9, ...enc("n;Zorgaanbieder\r\n")]);
    const read = await readUpload([{ name: "organisaties.csv", bytes }]);
    expect(read.sheets[0].rows[1][0]).toBe("Zorggroep én");
  });

  it("reports formulas in a workbook as formula cells", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEETS.records.name);
    ws.addRow(["WIR-nummer", "Periode", "Aantal zorgorganisaties"]);
    ws.addRow(["WIR-1", "okt-20", { formula: "2+3", result: 5 }]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const read = await readUpload([{ name: "f.xlsx", bytes }]);
    expect(read.sheets[0].rows[1][2]).toEqual({ formula: "2+3" });
  });

  it("rejects the wrong file type, old .xls, an empty file, a damaged workbook and a too large file", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect((await readUpload([{ name: "foto.png", bytes: png }])).issues[0].reason).toMatch(/^Bestandstype niet ondersteund/);
    expect((await readUpload([{ name: "tekst.pdf", bytes: enc("%PDF-1.4 hallo") }])).issues[0].reason).toMatch(/^Bestandstype niet ondersteund/);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await readUpload([{ name: "oud.xls", bytes: xls }])).issues[0].reason).toMatch(/\.xls/);
    expect((await readUpload([{ name: "leeg.csv", bytes: new Uint8Array() }])).issues[0].reason).toBe("Het bestand is leeg.");
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    expect((await readUpload([{ name: "kapot.xlsx", bytes: broken }])).issues[0].reason).toMatch(/geen leesbaar Excel-werkboek/);
    const big = new Uint8Array(20 * 1024 * 1024);
    const r = await readUpload([{ name: "groot.xlsx", bytes: big }]);
    expect(r.issues[0].reason).toBe("Het bestand is 20.0 MB; het maximum is 10 MB. Splits het bestand of importeer via de opdrachtregel.");
    expect((await readUpload([])).issues[0].reason).toBe("Kies een bestand.");
  });

  it("does not mix a workbook with CSV files", async () => {
    const bytes = await toXlsx(emptyTables());
    const r = await readUpload([{ name: "a.xlsx", bytes }, { name: "b.csv", bytes: enc("Naam;Soort\n") }]);
    expect(r.issues[0].reason).toMatch(/niet beide door elkaar/);
  });
});
