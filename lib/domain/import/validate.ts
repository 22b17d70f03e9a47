/**
 * Validation of an uploaded portfolio: finds the sheets and columns, reads every cell tolerantly
 * and reports each problem with sheet, row, column, value and a Dutch reason. Pure: what the
 * database already holds comes in as `ImportReference`.
 */
import {
  IMPACT,
  ORGANISATION_TYPE,
  PROJECT_LIFECYCLE,
  PROJECT_STATUS,
  REGION_SCALES,
  RESULT_SHARING,
  SCALABILITY,
  type Impact,
  type OrganisationType,
  type ProjectLifecycle,
  type ProjectStatus,
  type ResultSharing,
  type Scalability,
} from "../enums";
import { SHEETS, SHEET_ORDER, type ColumnDef, type SheetKey } from "./format";
import type { RawSheet } from "./read";
import {
  cellText,
  cleanText,
  isEmptyCell,
  labelIndex,
  matchKey,
  parseDate,
  parseInteger,
  parseLabel,
  parseList,
  parsePeriodCell,
  parsePhase,
  parseYesNo,
  type Cell,
  type Parsed,
} from "./values";

export type IssueSeverity = "error" | "warning";

export type ImportIssue = {
  severity: IssueSeverity;
  /** sheet name as in the file ("Projecten"), or the file name */
  sheet: string;
  /** row number as the spreadsheet shows it (header = 1); null for the whole sheet/file */
  row: number | null;
  column: string | null;
  value: string;
  reason: string;
};

export type ImportReference = {
  regions: readonly { code: string; name: string }[];
  hoofdrubrieken: readonly { code: string; label: string }[];
  themes: readonly { code: string; label: string }[];
  periods: readonly { code: string; label: string; state: "PLANNED" | "OPEN" | "CLOSED" }[];
  /** names of organisations already in Regiotafel */
  organisationNames: readonly string[];
  /** e-mail addresses of users who may be named as project leaders */
  userEmails: readonly string[];
  /** WIR-nummers already in Regiotafel */
  wirNumbers: ReadonlySet<string>;
};

export type OrganisationRow = { row: number; name: string; type: OrganisationType; city: string | null };

export type ProjectValues = {
  title: string;
  regionCode: string;
  hoofdrubriekCode: string;
  themeCodes: string[];
  /** canonical organisation name, or null */
  leadOrganisation: string | null;
  partners: string[];
  startDate: string | null;
  endDate: string | null;
  budgetEuros: number | null;
  goal: string;
  description: string;
  results: string;
  deliveredProducts: string;
  lessonsLearned: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  leaders: string[];
  isPublic: boolean;
  isShowcase: boolean;
  lifecycle: ProjectLifecycle;
};
export type ProjectField = keyof ProjectValues;

export type ProjectRow = {
  row: number;
  wirNumber: string;
  values: ProjectValues;
  /** the fields whose column is in the file; others stay as they are on update */
  present: ProjectField[];
};

export type RecordValues = {
  status: ProjectStatus | null;
  impact: Impact | null;
  sharing: ResultSharing | null;
  scalability: Scalability | null;
  careOrgCount: number | null;
  note: string;
};
export type RecordRow = { row: number; wirNumber: string; periodCode: string; values: RecordValues; present: (keyof RecordValues)[] };

export type ScoreValues = { agreements: number | null; dynamics: number | null; vision: number | null; note: string };
export type ScoreRow = { row: number; regionCode: string; periodCode: string; values: ScoreValues; present: (keyof ScoreValues)[] };

export type ImportPortfolio = {
  organisations: OrganisationRow[];
  projects: ProjectRow[];
  records: RecordRow[];
  scores: ScoreRow[];
  sheets: SheetKey[];
  /** the names the sheets have in the uploaded file, for the report */
  sheetNames?: Partial<Record<SheetKey, string>>;
};

export type ValidationResult = { issues: ImportIssue[]; portfolio: ImportPortfolio };

