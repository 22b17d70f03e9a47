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
  type OrganisationType,
  type ProjectLifecycle,
} from "../enums";
import { SHEETS, SHEET_ORDER, WORKBOOK_SHEETS, type ColumnDef, type SheetKey } from "./format";
import type { Judgement } from "../assessment";
import {
  FUNDING_DECISION,
  INDICATOR_DIRECTION,
  INDICATOR_UNIT,
  TRAJECT_STAGE,
  unitValueProblem,
  type FundingDecision,
  type IndicatorDirection,
  type IndicatorUnit,
  type TrajectStage,
} from "../results/enums";
import { looksLikeThousands, parseDecimal, THOUSANDS_MESSAGE } from "../results/validation";
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
  /** indicators Regiotafel knows: the library (ownerWirNumber null) and projects' own ones */
  indicators?: readonly { code: string; unit: IndicatorUnit; ownerWirNumber: string | null; active: boolean }[];
  /** "WIR-nummer|indicator code" of the indicators projects already measure */
  projectIndicators?: ReadonlySet<string>;
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

/** A row of the sheet with WIR's judgements: the same fields as an assessment. */
export type RecordValues = Judgement;
export type RecordRow = { row: number; wirNumber: string; periodCode: string; values: RecordValues; present: (keyof RecordValues)[] };

export type ScoreValues = { agreements: number | null; dynamics: number | null; vision: number | null; note: string };
export type ScoreRow = { row: number; regionCode: string; periodCode: string; values: ScoreValues; present: (keyof ScoreValues)[] };

/** A project's indicator with baseline and target; `own` describes a project's own indicator (EIGEN-…). */
export type IndicatorValues = { baselineValue: number | null; baselineDate: string | null; baselineMethod: string; targetValue: number | null; targetDate: string | null };
export type IndicatorRow = {
  row: number;
  wirNumber: string;
  code: string;
  own: { name: string | null; definition: string | null; unit: IndicatorUnit | null; direction: IndicatorDirection | null } | null;
  values: IndicatorValues;
  present: (keyof IndicatorValues)[];
};
export type MeasurementRow = { row: number; wirNumber: string; code: string; periodCode: string; value: number; note: string; notePresent: boolean };
export type TrajectValues = { date: string; note: string; fundingDecision: FundingDecision | null; fundingAmountEuros: number | null };
export type TrajectRow = { row: number; wirNumber: string; stage: TrajectStage; values: TrajectValues; present: (keyof TrajectValues)[] };

export type ImportPortfolio = {
  organisations: OrganisationRow[];
  projects: ProjectRow[];
  records: RecordRow[];
  scores: ScoreRow[];
  indicators: IndicatorRow[];
  measurements: MeasurementRow[];
  traject: TrajectRow[];
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
const UNIT_INDEX = labelIndex(INDICATOR_UNIT, { percentage: "PERCENT", procent: "PERCENT", rapportcijfer: "SCORE_10", cijfer: "SCORE_10", uur: "HOURS" });
const DIRECTION_INDEX = labelIndex(INDICATOR_DIRECTION);
const STAGE_INDEX = labelIndex(TRAJECT_STAGE, { scan: "SCAN", nulmeting: "SCAN", financieringsbesluit: "FUNDING", "plan": "PLAN" });
const FUNDING_INDEX = labelIndex(FUNDING_DECISION);

/** Which sheet a workbook sheet or CSV file is, by its name, else by its headers. */
export function identifySheet(sheet: RawSheet): SheetKey | null {
  const key = matchKey(sheet.name);
  for (const def of Object.values(SHEETS)) {
    if ([def.name, def.fileName, ...def.aliases].some((n) => matchKey(n) === key)) return def.key;
  }
  const headers = new Set((sheet.rows[0] ?? []).map((c) => matchKey(cellText(c))));
  const has = (col: ColumnDef) => [col.header, ...(col.aliases ?? [])].some((h) => headers.has(matchKey(h)));
  const p = SHEETS.projects.columns, r = SHEETS.records.columns, s = SHEETS.scores.columns, o = SHEETS.organisations.columns;
  const i = SHEETS.indicators.columns, m = SHEETS.measurements.columns, t = SHEETS.traject.columns;
  if (has(p.wirNumber) && has(p.title)) return "projects";
  if (has(m.wirNumber) && has(m.indicator) && has(m.value)) return "measurements";
  if (has(i.wirNumber) && has(i.indicator)) return "indicators";
  if (has(t.wirNumber) && has(t.stage)) return "traject";
  if (has(r.wirNumber) && has(r.period)) return "records";
  if (has(s.region) && has(s.period)) return "scores";
  if (has(o.name) && has(o.type)) return "organisations";
  return null;
}

type Located = { key: SheetKey; sheet: RawSheet; columns: Map<string, number>; release: boolean };

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

/**
 * Remembers the rows of one sheet by key: `repeated(r, key, field, message)` is true, with an
 * error at `field` (`message` given the row that came first), when an earlier row had that key.
 */
function repeatedRows() {
  const firstRow = new Map<string, number>();
  return (r: RowReader, key: string, field: string, message: (first: number) => string): boolean => {
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, r.row);
      return false;
    }
    r.error(field, message(first));
    return true;
  };
}

