/**
 * Reads the cell values of an XLSX workbook without building a workbook model: each worksheet is
 * unzipped on its own (fflate) and its XML streamed through a SAX parser (saxes), so memory holds
 * the shared strings, one sheet's XML and the rows as plain values — not the tens of objects per
 * cell a full spreadsheet model keeps (exceljs's `load` needed about 300 MB more for a
 * 31,800-project workbook; docs/performance.md).
 *
 * Reads what Excel, LibreOffice and Regiotafel's own writer (exceljs) produce: shared and inline
 * strings, rich text, numbers, booleans, errors, formulas, dates (a number whose style has a date
 * format, in the 1900 or 1904 date system), sheets stored in any order inside the zip.
 * No I/O: the caller hands in the bytes.
 */
import { unzipSync } from "fflate";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { Cell } from "./values";

export type XlsxSheet = { name: string; rows: Cell[][] };

export class XlsxReadError extends Error {}

const CHUNK = 1 << 20;

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** A custom number format is a date when, outside quoted text and [brackets], it has date or time letters. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhsYMDHS]/.test(bare.replace(/\\./g, ""));
}

/** Excel's serial day number → a UTC date (1900 system, or 1904 when the workbook says so). */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** Column letters of a cell reference ("AB12") → 0-based column index. */
function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function entry(bytes: Uint8Array, name: string): Uint8Array | null {
  const wanted = name.replace(/^\//, "");
  const files = unzipSync(bytes, { filter: (f) => f.name === wanted });
  return files[wanted] ?? null;
}

/** Streams an XML part through saxes, 1 MB of text at a time. */
function parse(xml: Uint8Array, handlers: { open?(tag: SaxesTagPlain): void; close?(name: string): void; text?(text: string): void }): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("error", (e) => {
    throw new XlsxReadError(e.message);
  });
  if (handlers.open) parser.on("opentag", handlers.open);
  if (handlers.close) parser.on("closetag", (tag) => handlers.close!(tag.name));
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < xml.length; i += CHUNK) parser.write(decoder.decode(xml.subarray(i, i + CHUNK), { stream: true }));
  parser.write(decoder.decode());
  parser.close();
}

/** Tag names without a namespace prefix (LibreOffice and others may write `x:row`). */
const local = (name: string) => name.slice(name.indexOf(":") + 1);

function readSharedStrings(xml: Uint8Array | null): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  parse(xml, {
    open(tag) {
      const n = local(tag.name);
      if (n === "si") current = [];
      else if (n === "rPh") phonetic++;
      else if (n === "t" && current && !phonetic) inText = true;
    },
    close(name) {
      const n = local(name);
      if (n === "si" && current) {
        strings.push(current.join(""));
        current = null;
      } else if (n === "rPh") phonetic--;
      else if (n === "t") inText = false;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
  });
  return strings;
}

/** For each cell style index: does it format numbers as dates? */
function readDateStyles(xml: Uint8Array | null): boolean[] {
  if (!xml) return [];
  const customDate = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  parse(xml, {
    open(tag) {
      const n = local(tag.name);
      if (n === "numFmt") customDate.set(Number(tag.attributes.numFmtId), isDateFormat(String(tag.attributes.formatCode ?? "")));
      else if (n === "cellXfs") inCellXfs = true;
      else if (n === "xf" && inCellXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        styles.push(customDate.get(id) ?? BUILT_IN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (local(name) === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}

type SheetRef = { name: string; path: string };

function readWorkbook(bytes: Uint8Array): { sheets: SheetRef[]; date1904: boolean } {
  const workbook = entry(bytes, "xl/workbook.xml");
  const rels = entry(bytes, "xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) throw new XlsxReadError("workbook.xml ontbreekt");
  const targets = new Map<string, string>();
  parse(rels, {
    open(tag) {
      if (local(tag.name) === "Relationship") targets.set(String(tag.attributes.Id), String(tag.attributes.Target));
    },
  });
  const sheets: SheetRef[] = [];
  let date1904 = false;
  parse(workbook, {
    open(tag) {
      const n = local(tag.name);
      if (n === "workbookPr") date1904 = ["1", "true"].includes(String(tag.attributes.date1904 ?? ""));
      if (n !== "sheet") return;
      const relId = Object.entries(tag.attributes).find(([k]) => local(k) === "id")?.[1];
      const target = relId ? targets.get(String(relId)) : undefined;
      if (!target) return;
      const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
      sheets.push({ name: String(tag.attributes.name), path });
    },
  });
  return { sheets, date1904 };
}

function readSheet(xml: Uint8Array, shared: readonly string[], dateStyles: readonly boolean[], date1904: boolean): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] | null = null;
  let rowIndex = -1;
  let col = -1;
  let type = "n";
  let style = 0;
  let value: string[] = [];
  let formula: string[] | null = null;
  let capture: "v" | "f" | "t" | null = null;

  const cellValue = (): Cell => {
    if (formula) return { formula: formula.join("") };
    const v = value.join("");
    switch (type) {
      case "s":
        return v === "" ? null : (shared[Number(v)] ?? null);
      case "inlineStr":
      case "str":
        return v === "" ? null : v;
      case "b":
        return v === "1" || v === "true";
      case "e":
        return v;
      case "d":
        return v === "" ? null : new Date(v);
      default: {
        if (v === "") return null;
        const n = Number(v);
        return dateStyles[style] ? excelSerialToDate(n, date1904) : n;
      }
    }
  };

  parse(xml, {
    open(tag) {
      switch (local(tag.name)) {
        case "row":
          rowIndex = tag.attributes.r ? Number(tag.attributes.r) - 1 : rowIndex + 1;
          row = [];
          col = -1;
          break;
        case "c":
          col = tag.attributes.r ? columnIndex(String(tag.attributes.r)) : col + 1;
          type = String(tag.attributes.t ?? "n");
          style = Number(tag.attributes.s ?? 0);
          value = [];
          formula = null;
          break;
        case "v":
          capture = "v";
          break;
        case "f":
          formula = [];
          capture = "f";
          break;
        case "t":
          if (type === "inlineStr") capture = "t";
          break;
      }
    },
    close(name) {
      switch (local(name)) {
        case "v":
        case "f":
        case "t":
          capture = null;
          break;
        case "c":
          if (row) {
            const v = cellValue();
            if (v !== null) {
              while (row.length < col) row.push(null);
              row[col] = v;
            }
          }
          break;
        case "row":
          if (row) rows[rowIndex] = row;
          row = null;
          break;
      }
    },
    text(text) {
      if (capture === "f") formula!.push(text);
      else if (capture) value.push(text);
    },
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/** The sheets of a workbook in workbook order, each as rows of cell values (rows[0] is row 1). */
export function readXlsxSheets(bytes: Uint8Array): XlsxSheet[] {
  const { sheets, date1904 } = readWorkbook(bytes);
  const shared = readSharedStrings(entry(bytes, "xl/sharedStrings.xml"));
  const dateStyles = readDateStyles(entry(bytes, "xl/styles.xml"));
  return sheets.map((s) => {
    const xml = entry(bytes, s.path);
    if (!xml) throw new XlsxReadError(`werkblad ${s.name} ontbreekt`);
    return { name: s.name, rows: readSheet(xml, shared, dateStyles, date1904) };
  });
}