const STATUS_INDEX = labelIndex(PROJECT_STATUS, { "niet succesvol afgerond": "FINISHED_UNSUCCESSFUL", "succesvol afgerond": "FINISHED_SUCCESSFUL", "vroegtijdig gestopt": "STOPPED_EARLY" });
const IMPACT_INDEX = labelIndex(IMPACT, { onbekend: "UNKNOWN" });
const SHARING_INDEX = labelIndex(RESULT_SHARING, { onbekend: "UNKNOWN" });
const SCALABILITY_INDEX = labelIndex(SCALABILITY);
const ORG_TYPE_INDEX = labelIndex(ORGANISATION_TYPE);
const LIFECYCLE_INDEX = labelIndex(PROJECT_LIFECYCLE);

/** Which sheet a workbook sheet or CSV file is, by its name, else by its headers. */
export function identifySheet(sheet: RawSheet): SheetKey | null {
  const key = matchKey(sheet.name);
  for (const def of Object.values(SHEETS)) {
    if ([def.name, def.fileName, ...def.aliases].some((n) => matchKey(n) === key)) return def.key;
  }
  const headers = new Set((sheet.rows[0] ?? []).map((c) => matchKey(cellText(c))));
  const has = (col: ColumnDef) => [col.header, ...(col.aliases ?? [])].some((h) => headers.has(matchKey(h)));
  const p = SHEETS.projects.columns, r = SHEETS.records.columns, s = SHEETS.scores.columns, o = SHEETS.organisations.columns;
  if (has(p.wirNumber) && has(p.title)) return "projects";
  if (has(r.wirNumber) && has(r.period)) return "records";
  if (has(s.region) && has(s.period)) return "scores";
  if (has(o.name) && has(o.type)) return "organisations";
  return null;
}

type Located = { key: SheetKey; sheet: RawSheet; columns: Map<string, number> };

/** Finds the columns of a sheet by header; reports unknown, duplicate and missing headers. */
function locateColumns(key: SheetKey, sheet: RawSheet, issues: ImportIssue[]): Map<string, number> | null {
  const def = SHEETS[key];
  const byHeader = new Map<string, string>();
  for (const [field, col] of Object.entries(def.columns)) {
    for (const h of [col.header, ...(col.aliases ?? [])]) byHeader.set(matchKey(h), field);
  }
  const columns = new Map<string, number>();
  const header = sheet.rows[0] ?? [];
  let ok = true;
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (!text) return;
    const field = byHeader.get(matchKey(text));
    if (!field) {
      issues.push({ severity: "error", sheet: sheet.name, row: 1, column: text, value: text, reason: `Onbekende kolom. Verwijder de kolom of gebruik een van: ${Object.values(def.columns).map((c) => c.header).join(", ")}.` });
      ok = false;
    } else if (columns.has(field)) {
      issues.push({ severity: "error", sheet: sheet.name, row: 1, column: text, value: text, reason: `Kolom "${def.columns[field].header}" staat twee keer in het blad.` });
      ok = false;
    } else columns.set(field, index);
  });
  if (header.every((c) => isEmptyCell(c))) {
    issues.push({ severity: "error", sheet: sheet.name, row: 1, column: null, value: "", reason: "De kopregel met kolomnamen ontbreekt (rij 1)." });
    return null;
  }
  for (const [field, col] of Object.entries(def.columns)) {
    if (col.required && !columns.has(field)) {
      issues.push({ severity: "error", sheet: sheet.name, row: 1, column: col.header, value: "", reason: `Verplichte kolom "${col.header}" ontbreekt.` });
      ok = false;
    }
  }
  return ok ? columns : null;
}

