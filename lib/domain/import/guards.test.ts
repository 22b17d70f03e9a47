import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { zipSync, strToU8 } from "fflate";
import { readUpload } from "./read";
import { emptyTables, toCsv, toXlsx } from "./write";
import { IMPORT_LIMITS, SHEET_ORDER, type ImportLimits } from "./format";
import { checkZip, rowCounter } from "./guards";

const limits = (over: Partial<ImportLimits>): ImportLimits => ({ ...IMPORT_LIMITS, ...over });
const enc = (s: string) => new TextEncoder().encode(s);

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Sets every "uncompressed size" field of a zip (local headers and central directory) to 1 byte. */
function lieAboutSizes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, 1, true); // local file header
    if (sig === 0x02014b50) view.setUint32(i + 24, 1, true); // central directory header
  }
  return out;
}

describe("upload guards", () => {
  it("accepts a workbook Regiotafel writes itself", async () => {
    const tables = emptyTables();
    tables.projects.push({ wirNumber: "WIR-0001", title: "Samen leren", region: "Zeeland", hoofdrubriek: "Technologie" });
    const read = await readUpload([{ name: "p.xlsx", bytes: await toXlsx(tables, { help: true }) }]);
    expect(read.issues).toEqual([]);
    expect(read.sheets.length).toBe(SHEET_ORDER.length + 1);
  });

  it("refuses a zip bomb, also when its headers understate the unpacked size", async () => {
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(3 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20 * 1024);
    const strict = limits({ unpackedBytes: 2 * 1024 * 1024 });
    expect(checkZip(bomb, strict)).toMatch(/uitgepakt groter dan 2 MB/);
    expect(checkZip(lieAboutSizes(bomb), strict)).toMatch(/uitgepakt groter dan 2 MB/);
    const read = await readUpload([{ name: "bom.xlsx", bytes: lieAboutSizes(bomb) }], strict);
    expect(read.sheets).toEqual([]);
    expect(read.issues).toEqual([{ file: "bom.xlsx", reason: expect.stringMatching(/uitgepakt groter dan 2 MB/) }]);
  });

  it("refuses a zip with thousands of entries", () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 600; i++) files[`x/${i}.txt`] = strToU8("a");
    expect(checkZip(zipSync(files), IMPORT_LIMITS)).toMatch(/meer dan 500 onderdelen/);
  });

  it("refuses a workbook with too many sheets", async () => {
    const bytes = await workbook((wb) => {
      for (let i = 1; i <= 13; i++) wb.addWorksheet(`Blad ${i}`).addRow(["x"]);
    });
    const read = await readUpload([{ name: "veel.xlsx", bytes }]);
    expect(read.issues[0].reason).toMatch(/meer dan 12 werkbladen/);
  });

  it("counts rows while unpacking and refuses too many", async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet("Projecten");
      for (let i = 0; i < 60; i++) ws.addRow([`WIR-${i}`, "titel"]);
    });
    expect(checkZip(bytes, limits({ rows: 60 }))).toBeNull();
    expect(checkZip(bytes, limits({ rows: 59 }))).toMatch(/meer dan 59 rijen/);
  });

  it("counts <row> tags on the bytes, also when a tag is split between two chunks", () => {
    const xml = `<sheetData><row r="1"><c><v>1</v></c></row><rows/><rowBreaks/><row>é€😀<<row r="3"/><x:row r="4"/><row\tr="5"/><row`;
    const expected = 3; // "<row " twice and "<row>" once; not <rows, <rowBreaks, <x:row, a tab, nor the unfinished tag at the end
    const bytes = enc(xml);
    expect(rowCounter()(bytes)).toBe(expected);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const count = rowCounter();
      count(bytes.subarray(0, cut));
      expect(count(bytes.subarray(cut))).toBe(expected);
    }
    const byByte = rowCounter();
    let last = 0;
    for (let i = 0; i < bytes.length; i++) last = byByte(bytes.subarray(i, i + 1));
    expect(last).toBe(expected);
  });

  it("refuses too many columns and an overlong cell, naming where", async () => {
    const wide = await workbook((wb) => wb.addWorksheet("Projecten").addRow(Array.from({ length: 81 }, (_, i) => `k${i}`)));
    expect((await readUpload([{ name: "breed.xlsx", bytes: wide }])).issues[0].reason).toBe("Blad Projecten, rij 1: 81 kolommen; het maximum is 80.");
    const long = await workbook((wb) => {
      const ws = wb.addWorksheet("Projecten");
      ws.addRow(["WIR-nummer", "Titel"]);
      ws.addRow(["WIR-1", "x".repeat(40_000)]);
    });
    expect((await readUpload([{ name: "lang.xlsx", bytes: long }])).issues[0].reason).toBe("Blad Projecten, rij 2, kolom 2: de cel bevat 40.000 tekens; het maximum is 32.767.");
  });

  it("applies the same row, column and cell limits to CSV files", async () => {
    const csv = toCsv("projects", Array.from({ length: 10 }, (_, i) => ({ wirNumber: `WIR-${i}`, title: "t", region: "Zeeland", hoofdrubriek: "Technologie" })));
    expect((await readUpload([{ name: "projecten.csv", bytes: enc(csv) }], limits({ rows: 11 }))).issues).toEqual([]);
    const refused = await readUpload([{ name: "projecten.csv", bytes: enc(csv) }], limits({ rows: 10 }));
    expect(refused.sheets).toEqual([]);
    expect(refused.issues[0].reason).toBe("Blad projecten heeft 11 rijen; het maximum is 10. Splits het bestand.");
    const long = await readUpload([{ name: "projecten.csv", bytes: enc(`WIR-nummer;Titel\nWIR-1;${"y".repeat(33_000)}\n`) }]);
    expect(long.issues[0].reason).toMatch(/kolom 2: de cel bevat 33\.000 tekens/);
  });

  it("refuses more files than the format has sheets, and a damaged zip", async () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ name: `b${i}.csv`, bytes: enc("a;b\n1;2\n") }));
    expect((await readUpload(many)).issues[0].reason).toMatch(/hoogstens 12 bestanden/);
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await readUpload([{ name: "kapot.xlsx", bytes: damaged }])).issues[0].reason).toBe("Het bestand is geen leesbaar Excel-werkboek (.xlsx).");
  });
});
