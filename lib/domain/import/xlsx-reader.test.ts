import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { excelSerialToDate, isDateFormat, readXlsxSheets } from "./xlsx-reader";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`;

/** A workbook assembled from its XML parts, as other spreadsheet programs lay them out. */
function workbook(parts: { workbook: string; rels: string; sheets: Record<string, string>; shared?: string; styles?: string }, order: "sheets-first" | "workbook-first" = "sheets-first"): Uint8Array {
  const sheetFiles = Object.fromEntries(Object.entries(parts.sheets).map(([p, xml]) => [p, strToU8(xml)]));
  const head = { "[Content_Types].xml": strToU8(CONTENT_TYPES) };
  const book = {
    "xl/workbook.xml": strToU8(parts.workbook),
    "xl/_rels/workbook.xml.rels": strToU8(parts.rels),
    ...(parts.shared ? { "xl/sharedStrings.xml": strToU8(parts.shared) } : {}),
    ...(parts.styles ? { "xl/styles.xml": strToU8(parts.styles) } : {}),
  };
  return zipSync(order === "sheets-first" ? { ...head, ...sheetFiles, ...book } : { ...head, ...book, ...sheetFiles });
}

const NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

describe("the streaming XLSX reader", () => {
  it("reads back every kind of value Regiotafel's own writer (exceljs) writes", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Projecten");
    ws.addRow(["WIR-nummer", "Titel", "Start", "Budget", "Publiek", "Som"]);
    ws.addRow(["WIR-0001", "Één & twee <drie>", new Date(Date.UTC(2020, 1, 29)), 12500.5, true, { formula: "D2*2", result: 25001 }]);
    ws.addRow([]);
    ws.addRow(["WIR-0003", { richText: [{ text: "Vet " , font: { bold: true } }, { text: "en gewoon" }] }, null, -3, false]);
    ws.getCell("H4").value = { text: "Website", hyperlink: "https://example.test" };
    wb.addWorksheet("Leeg");
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const sheets = readXlsxSheets(bytes);
    expect(sheets.map((s) => s.name)).toEqual(["Projecten", "Leeg"]);
    expect(sheets[0].rows).toEqual([
      ["WIR-nummer", "Titel", "Start", "Budget", "Publiek", "Som"],
      ["WIR-0001", "Één & twee <drie>", new Date(Date.UTC(2020, 1, 29)), 12500.5, true, { formula: "D2*2" }],
      [],
      ["WIR-0003", "Vet en gewoon", null, -3, false, null, null, "Website"],
    ]);
    expect(sheets[1].rows).toEqual([]);
  });

  it("reads a LibreOffice-style workbook: prefixed tags, inline strings, sheets stored before workbook.xml, cells without references", () => {
    const bytes = workbook({
      workbook: `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Organisaties" sheetId="1" r:id="rId2"/><x:sheet name="Projecten" sheetId="2" r:id="rId1"/></x:sheets></x:workbook>`,
      rels: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="/xl/worksheets/b.xml"/><Relationship Id="rId2" Type="worksheet" Target="worksheets/a.xml"/></Relationships>`,
      sheets: {
        "xl/worksheets/a.xml": `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>Naam</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>So</x:t></x:r><x:r><x:t xml:space="preserve">ort </x:t></x:r></x:is></x:c></x:row><x:row><x:c t="str"><x:v>Zorggroep</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
        "xl/worksheets/b.xml": `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>WIR-nummer</t></is></c></row><row r="3"><c r="C3"><v>7</v></c><c r="E3" t="b"><v>1</v></c></row></sheetData></worksheet>`,
      },
    });
    expect(readXlsxSheets(bytes)).toEqual([
      { name: "Organisaties", rows: [["Naam", "Soort "], ["Zorggroep", "#N/A"]] },
      { name: "Projecten", rows: [["WIR-nummer"], [], [null, null, 7, null, true]] },
    ]);
  });

  it("reads Excel-style shared strings (rich text, phonetic runs left out) and dates in custom and built-in formats, also in the 1904 system", () => {
    const parts = (date1904: boolean) => ({
      workbook: `<workbook ${NS}><workbookPr${date1904 ? ' date1904="1"' : ""}/><sheets><sheet name="Periodegegevens" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      rels: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>`,
      shared: `<sst ${NS} count="2" uniqueCount="2"><si><t>maart 2021</t></si><si><r><t>Lo</t></r><r><t>pend</t></r><rPh sb="0" eb="1"><t>ロ</t></rPh></si></sst>`,
      styles: `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="d\\-m\\-yyyy"/><numFmt numFmtId="165" formatCode="&quot;dag&quot; 0"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs></styleSheet>`,
      sheets: {
        "xl/worksheets/sheet1.xml": `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1"><v>43891</v></c><c r="D1" s="2"><v>44105.5</v></c><c r="E1" s="3"><v>12</v></c><c r="F1"><f>SUM(E1)</f><v>12</v></c></row></sheetData></worksheet>`,
      },
    });
    const [sheet] = readXlsxSheets(workbook(parts(false), "workbook-first"));
    expect(sheet.rows[0]).toEqual(["maart 2021", "Lopend", new Date(Date.UTC(2020, 2, 1)), new Date(Date.UTC(2020, 9, 1, 12)), 12, { formula: "SUM(E1)" }]);
    const [old] = readXlsxSheets(workbook(parts(true)));
    expect(old.rows[0][2]).toEqual(new Date(Date.UTC(2024, 2, 2)));
  });

  it("tells date formats from number formats", () => {
    expect(isDateFormat("d-m-yyyy")).toBe(true);
    expect(isDateFormat("[$-413]dddd d mmmm yyyy")).toBe(true);
    expect(isDateFormat("hh:mm")).toBe(true);
    expect(isDateFormat('"dag" 0')).toBe(false);
    expect(isDateFormat("#,##0.00 [$€-413]")).toBe(false);
    expect(isDateFormat("0%")).toBe(false);
    expect(excelSerialToDate(1, false)).toEqual(new Date(Date.UTC(1899, 11, 31)));
  });

  it("throws on a workbook without workbook.xml or with broken XML", () => {
    expect(() => readXlsxSheets(zipSync({ "x.txt": strToU8("x") }))).toThrow();
    const broken = workbook({
      workbook: `<workbook ${NS}><sheets><sheet name="P" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      rels: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>`,
      sheets: { "xl/worksheets/sheet1.xml": `<worksheet ${NS}><sheetData><row><c><v>1</v></row></sheetData></worksheet>` },
    });
    expect(() => readXlsxSheets(broken)).toThrow();
  });
});