class RowReader {
  constructor(
    private readonly located: Located,
    private readonly cells: Cell[],
    readonly row: number,
    private readonly issues: ImportIssue[],
  ) {}
  has(field: string): boolean {
    return this.located.columns.has(field);
  }
  cell(field: string): Cell {
    const i = this.located.columns.get(field);
    return i == null ? null : (this.cells[i] ?? null);
  }
  header(field: string): string {
    return SHEETS[this.located.key].columns[field].header;
  }
  error(field: string | null, reason: string, value?: string) {
    this.issues.push({
      severity: "error",
      sheet: this.located.sheet.name,
      row: this.row,
      column: field ? this.header(field) : null,
      value: value ?? (field ? cellText(this.cell(field)) : ""),
      reason,
    });
  }
  warn(field: string | null, reason: string, value?: string) {
    this.issues.push({ severity: "warning", sheet: this.located.sheet.name, row: this.row, column: field ? this.header(field) : null, value: value ?? "", reason });
  }
  text(field: string): string {
    return cellText(this.cell(field));
  }
  required(field: string): string | null {
    const t = this.text(field);
    if (!t) {
      this.error(field, "Verplicht veld is leeg.");
      return null;
    }
    return t;
  }
  parse<T>(field: string, result: Parsed<T>): T | undefined {
    if (result.ok) return result.value;
    this.error(field, result.reason);
    return undefined;
  }
}

function dataRows(located: Located, issues: ImportIssue[]): RowReader[] {
  const readers: RowReader[] = [];
  const { rows, name } = located.sheet;
  let lastFilled = 0;
  for (let i = rows.length - 1; i >= 1; i--) {
    if (!rows[i].every((c) => isEmptyCell(c))) {
      lastFilled = i;
      break;
    }
  }
  for (let i = 1; i <= lastFilled; i++) {
    const cells = rows[i];
    if (cells.every((c) => isEmptyCell(c))) {
      issues.push({ severity: "error", sheet: name, row: i + 1, column: null, value: "", reason: "Lege rij tussen de gegevens. Verwijder de rij, of vul haar als zij gegevens mist." });
      continue;
    }
    const formulaAt = cells.findIndex((c) => c != null && typeof c === "object" && !(c instanceof Date));
    if (formulaAt >= 0) {
      const header = [...located.columns.entries()].find(([, idx]) => idx === formulaAt)?.[0];
      issues.push({
        severity: "error",
        sheet: name,
        row: i + 1,
        column: header ? SHEETS[located.key].columns[header].header : `kolom ${formulaAt + 1}`,
        value: cellText(cells[formulaAt]),
        reason: "De cel bevat een formule. Formules worden niet geïmporteerd: plak de cellen als waarden (Plakken speciaal → Waarden).",
      });
      continue;
    }
    readers.push(new RowReader(located, cells, i + 1, issues));
  }
  return readers;
}

