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
    expect(lines[0]).toBe("Projectstatus;mrt-20;okt-20");
    expect(lines[1]).toBe("Lopend;237;244");
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://x"")";1;-2`);
    expect(lines[3]).toBe("Totaal;268;318");
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
  it("holds every chapter, the narrative, the tables and their change sentences", async () => {
    const buf = await reportToDocx(sampleDocument());
    const files = zipEntries(buf);
    expect(files.has("word/document.xml")).toBe(true);
    const text = docxText(buf);
    expect(text).toContain("1 Inleiding");
    expect(text).toContain("Bijlage 2 Voorbeeldprojecten per regio");
    expect(text).toContain("Tweede alinea & meer.");
    expect(text).toContain("Tabel 6 Projectstatus");
    expect(text).toContain("Sinds maart 2020 kwamen er 50 projecten bij.");
    expect(text).toMatch(/Lopend\s*237\s*244/);
    // the header row repeats on each page
    expect(files.get("word/document.xml")!.toString("utf8")).toContain("<w:tblHeader");
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
