/**
 * Turns uploaded bytes into sheets of cells: an XLSX workbook (./xlsx-reader) or one or more CSV files
 * (papaparse). No I/O: the caller hands in the bytes. Errors are reported, not thrown.
 */
import Papa from "papaparse";
import type { Cell } from "./values";
import { IMPORT_LIMITS, type ImportLimits } from "./format";
import { checkSheet, checkZip } from "./guards";
import { readXlsxSheets } from "./xlsx-reader";
import { restoreNeutralised } from "../csv";

export type RawSheet = {
  /** the sheet name, or the CSV file's name without extension */
  name: string;
  /** rows as read; rows[0] is the header row (row number 1) */
  rows: Cell[][];
};

export type FileInput = { name: string; bytes: Uint8Array };

export type ReadIssue = { file: string; reason: string };

export type ReadResult = { sheets: RawSheet[]; issues: ReadIssue[]; kind: "xlsx" | "csv" | null };

function isZip(b: Uint8Array): boolean {
  return b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/** Old binary Excel (.xls) and other OLE files start with D0 CF 11 E0. */
function isOle(b: Uint8Array): boolean {
  return b.length > 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}

function looksLikeText(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096);
  for (let i = 0; i < n; i++) if (b[i] === 0) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b.subarray(0, Math.min(b.length, 65536)));
    return true;
  } catch {
    // maybe Windows-1252 (Excel's "CSV" on Windows): still text if mostly printable
    let printable = 0;
    for (let i = 0; i < n; i++) if (b[i] >= 0x20 || b[i] === 9 || b[i] === 10 || b[i] === 13) printable++;
    return printable / Math.max(n, 1) > 0.95;
  }
}

function decodeText(b: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(b);
  }
}

export async function readXlsx(file: FileInput, limits: ImportLimits = IMPORT_LIMITS): Promise<ReadResult> {
  const refusal = checkZip(file.bytes, limits);
  if (refusal) return { sheets: [], issues: [{ file: file.name, reason: refusal }], kind: "xlsx" };
  let sheets: RawSheet[];
  try {
    sheets = readXlsxSheets(file.bytes);
  } catch {
    return { sheets: [], issues: [{ file: file.name, reason: "Het bestand is geen leesbaar Excel-werkboek (.xlsx)." }], kind: "xlsx" };
  }
  return withSheetLimits({ sheets, issues: [], kind: "xlsx" }, file.name, limits);
}

/** The separator used in the header line: ";" (Dutch Excel), "," or tab. */
function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (c: string) => header.split(c).length - 1;
  return [";", ",", "\t"].reduce((best, c) => (count(c) > count(best) ? c : best), ";");
}

/** Refuses the whole read when a sheet passes a row, column or cell-length limit. */
function withSheetLimits(result: ReadResult, fileName: string, limits: ImportLimits): ReadResult {
  for (const sheet of result.sheets) {
    const refusal = checkSheet(sheet.name, sheet.rows, limits);
    if (refusal) return { sheets: [], issues: [...result.issues, { file: fileName, reason: refusal }], kind: result.kind };
  }
  return result;
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();
/**
 * A copy of a cell's text that does not keep the whole file alive: V8 makes a longer substring a
 * view of its parent, so one surviving cell would hold the file's entire decoded text (29 MB of
 * characters, twice that when one character needs two bytes) until the import ends.
 */
function detach(text: string): string {
  return text.length < 13 ? text : utf8Decoder.decode(utf8Encoder.encode(text));
}

export function readCsv(file: FileInput, limits: ImportLimits = IMPORT_LIMITS): ReadResult {
  const text = decodeText(file.bytes);
  const result = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const issues: ReadIssue[] = [];
  const fatal = result.errors.filter((e) => e.type === "Quotes");
  for (const e of fatal.slice(0, 5)) {
    issues.push({ file: file.name, reason: `CSV kan niet gelezen worden (regel ${(e.row ?? 0) + 2}): aanhalingstekens niet gesloten.` });
  }
  // in place, so the parsed rows exist once; each cell is copied out of the file's text (see detach)
  const rows = result.data as Cell[][];
  for (const row of rows) {
    for (let j = 0; j < row.length; j++) {
      const c = row[j] as string;
      row[j] = c === "" ? null : detach(restoreNeutralised(c));
    }
  }
  // papaparse gives a final empty row for a trailing newline
  while (rows.length && rows[rows.length - 1].every((c) => c == null)) rows.pop();
  const name = file.name.replace(/\.[^.]*$/, "");
  return withSheetLimits({ sheets: [{ name, rows }], issues, kind: "csv" }, file.name, limits);
}

/** Reads one XLSX workbook or one or more CSV files. */
export async function readUpload(files: readonly FileInput[], limits: ImportLimits = IMPORT_LIMITS): Promise<ReadResult> {
  const maxBytes = limits.bytes;
  if (files.length === 0) return { sheets: [], issues: [{ file: "", reason: "Kies een bestand." }], kind: null };
  if (files.length > limits.sheets) {
    return { sheets: [], issues: [{ file: "", reason: `Upload hoogstens ${limits.sheets} bestanden tegelijk; het importformaat kent zeven bladen.` }], kind: null };
  }
  const issues: ReadIssue[] = [];
  for (const f of files) {
    if (f.bytes.length > maxBytes) {
      issues.push({ file: f.name, reason: `Het bestand is ${(f.bytes.length / 1024 / 1024).toFixed(1)} MB; het maximum is ${Math.round(maxBytes / 1024 / 1024)} MB. Splits het bestand of importeer via de opdrachtregel.` });
    }
    if (f.bytes.length === 0) issues.push({ file: f.name, reason: "Het bestand is leeg." });
  }
  if (issues.length) return { sheets: [], issues, kind: null };

  const xlsx = files.filter((f) => isZip(f.bytes));
  if (xlsx.length) {
    if (files.length > 1) {
      return { sheets: [], issues: [{ file: xlsx[0].name, reason: "Upload één Excel-werkboek, of alleen CSV-bestanden; niet beide door elkaar." }], kind: null };
    }
    return readXlsx(xlsx[0], limits);
  }
  const sheets: RawSheet[] = [];
  for (const f of files) {
    if (isOle(f.bytes)) {
      issues.push({ file: f.name, reason: "Oud Excel-formaat (.xls) wordt niet ondersteund; sla het bestand op als Excel-werkmap (.xlsx) of als CSV." });
      continue;
    }
    if (!/\.(csv|txt)$/i.test(f.name) || !looksLikeText(f.bytes)) {
      issues.push({ file: f.name, reason: "Bestandstype niet ondersteund: upload een Excel-werkboek (.xlsx) of CSV-bestanden (.csv)." });
      continue;
    }
    const r = readCsv(f, limits);
    sheets.push(...r.sheets);
    issues.push(...r.issues);
  }
  return { sheets: issues.length ? [] : sheets, issues, kind: "csv" };
}