/** Validates the sheets of one upload against what Regiotafel already knows. */
export function validatePortfolio(
  sheets: readonly RawSheet[],
  kind: "xlsx" | "csv",
  ref: ImportReference,
): ValidationResult {
  const issues: ImportIssue[] = [];
  const portfolio: ImportPortfolio = { organisations: [], projects: [], records: [], scores: [], sheets: [] };

  // 1. Which sheet is which
  const found = new Map<SheetKey, RawSheet>();
  for (const sheet of sheets) {
    const key = identifySheet(sheet);
    if (!key) {
      if (kind === "csv") {
        issues.push({ severity: "error", sheet: sheet.name, row: null, column: null, value: sheet.name, reason: `Onbekend blad: noem het bestand ${SHEET_ORDER.map((k) => `${SHEETS[k].fileName}.csv`).join(", ")}.` });
      } else if (sheet.rows.some((r) => r.some((c) => !isEmptyCell(c))) && matchKey(sheet.name) !== "toelichting") {
        issues.push({ severity: "warning", sheet: sheet.name, row: null, column: null, value: sheet.name, reason: "Dit blad wordt niet gelezen (onbekende bladnaam)." });
      }
      continue;
    }
    if (found.has(key)) {
      issues.push({ severity: "error", sheet: sheet.name, row: null, column: null, value: sheet.name, reason: `Het blad ${SHEETS[key].name} komt twee keer voor.` });
      continue;
    }
    found.set(key, sheet);
  }
  if (kind === "xlsx") {
    for (const key of SHEET_ORDER) {
      if (!found.has(key)) {
        issues.push({ severity: "error", sheet: SHEETS[key].name, row: null, column: null, value: "", reason: `Het blad "${SHEETS[key].name}" ontbreekt in het werkboek. Gebruik het sjabloon; een blad mag leeg zijn (alleen de kopregel).` });
      }
    }
  } else if (found.size === 0 && issues.length === 0) {
    issues.push({ severity: "error", sheet: "", row: null, column: null, value: "", reason: "Geen bruikbaar blad gevonden." });
  }

  const located = new Map<SheetKey, Located>();
  for (const [key, sheet] of found) {
    const columns = locateColumns(key, sheet, issues);
    if (columns) located.set(key, { key, sheet, columns });
  }
  portfolio.sheets = [...located.keys()];
  portfolio.sheetNames = Object.fromEntries([...found].map(([k, sh]) => [k, sh.name]));

  // reference lookups
  const regionIndex = new Map<string, string>();
  for (const r of ref.regions) {
    regionIndex.set(matchKey(r.name), r.code);
    regionIndex.set(matchKey(r.code), r.code);
  }
  const rubriekIndex = new Map<string, string>();
  for (const h of ref.hoofdrubrieken) {
    rubriekIndex.set(matchKey(h.label), h.code);
    rubriekIndex.set(matchKey(h.code), h.code);
  }
  const themeIndex = new Map<string, string>();
  for (const t of ref.themes) {
    themeIndex.set(matchKey(t.label), t.code);
    themeIndex.set(matchKey(t.code), t.code);
  }
  const periodCodes = new Set(ref.periods.map((p) => p.code));
  const periodList = ref.periods.map((p) => p.label).join(", ");
  const userEmails = new Set(ref.userEmails.map((e) => e.toLowerCase()));
  const orgNames = new Map<string, string>();
  for (const n of ref.organisationNames) if (!orgNames.has(matchKey(n))) orgNames.set(matchKey(n), n);

  // 2. Organisations
  const orgSheet = located.get("organisations");
  if (orgSheet) {
    const seen = new Map<string, number>();
    for (const r of dataRows(orgSheet, issues)) {
      const name = r.required("name");
      const type = r.parse("type", parseLabel(r.cell("type"), ORG_TYPE_INDEX, "soort organisatie", ORGANISATION_TYPE.options.map((o) => o.label)));
      if (r.has("type") && type === null) r.error("type", "Verplicht veld is leeg.");
      if (!name) continue;
      const key = matchKey(name);
      if (seen.has(key)) {
        r.error("name", `Dubbele organisatie: staat ook op rij ${seen.get(key)}.`);
        continue;
      }
      seen.set(key, r.row);
      if (type) {
        orgNames.set(key, name);
        portfolio.organisations.push({ row: r.row, name, type, city: r.text("city") || null });
      }
    }
  }

  // 3. Projects
  const fileWirNumbers = new Set<string>();
  const projectSheet = located.get("projects");
  if (projectSheet) {
    const seen = new Map<string, number>();
    const present = ([...projectSheet.columns.keys()] as string[]).flatMap((f): ProjectField[] => {
      if (f === "region") return ["regionCode"];
      if (f === "hoofdrubriek") return ["hoofdrubriekCode"];
      if (f === "themes") return ["themeCodes"];
      if (f === "wirNumber") return [];
      return [f as ProjectField];
    });
    for (const r of dataRows(projectSheet, issues)) {
      const wir = r.required("wirNumber")?.toUpperCase() ?? null;
      const title = r.required("title");
      const regionText = r.required("region");
      const rubriekText = r.required("hoofdrubriek");
      const regionCode = regionText ? regionIndex.get(matchKey(regionText)) : undefined;
      if (regionText && !regionCode) r.error("region", "Onbekende regio. Gebruik de naam of code van een van de 34 (sub)regio's (zie het blad Toelichting of docs/import-format.md).");
      const rubriekCode = rubriekText ? rubriekIndex.get(matchKey(rubriekText)) : undefined;
      if (rubriekText && !rubriekCode) r.error("hoofdrubriek", `Onbekende hoofdrubriek. Toegestaan: ${ref.hoofdrubrieken.map((h) => h.label).join("; ")}.`);
      const themeCodes: string[] = [];
      for (const t of parseList(r.cell("themes"))) {
        const code = themeIndex.get(matchKey(t));
        if (code) themeCodes.push(code);
        else r.error("themes", `Onbekend kwaliteitskaderthema "${t}". Toegestaan: ${ref.themes.map((x) => x.label).join("; ")}.`, t);
      }
      const resolveOrg = (field: string, text: string): string | null => {
        const name = orgNames.get(matchKey(text));
        if (!name) r.error(field, `Onbekende organisatie "${text}": zet haar op het blad Organisaties.`, text);
        return name ?? null;
      };
      const leadText = r.text("leadOrganisation");
      const leadOrganisation = leadText ? resolveOrg("leadOrganisation", leadText) : null;
      const partners = [...new Set(parseList(r.cell("partners")).map((p) => resolveOrg("partners", p)).filter((p): p is string => !!p))];
      const startDate = r.parse("startDate", parseDate(r.cell("startDate")));
      const endDate = r.parse("endDate", parseDate(r.cell("endDate")));
      if (startDate && endDate && endDate < startDate) r.error("endDate", "De einddatum ligt voor de startdatum.");
      const budget = r.parse("budgetEuros", parseInteger(r.cell("budgetEuros"), { min: 0, max: 1_000_000_000 }));
      const leaders: string[] = [];
      for (const e of parseList(r.cell("leaders"))) {
        const email = e.toLowerCase();
        if (userEmails.has(email)) leaders.push(email);
        else r.error("leaders", `Geen Regiotafel-gebruiker met e-mailadres ${e}. Maak de gebruiker eerst aan of laat het veld leeg.`, e);
      }
      const contactEmail = r.text("contactEmail");
      if (contactEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contactEmail)) r.error("contactEmail", "Geen geldig e-mailadres.");
      const isPublic = r.parse("isPublic", parseYesNo(r.cell("isPublic")));
      const isShowcase = r.parse("isShowcase", parseYesNo(r.cell("isShowcase")));
      const lifecycle = r.parse("lifecycle", parseLabel(r.cell("lifecycle"), LIFECYCLE_INDEX, "registratiestatus", PROJECT_LIFECYCLE.options.map((o) => o.label)));
      if (!wir) continue;
      if (seen.has(wir)) {
        r.error("wirNumber", `Dubbel WIR-nummer: staat ook op rij ${seen.get(wir)}.`);
        continue;
      }
      seen.set(wir, r.row);
      fileWirNumbers.add(wir);
      if (!title || !regionCode || !rubriekCode) continue;
      portfolio.projects.push({
        row: r.row,
        wirNumber: wir,
        present,
        values: {
          title,
          regionCode,
          hoofdrubriekCode: rubriekCode,
          themeCodes: [...new Set(themeCodes)],
          leadOrganisation,
          partners,
          startDate: startDate ?? null,
          endDate: endDate ?? null,
          budgetEuros: budget ?? null,
          goal: longText(r, "goal"),
          description: longText(r, "description"),
          results: longText(r, "results"),
          deliveredProducts: longText(r, "deliveredProducts"),
          lessonsLearned: longText(r, "lessonsLearned"),
          contactName: r.text("contactName"),
          contactEmail,
          contactPhone: r.text("contactPhone"),
          leaders: [...new Set(leaders)],
          isPublic: isPublic ?? false,
          isShowcase: isShowcase ?? false,
          lifecycle: lifecycle ?? "ACTIVE",
        },
      });
    }
  }
  const knownProject = (wir: string) => fileWirNumbers.has(wir) || ref.wirNumbers.has(wir);

  // 4. Per-period project records
  const recordSheet = located.get("records");
  if (recordSheet) {
    const seen = new Map<string, number>();
    const present = [...recordSheet.columns.keys()].filter((f) => f !== "wirNumber" && f !== "period") as (keyof RecordValues)[];
    for (const r of dataRows(recordSheet, issues)) {
      const wir = r.required("wirNumber")?.toUpperCase() ?? null;
      if (wir && !knownProject(wir)) r.error("wirNumber", "Onbekend WIR-nummer: het project staat niet op het blad Projecten en niet in Regiotafel.");
      const period = periodOf(r, periodCodes, periodList);
      const status = r.parse("status", parseLabel(r.cell("status"), STATUS_INDEX, "projectstatus", PROJECT_STATUS.options.map((o) => o.label)));
      const impact = r.parse("impact", parseLabel(r.cell("impact"), IMPACT_INDEX, "mate van impact", IMPACT.options.map((o) => o.label)));
      const sharing = r.parse("sharing", parseLabel(r.cell("sharing"), SHARING_INDEX, "waarde voor delen van resultaten", RESULT_SHARING.options.map((o) => o.label)));
      const scalability = r.parse("scalability", parseLabel(r.cell("scalability"), SCALABILITY_INDEX, "waarde voor opschaalbaarheid", SCALABILITY.options.map((o) => o.label)));
      const careOrgCount = r.parse("careOrgCount", parseInteger(r.cell("careOrgCount"), { min: 1, max: 10_000 }));
      if (!wir || !period || !knownProject(wir)) continue;
      const key = `${wir}|${period}`;
      if (seen.has(key)) {
        r.error("period", `Dubbele regel: dit project heeft voor deze periode ook een regel op rij ${seen.get(key)}.`);
        continue;
      }
      seen.set(key, r.row);
      if ([status, impact, sharing, scalability, careOrgCount].some((v) => v === undefined)) continue;
      portfolio.records.push({
        row: r.row,
        wirNumber: wir,
        periodCode: period,
        present,
        values: { status: status!, impact: impact!, sharing: sharing!, scalability: scalability!, careOrgCount: careOrgCount!, note: longText(r, "note") },
      });
    }
  }

  // 5. Region scores
  const scoreSheet = located.get("scores");
  if (scoreSheet) {
    const seen = new Map<string, number>();
    const present = [...scoreSheet.columns.keys()].filter((f) => f !== "region" && f !== "period") as (keyof ScoreValues)[];
    for (const r of dataRows(scoreSheet, issues)) {
      const regionText = r.required("region");
      const regionCode = regionText ? regionIndex.get(matchKey(regionText)) : undefined;
      if (regionText && !regionCode) r.error("region", "Onbekende regio. Gebruik de naam of code van een van de 34 (sub)regio's.");
      const period = periodOf(r, periodCodes, periodList);
      const a = r.parse("agreements", parsePhase(r.cell("agreements"), REGION_SCALES.agreements.phases, REGION_SCALES.agreements.max));
      const d = r.parse("dynamics", parsePhase(r.cell("dynamics"), REGION_SCALES.dynamics.phases, REGION_SCALES.dynamics.max));
      const v = r.parse("vision", parsePhase(r.cell("vision"), REGION_SCALES.vision.phases, REGION_SCALES.vision.max));
      if (!regionCode || !period) continue;
      const key = `${regionCode}|${period}`;
      if (seen.has(key)) {
        r.error("region", `Dubbele regel: deze regio heeft voor deze periode ook een regel op rij ${seen.get(key)}.`);
        continue;
      }
      seen.set(key, r.row);
      if (a === undefined || d === undefined || v === undefined) continue;
      portfolio.scores.push({ row: r.row, regionCode, periodCode: period, present, values: { agreements: a, dynamics: d, vision: v, note: longText(r, "note") } });
    }
  }

  return { issues, portfolio };
}

function periodOf(r: RowReader, periodCodes: Set<string>, periodList: string): string | null {
  if (!r.required("period")) return null;
  const code = r.parse("period", parsePeriodCell(r.cell("period")));
  if (!code) return null;
  if (!periodCodes.has(code)) {
    r.error("period", `Deze periode bestaat niet in Regiotafel. Bekende perioden: ${periodList}.`);
    return null;
  }
  return code;
}

/** Long text keeps its line breaks; only outer whitespace and typographic quotes are cleaned. */
function longText(r: RowReader, field: string): string {
  const c = r.cell(field);
  if (typeof c !== "string") return cellText(c);
  return c
    .split(/\r?\n/)
    .map((line) => cleanText(line))
    .join("\n")
    .trim();
}

export function hasErrors(issues: readonly ImportIssue[]): boolean {
  return issues.some((i) => i.severity === "error");
}

export { cleanText };
