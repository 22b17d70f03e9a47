import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { sampleDocument } from "./fixture";
import { csvFileName, tableToCsv } from "./csv";
import { reportToXlsx, sheetName } from "./xlsx";
import { reportToDocx } from "./docx";
import { docxText, zipEntries } from "../../../tests/support/zip";
import { readNarrative, CHAPTER_KEYS } from "./chapters";

describe("CSV", () => {
  it("writes header and rows with semicolons and a byte-order mark", () => {
    const t = sampleDocument().chapters.find((c) => c.key === "transitieplannen")!.tables[0];
    const csv = tableToCsv(t);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe('"Projectstatus";"mrt-20";"okt-20"');
    expect(lines[1]).toBe('"Lopend";237;244');
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://x"")";1;-2`);
    expect(lines[3]).toBe('"Totaal";268;318');
    expect(csvFileName(t, "2020-10")).toBe("rapportage-2020-10-tabel6.csv");
  });
});

describe("XLSX", () => {
  it("sheet names stay within Excel's rules and unique", () => {
    const used = new Set<string>();
    expect(sheetName("Tabel 1", used)).toBe("Tabel 1");
    expect(sheetName("Tabel 1", used)).toBe("Tabel 1 2");
    expect(sheetName("a/b:c?d*e[f]", used)).toBe("a b c d e f");
    expect(sheetName("x".repeat(40), used)).toHaveLength(31);
  });

  it("has a sheet per table with the numbers as numbers", async () => {
    const buf = await reportToXlsx(sampleDocument());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Rapportage", "Kerncijfers", "Tabel 6"]);
    const ws = wb.getWorksheet("Tabel 6")!;
    expect(ws.getRow(2).values).toEqual([undefined, "Projectstatus", "mrt-20", "okt-20"]);
    expect(ws.getRow(3).values).toEqual([undefined, "Lopend", 237, 244]);
    // a formula-like label stays plain text in a workbook
    expect(ws.getCell("A4").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getRow(5).getCell(3).value).toBe(318);
    expect(ws.getCell("A7").value).toBe("Sinds maart 2020 kwamen er 50 projecten bij.");
    const front = wb.getWorksheet("Rapportage")!;
    expect(front.getCell("B2").value).toBe("oktober 2020");
    expect(front.getCell("B3").value).toBe("maart 2020");
  });
});

describe("DOCX", () => {
  it("holds a cover, contents, page numbers, every chapter with content, the narrative, the tables and their change sentences", async () => {
    const buf = await reportToDocx(sampleDocument(), { version: { number: 2, state: "PUBLISHED", publishedAt: "2021-01-20T09:00:00Z" } });
    const files = zipEntries(buf);
    expect(files.has("word/document.xml")).toBe(true);
    const text = docxText(buf);
    expect(text).toContain("VOORTGANGSRAPPORTAGE");
    for (const line of ["Rapportageperiode: oktober 2020", "Vergeleken met: maart 2020", "Versie: Versie 2, gepubliceerd", "Datum: 20 januari 2021", "Uitgegeven door: Waardigheid en trots in de regio (WIR)"])
      expect(text).toContain(line);
    const xml = files.get("word/document.xml")!.toString("utf8");
    expect(xml).toContain("TOC \\");
    expect(text).toContain("1 Inleiding");
    // a chapter with neither narrative nor tables is left out; nothing says "no narrative yet"
    expect(text).not.toContain("Bijlage 2 Voorbeeldprojecten per regio");
    expect(text).not.toContain("6 Doorkijk");
    expect(text).not.toContain("Nog geen toelichting");
    const footers = [...files.keys()].filter((k) => /^word\/footer\d*\.xml$/.test(k)).map((k) => files.get(k)!.toString("utf8"));
    expect(footers.some((f) => f.includes("PAGE") && f.includes("NUMPAGES") && f.includes("Pagina "))).toBe(true);
    expect(text).toContain("Tweede alinea & meer.");
    expect(text).toContain("Tabel 6 Projectstatus");
    expect(text).toContain("Sinds maart 2020 kwamen er 50 projecten bij.");
    expect(text).toMatch(/Lopend\s*237\s*244/);
    // the header row repeats on each page
    expect(xml).toContain("<w:tblHeader");
    expect([...files.keys()].some((k) => k.startsWith("word/media/"))).toBe(false);
  });

  it("puts a chart image above its table", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const buf = await reportToDocx(sampleDocument(), { charts: { tabel6: { png, width: 760, height: 380 } } });
    const files = zipEntries(buf);
    const media = [...files.keys()].filter((k) => k.startsWith("word/media/") && !k.endsWith("/"));
    expect(media).toHaveLength(1);
    expect(files.get(media[0])!.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const xml = files.get("word/document.xml")!.toString("utf8");
    expect(xml.indexOf("<w:drawing>")).toBeGreaterThan(xml.indexOf("Tabel 6 Projectstatus"));
    expect(xml.indexOf("<w:drawing>")).toBeLessThan(xml.indexOf("Lopend"));
  });
});

describe("narrative", () => {
  it("keeps only known chapters with text", () => {
    expect(readNarrative({ inleiding: "x", onbekend: "y", brief: 3 })).toEqual({ inleiding: "x" });
    expect(readNarrative(null)).toEqual({});
    expect(readNarrative(["a"])).toEqual({});
    expect(CHAPTER_KEYS[0]).toBe("brief");
    expect(CHAPTER_KEYS.at(-1)).toBe("bijlage2");
  });
});