/** What a row becomes once validated when the caller hands its sheets over (`releaseRows`). */
const RELEASED_ROW: Cell[] = [];

/**
 * The data rows of a sheet, one at a time. With `release`, each raw row is dropped once it has
 * been validated, so the raw cells and the portfolio made from them do not both live whole.
 */
function dataRows(located: Located, issues: ImportIssue[]): Iterable<RowReader> {
  const { rows, name } = located.sheet;
  const release = located.release;
  let lastFilled = 0;
  for (let i = rows.length - 1; i >= 1; i--) {
    if (!rows[i].every((c) => isEmptyCell(c))) {
      lastFilled = i;
      break;
    }
  }
  // first the sheet's empty rows and formulas (reported before the rows' own problems, as always)
  const skipped = new Set<number>();
  for (let i = 1; i <= lastFilled; i++) {
    const cells = rows[i];
    if (cells.every((c) => isEmptyCell(c))) {
      issues.push({ severity: "error", sheet: name, row: i + 1, column: null, value: "", reason: "Lege rij tussen de gegevens. Verwijder de rij, of vul haar als zij gegevens mist." });
      skipped.add(i);
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
      skipped.add(i);
    }
  }
  // then the rows, one reader at a time
  return (function* () {
    for (let i = 1; i <= lastFilled; i++) {
      if (!skipped.has(i)) yield new RowReader(located, rows[i], i + 1, issues);
      if (release) rows[i] = RELEASED_ROW;
    }
  })();
}

/**
 * Validates the sheets of one upload against what Regiotafel already knows. With `releaseRows`
 * the caller hands the sheets over: each data row is emptied once validated (memory, for large
 * files); the header rows stay.
 */
