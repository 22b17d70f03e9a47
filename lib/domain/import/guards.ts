/**
 * Upload guards: checks that refuse a crafted or oversized file before it is parsed in full
 * (zip bombs, a million rows, a megabyte in one cell). No I/O; every refusal is a Dutch sentence.
 *
 * The XLSX check decompresses every entry as a stream and counts the bytes as they come, so a
 * zip whose headers lie about its sizes is still caught, and it stops at the first limit passed.
 */
import { Unzip, UnzipInflate } from "fflate";
import type { ImportLimits } from "./format";
import type { Cell } from "./values";

const nl = new Intl.NumberFormat("nl-NL");
const mb = (bytes: number) => `${nl.format(Math.round(bytes / 1024 / 1024))} MB`;

const SHEET_ENTRY = /^xl\/worksheets\/[^/]+\.xml$/;
const ROW_TAG = "<row";

class LimitExceeded extends Error {}

/** The first limit an XLSX (zip) passes, as a Dutch sentence; null when it stays inside all of them. */
export function checkZip(bytes: Uint8Array, limits: ImportLimits): string | null {
  let entries = 0;
  let sheets = 0;
  let unpacked = 0;
  let refusal: string | null = null;
  const refuse = (reason: string): never => {
    refusal = reason;
    throw new LimitExceeded(reason);
  };
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    entries++;
    if (entries > limits.zipEntries) refuse(`Het werkboek bevat meer dan ${nl.format(limits.zipEntries)} onderdelen; dat is geen werkboek dat Regiotafel kan lezen.`);
    const isSheet = SHEET_ENTRY.test(file.name);
    if (isSheet && ++sheets > limits.sheets) refuse(`Het werkboek heeft meer dan ${nl.format(limits.sheets)} werkbladen; het importformaat kent er zeven (zie de handleiding).`);
    const counter = rowCounter();
    file.ondata = (error, chunk) => {
      if (error) throw error;
      unpacked += chunk.length;
      if (unpacked > limits.unpackedBytes) {
        refuse(`Het werkboek is uitgepakt groter dan ${mb(limits.unpackedBytes)}; splits het bestand of importeer via de opdrachtregel.`);
      }
      if (!isSheet) return;
      if (counter(chunk) > limits.rows) refuse(`Een werkblad heeft meer dan ${nl.format(limits.rows)} rijen; splits het bestand.`);
    };
    file.start();
  };
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (error instanceof LimitExceeded) return refusal;
    return "Het bestand is geen leesbaar Excel-werkboek (.xlsx).";
  }
  if (entries === 0) return "Het bestand is geen leesbaar Excel-werkboek (.xlsx).";
  return null;
}

const ROW_BYTES = [...ROW_TAG].map((c) => c.charCodeAt(0));
const SPACE = 0x20;
const GT = 0x3e;

/**
 * Counts `<row ` and `<row>` in XML that arrives in chunks of UTF-8 bytes, a tag possibly split
 * over two chunks. On the bytes, not decoded text: these are ASCII, and decoding the sheets only
 * to count their rows took most of this check's time (docs/performance.md).
 */
export function rowCounter(): (chunk: Uint8Array) => number {
  let rows = 0;
  let matched = 0; // how many bytes of "<row" the previous chunk ended with
  return (chunk) => {
    let i = 0;
    while (i < chunk.length) {
      if (matched === 0) {
        const lt = chunk.indexOf(ROW_BYTES[0], i);
        if (lt === -1) break;
        matched = 1;
        i = lt + 1;
        continue;
      }
      const b = chunk[i];
      if (matched === ROW_BYTES.length) {
        if (b === SPACE || b === GT) rows++;
        matched = 0;
        continue; // b may itself start a tag
      }
      if (b === ROW_BYTES[matched]) {
        matched++;
        i++;
      } else matched = 0; // b is looked at again as a possible "<"
    }
    return rows;
  };
}

/** The first limit a parsed sheet passes (rows, columns, characters in a cell); null when none. */
export function checkSheet(name: string, rows: readonly (readonly Cell[])[], limits: ImportLimits): string | null {
  if (rows.length > limits.rows) return `Blad ${name} heeft ${nl.format(rows.length)} rijen; het maximum is ${nl.format(limits.rows)}. Splits het bestand.`;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.length > limits.columns) return `Blad ${name}, rij ${r + 1}: ${nl.format(row.length)} kolommen; het maximum is ${nl.format(limits.columns)}.`;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const length = typeof cell === "string" ? cell.length : cell && typeof cell === "object" && "formula" in cell ? cell.formula.length : 0;
      if (length > limits.cellChars) {
        return `Blad ${name}, rij ${r + 1}, kolom ${c + 1}: de cel bevat ${nl.format(length)} tekens; het maximum is ${nl.format(limits.cellChars)}.`;
      }
    }
  }
  return null;
}