export function validatePortfolio(
  sheets: readonly RawSheet[],
  kind: "xlsx" | "csv",
  ref: ImportReference,
  options: { releaseRows?: boolean } = {},
): ValidationResult {
  const issues: ImportIssue[] = [];
  const portfolio: ImportPortfolio = { organisations: [], projects: [], records: [], scores: [], indicators: [], measurements: [], traject: [], sheets: [] };

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
    for (const key of WORKBOOK_SHEETS) {
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
    if (columns) located.set(key, { key, sheet, columns, release: options.releaseRows ?? false });
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
    const repeated = repeatedRows();
    for (const r of dataRows(orgSheet, issues)) {
      const name = r.required("name");
      const type = r.parse("type", parseLabel(r.cell("type"), ORG_TYPE_INDEX, "soort organisatie", ORGANISATION_TYPE.options.map((o) => o.label)));
      if (r.has("type") && type === null) r.error("type", "Verplicht veld is leeg.");
      if (!name) continue;
      const key = matchKey(name);
      if (repeated(r, key, "name", (first) => `Dubbele organisatie: staat ook op rij ${first}.`)) continue;
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
    const repeated = repeatedRows();
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
      if (repeated(r, wir, "wirNumber", (first) => `Dubbel WIR-nummer: staat ook op rij ${first}.`)) continue;
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
  /** The WIR-nummer of a row on a sheet about existing projects, reported when unknown. */
  const projectOf = (r: RowReader): string | null => {
    const wir = r.required("wirNumber")?.toUpperCase() ?? null;
    if (wir && !knownProject(wir)) r.error("wirNumber", "Onbekend WIR-nummer: het project staat niet op het blad Projecten en niet in Regiotafel.");
    return wir;
  };

  // 4. Per-period project records
  const recordSheet = located.get("records");
  if (recordSheet) {
    const repeated = repeatedRows();
    const present = [...recordSheet.columns.keys()].filter((f) => f !== "wirNumber" && f !== "period") as (keyof RecordValues)[];
    for (const r of dataRows(recordSheet, issues)) {
      const wir = projectOf(r);
      const period = periodOf(r, periodCodes, periodList);
      const status = r.parse("status", parseLabel(r.cell("status"), STATUS_INDEX, "projectstatus", PROJECT_STATUS.options.map((o) => o.label)));
      const impact = r.parse("impact", parseLabel(r.cell("impact"), IMPACT_INDEX, "mate van impact", IMPACT.options.map((o) => o.label)));
      const sharing = r.parse("sharing", parseLabel(r.cell("sharing"), SHARING_INDEX, "waarde voor delen van resultaten", RESULT_SHARING.options.map((o) => o.label)));
      const scalability = r.parse("scalability", parseLabel(r.cell("scalability"), SCALABILITY_INDEX, "waarde voor opschaalbaarheid", SCALABILITY.options.map((o) => o.label)));
      const careOrgCount = r.parse("careOrgCount", parseInteger(r.cell("careOrgCount"), { min: 1, max: 10_000 }));
      if (!wir || !period || !knownProject(wir)) continue;
      const key = `${wir}|${period}`;
      if (repeated(r, key, "period", (first) => `Dubbele regel: dit project heeft voor deze periode ook een regel op rij ${first}.`)) continue;
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
    const repeated = repeatedRows();
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
      if (repeated(r, key, "region", (first) => `Dubbele regel: deze regio heeft voor deze periode ook een regel op rij ${first}.`)) continue;
      if (a === undefined || d === undefined || v === undefined) continue;
      portfolio.scores.push({ row: r.row, regionCode, periodCode: period, present, values: { agreements: a, dynamics: d, vision: v, note: longText(r, "note") } });
    }
  }

  validateResults(located, portfolio, knownProject, projectOf, ref, periodCodes, periodList, issues);
  return { issues, portfolio };
}

/**
 * The results sheets (issue 14): a project's indicators with baseline and target, measurements
 * per period, and traject stages. Values are checked against the indicator's unit (the one range
 * rule, lib/domain/results/enums.ts); an indicator must be known (library, or the project's own
 * EIGEN-<WIR-nummer>-… code); a measurement must be of an indicator the project measures.
 */
function validateResults(
  located: Map<SheetKey, Located>,
  portfolio: ImportPortfolio,
  knownProject: (wir: string) => boolean,
  projectOf: (r: RowReader) => string | null,
  ref: ImportReference,
  periodCodes: Set<string>,
  periodList: string,
  issues: ImportIssue[],
) {
  const known = new Map((ref.indicators ?? []).map((i) => [i.code, i]));
  const libraryCodes = (ref.indicators ?? []).filter((i) => i.ownerWirNumber === null && i.active).map((i) => i.code);
  const measured = new Set(ref.projectIndicators ?? []);
  /** the unit of each indicator per project, from Regiotafel or from the Indicatoren sheet */
  const unitOf = new Map<string, IndicatorUnit>();
  const decimal = (r: RowReader, field: string): number | null | undefined => {
    const cell = r.cell(field);
    // a CSV cell is text: "1.500" may mean 1500 or 1,5 (XLSX cells carry the number itself)
    if (looksLikeThousands(cell)) {
      r.error(field, THOUSANDS_MESSAGE);
      return undefined;
    }
    const v = parseDecimal(cell instanceof Date ? "x" : cell);
    if (Number.isNaN(v)) {
      r.error(field, "Geen getal. Schrijf bijvoorbeeld 7,3 of 12 (zonder scheidingsteken voor duizendtallen).");
      return undefined;
    }
    return v as number | null;
  };
  const inRange = (r: RowReader, field: string, unit: IndicatorUnit | null | undefined, value: number | null | undefined) => {
    if (unit == null || value == null) return;
    const problem = unitValueProblem(unit, value);
    if (problem) r.error(field, problem);
  };

  const indicatorSheet = located.get("indicators");
  if (indicatorSheet) {
    const repeated = repeatedRows();
    const present = [...indicatorSheet.columns.keys()].filter((f) => f in { baselineValue: 1, baselineDate: 1, baselineMethod: 1, targetValue: 1, targetDate: 1 }) as (keyof IndicatorValues)[];
    for (const r of dataRows(indicatorSheet, issues)) {
      const wir = projectOf(r);
      const code = r.required("indicator")?.toUpperCase().replace(/\s+/g, "") ?? null;
      const ownName = r.text("ownName") || null;
      const ownDefinition = longText(r, "ownDefinition") || null;
      const ownUnit = r.parse("ownUnit", parseLabel(r.cell("ownUnit"), UNIT_INDEX, "eenheid", INDICATOR_UNIT.options.map((o) => o.label)));
      const ownDirection = r.parse("ownDirection", parseLabel(r.cell("ownDirection"), DIRECTION_INDEX, "richting", INDICATOR_DIRECTION.options.map((o) => o.label)));
      let unit: IndicatorUnit | null = null;
      let own: IndicatorRow["own"] = null;
      let ok = !!wir && !!code && knownProject(wir ?? "");
      if (code && wir) {
        const existing = known.get(code);
        if (existing && existing.ownerWirNumber === null) {
          unit = existing.unit;
          if (!existing.active && !measured.has(`${wir}|${code}`)) {
            r.error("indicator", "Deze standaardindicator is niet meer actief en kan niet meer worden gekozen.");
            ok = false;
          }
          if (ownName || ownUnit || ownDirection) r.warn("ownName", "Naam, eenheid en richting gelden alleen voor eigen indicatoren; bij een standaardindicator worden ze niet gelezen (de bibliotheek beheert WIR).");
        } else if (existing) {
          if (existing.ownerWirNumber !== wir) {
            r.error("indicator", `Deze eigen indicator hoort bij project ${existing.ownerWirNumber}.`);
            ok = false;
          } else {
            unit = existing.unit;
            if (ownUnit && ownUnit !== existing.unit) {
              r.error("ownUnit", `De eenheid van een bestaande indicator verandert niet (is ${INDICATOR_UNIT.label(existing.unit)}).`);
              ok = false;
            }
            own = { name: ownName, definition: ownDefinition, unit: null, direction: ownDirection ?? null };
          }
        } else if (code.startsWith(`EIGEN-${wir}-`)) {
          if (!ownName || ownName.length < 3) r.error("ownName", "Geef een nieuwe eigen indicator een naam van minstens 3 tekens.");
          if (!ownUnit) r.error("ownUnit", "Vul de eenheid van de nieuwe eigen indicator in.");
          if (!ownDirection) r.error("ownDirection", "Vul in welke richting beter is.");
          if (!ownName || ownName.length < 3 || !ownUnit || !ownDirection) ok = false;
          unit = ownUnit ?? null;
          own = { name: ownName, definition: ownDefinition, unit: ownUnit ?? null, direction: ownDirection ?? null };
        } else {
          r.error("indicator", `Onbekende indicator. Gebruik de code van een standaardindicator (${libraryCodes.join(", ")}) of voor een eigen indicator EIGEN-${wir}-1, EIGEN-${wir}-2, ….`);
          ok = false;
        }
      }
      const baselineValue = decimal(r, "baselineValue");
      const targetValue = decimal(r, "targetValue");
      inRange(r, "baselineValue", unit, baselineValue);
      inRange(r, "targetValue", unit, targetValue);
      const baselineDate = r.parse("baselineDate", parseDate(r.cell("baselineDate")));
      const targetDate = r.parse("targetDate", parseDate(r.cell("targetDate")));
      if (baselineValue != null && r.has("baselineDate") && !baselineDate) r.error("baselineDate", "Vul de datum van de nulmeting in.");
      if (targetValue != null && r.has("targetDate") && !targetDate) r.error("targetDate", "Vul de datum in waarop de streefwaarde bereikt moet zijn.");
      if (baselineDate && targetDate && targetDate <= baselineDate) r.error("targetDate", "De streefdatum moet na de datum van de nulmeting liggen.");
      if (!ok || !wir || !code) continue;
      const key = `${wir}|${code}`;
      if (repeated(r, key, "indicator", (first) => `Dubbele regel: dit project heeft deze indicator ook op rij ${first}.`)) continue;
      if (unit) unitOf.set(key, unit);
      if ([baselineValue, targetValue, baselineDate, targetDate].some((v) => v === undefined)) continue;
      portfolio.indicators.push({
        row: r.row,
        wirNumber: wir,
        code,
        own,
        present,
        values: { baselineValue: baselineValue ?? null, baselineDate: baselineDate ?? null, baselineMethod: longText(r, "baselineMethod"), targetValue: targetValue ?? null, targetDate: targetDate ?? null },
      });
    }
  }
  // indicators projects measure already (their unit from the library or their own definition)
  for (const key of measured) {
    const code = key.slice(key.indexOf("|") + 1);
    const unit = known.get(code)?.unit;
    if (unit && !unitOf.has(key)) unitOf.set(key, unit);
  }

  const measurementSheet = located.get("measurements");
  if (measurementSheet) {
    const repeated = repeatedRows();
    for (const r of dataRows(measurementSheet, issues)) {
      const wir = projectOf(r);
      const code = r.required("indicator")?.toUpperCase().replace(/\s+/g, "") ?? null;
      const unit = wir && code ? unitOf.get(`${wir}|${code}`) : undefined;
      if (wir && code && knownProject(wir) && !unit) {
        r.error("indicator", "Dit project meet deze indicator niet: zet hem met nulmeting en streefwaarde op het blad Indicatoren, of kies een indicator die het project al meet.");
      }
      const period = periodOf(r, periodCodes, periodList);
      const valueText = r.required("value");
      const value = valueText === null ? undefined : decimal(r, "value");
      inRange(r, "value", unit, value);
      if (!wir || !code || !unit || !period || value == null) continue;
      const key = `${wir}|${code}|${period}`;
      if (repeated(r, key, "period", (first) => `Dubbele regel: deze indicator heeft voor deze periode ook een meting op rij ${first}.`)) continue;
      if (unitValueProblem(unit, value)) continue;
      portfolio.measurements.push({ row: r.row, wirNumber: wir, code, periodCode: period, value, note: longText(r, "note"), notePresent: r.has("note") });
    }
  }

  const trajectSheet = located.get("traject");
  if (trajectSheet) {
    const repeated = repeatedRows();
    const present = [...trajectSheet.columns.keys()].filter((f) => f !== "wirNumber" && f !== "stage") as (keyof TrajectValues)[];
    for (const r of dataRows(trajectSheet, issues)) {
      const wir = projectOf(r);
      const stageText = r.required("stage");
      const stage = stageText ? r.parse("stage", parseLabel(r.cell("stage"), STAGE_INDEX, "fase", TRAJECT_STAGE.options.map((o) => o.label))) : undefined;
      const dateText = r.required("date");
      const date = dateText ? r.parse("date", parseDate(r.cell("date"))) : undefined;
      const decision = r.parse("fundingDecision", parseLabel(r.cell("fundingDecision"), FUNDING_INDEX, "financieringsbesluit", FUNDING_DECISION.options.map((o) => o.label)));
      const amount = r.parse("fundingAmountEuros", parseInteger(r.cell("fundingAmountEuros"), { min: 0, max: 100_000_000 }));
      let ok = true;
      if (stage && stage !== "FUNDING" && (decision || amount != null)) {
        r.error(decision ? "fundingDecision" : "fundingAmountEuros", "Een financieringsbesluit en bedrag horen alleen bij de fase Financieringsbesluit zorgkantoor.");
        ok = false;
      }
      if (stage === "FUNDING" && r.has("fundingDecision") && decision === null) {
        r.error("fundingDecision", `Vul het besluit in: ${FUNDING_DECISION.options.map((o) => o.label).join(", ")}.`);
        ok = false;
      }
      if (stage === "FUNDING" && decision && decision !== "REFUSED" && amount === null && r.has("fundingAmountEuros")) {
        r.error("fundingAmountEuros", "Vul het toegekende bedrag in hele euro's in.");
        ok = false;
      }
      if (stage === "FUNDING" && decision === "REFUSED" && amount != null) {
        r.error("fundingAmountEuros", "Bij een afgewezen besluit hoort geen bedrag.");
        ok = false;
      }
      if (!wir || !stage || !date || !knownProject(wir)) continue;
      const key = `${wir}|${stage}`;
      if (repeated(r, key, "stage", (first) => `Dubbele regel: dit project heeft deze fase ook op rij ${first}.`)) continue;
      if (!ok || decision === undefined || amount === undefined) continue;
      portfolio.traject.push({
        row: r.row,
        wirNumber: wir,
        stage,
        present,
        values: { date, note: longText(r, "note"), fundingDecision: stage === "FUNDING" ? (decision ?? null) : null, fundingAmountEuros: stage === "FUNDING" ? (amount ?? null) : null },
      });
    }
  }
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
