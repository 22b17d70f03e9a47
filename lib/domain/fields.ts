/**
 * The fields of the records people edit, each with its Dutch label and the kind of value it
 * holds: the one place a field label is written. Forms, tables, exports and the change history
 * read their labels (and how to show a value) from here.
 */
import { IMPACT, ORGANISATION_TYPE, PERIOD_STATE, PRODUCT_TYPE, PROJECT_LIFECYCLE, PROJECT_STATUS, RESULT_SHARING, SCALABILITY, THEME_GROUP, UPDATE_STATE } from "./enums";
import { labelledEnum, type LabelledEnum } from "./labels";
import { BARRIER, FUNDING_DECISION, INDICATOR_DIRECTION, INDICATOR_UNIT, SUCCESS_FACTOR, TRAJECT_STAGE, TRANSFERABILITY } from "./results/enums";
import { HOOFDRUBRIEKEN, KWALITEITSKADER_THEMES, REGIONS } from "./reference-data";

export type FieldKind =
  | "text"
  | "date"
  | "dateTime"
  | "euros"
  | "count"
  | "boolean"
  | "list"
  | "enum"
  | "region"
  | "hoofdrubriek"
  | "themes"
  | "period"
  | "periodRecords";

export type FieldDef = {
  readonly label: string;
  readonly kind: FieldKind;
  readonly enum?: LabelledEnum<string>;
  /** the column header in import and export files (docs/import-format.md) where it is not the label */
  readonly fileHeader?: string;
};

const ORGANISATION_STATUS = labelledEnum([
  ["PROPOSED", "Voorgesteld"],
  ["CONFIRMED", "Bevestigd"],
] as const);

const f = (label: string, kind: FieldKind = "text", e?: LabelledEnum<string>, fileHeader?: string): FieldDef => ({ label, kind, enum: e, fileHeader });
/** A field whose exchange-file header differs from its label (both kept as users know them). */
const ff = (label: string, fileHeader: string, kind: FieldKind = "text", e?: LabelledEnum<string>): FieldDef => f(label, kind, e, fileHeader);

/** The header of a field's column in import and export files. */
export const fileHeader = (def: FieldDef): string => def.fileHeader ?? def.label;

/** A project card (the register form, the card page, the import and the history). */
export const PROJECT_FIELDS = {
  wirNumber: f("WIR-nummer"),
  title: f("Titel"),
  region: ff("(Sub)regio", "Regio"),
  regionCode: f("(Sub)regio", "region"),
  hoofdrubriek: f("Hoofdrubriek"),
  hoofdrubriekCode: f("Hoofdrubriek", "hoofdrubriek"),
  themes: ff("Kwaliteitskader-thema's", "Kwaliteitskaderthema's", "list"),
  themeCodes: f("Kwaliteitskader-thema's", "themes"),
  goal: ff("Doel | waarom dit project", "Doel"),
  description: ff("Beschrijving | wat en hoe", "Beschrijving"),
  results: f("Resultaten"),
  deliveredProducts: ff("Opgeleverde resultaten", "Opgeleverde producten"),
  lessonsLearned: f("Geleerde lessen"),
  leadOrganisation: f("Kartrekker"),
  partners: ff("Partnerorganisaties", "Partners", "list"),
  startDate: f("Startdatum", "date"),
  endDate: ff("(Geplande) einddatum", "Einddatum", "date"),
  budgetEuros: ff("Budget uit ontwikkelgelden", "Budget (euro)", "euros"),
  isPublic: ff("Projectkaart gepubliceerd", "Openbaar", "boolean"),
  isShowcase: f("Voorbeeldproject", "boolean"),
  lifecycle: ff("Fase", "Registratie", "enum", PROJECT_LIFECYCLE),
  leaders: f("Projectleiders", "list"),
  contacts: f("Contactpersonen", "list"),
  contactName: f("Contactpersoon"),
  contactEmail: ff("E-mailadres contactpersoon", "E-mail contactpersoon"),
  contactPhone: f("Telefoon contactpersoon"),
  links: f("Links", "list"),
  periodRecords: f("Beoordelingen", "periodRecords"),
} as const satisfies Record<string, FieldDef>;

/** The judgement of a project at a period (WIR's assessment, the inkoper's proposal). */
export const JUDGEMENT_FIELDS = {
  status: f("Projectstatus", "enum", PROJECT_STATUS),
  impact: f("Mate van impact", "enum", IMPACT),
  sharing: f("Delen van resultaten", "enum", RESULT_SHARING),
  scalability: f("Opschaalbaarheid", "enum", SCALABILITY),
  careOrgCount: ff("Aantal betrokken zorgorganisaties", "Aantal zorgorganisaties", "count"),
  note: ff("Notitie", "Toelichting"),
  period: f("Periode", "period"),
} as const satisfies Record<string, FieldDef>;
export type JudgementField = "status" | "impact" | "sharing" | "scalability";
/** The four choices of a judgement, in form and table order. */
export const JUDGEMENT_CHOICES = [
  { key: "status", label: JUDGEMENT_FIELDS.status.label, enum: PROJECT_STATUS },
  { key: "impact", label: JUDGEMENT_FIELDS.impact.label, enum: IMPACT },
  { key: "sharing", label: JUDGEMENT_FIELDS.sharing.label, enum: RESULT_SHARING },
  { key: "scalability", label: JUDGEMENT_FIELDS.scalability.label, enum: SCALABILITY },
] as const;

/** Columns of the project lists (/projecten, /portfolio, bulk view) and their export that are not a field of one record. */
export const LIST_FIELDS = {
  concessiehouder: f("Concessiehouder"),
  updateState: f("Voortgangsupdate", "enum", UPDATE_STATE),
  trajectStage: f("Trajectfase", "enum", TRAJECT_STAGE),
  daysInStage: f("Dagen in fase", "count"),
  stalled: f("Staat stil (langer dan een half jaar in één fase)", "boolean"),
} as const satisfies Record<string, FieldDef>;

/** A leader's period update. */
export const UPDATE_FIELDS = {
  state: f("Stand", "enum", UPDATE_STATE),
  status: f("Projectstatus", "enum", PROJECT_STATUS),
  progress: f("Voortgang"),
  resultsSoFar: f("Resultaten tot nu toe"),
  lessonsLearned: f("Geleerde lessen"),
  nextSteps: f("Volgende stappen"),
  risks: f("Risico's"),
  careOrgCount: f("Aantal betrokken zorgorganisaties", "count"),
  returnComment: f("Commentaar bij terugsturen"),
  submittedAt: f("Ingediend op", "dateTime"),
  reviewedAt: f("Beoordeeld op", "dateTime"),
} as const satisfies Record<string, FieldDef>;

/** A kennisbank product of a project (a link or an uploaded file). */
export const PRODUCT_FIELDS = {
  type: f("Soort product", "enum", PRODUCT_TYPE),
  title: f("Titel"),
  description: f("Beschrijving"),
  url: f("Webadres (link)"),
  file: f("Bestand"),
  fileName: f("Bestandsnaam"),
} as const satisfies Record<string, FieldDef>;

const HOOFDRUBRIEK = labelledEnum(HOOFDRUBRIEKEN.map((h) => [h.code, h.label] as const));

/** An indicator of WIR's library, or a project's own (the library form, the import and the history). */
export const INDICATOR_FIELDS = {
  code: f("Code"),
  name: f("Naam"),
  unit: f("Eenheid", "enum", INDICATOR_UNIT),
  direction: f("Welke richting is beter?", "enum", INDICATOR_DIRECTION),
  definition: f("Definitie"),
  hoofdrubriekCodes: f("Hoofdrubrieken", "list", HOOFDRUBRIEK),
  themeCodes: f("Kwaliteitskader-thema's", "themes"),
  active: f("In gebruik", "boolean"),
  project: f("Eigen indicator van project"),
} as const satisfies Record<string, FieldDef>;

/** An indicator a project measures, with its baseline and target. */
export const PROJECT_INDICATOR_FIELDS = {
  indicator: f("Indicator"),
  baselineValue: f("Nulmeting (waarde)"),
  baselineDate: f("Datum nulmeting", "date"),
  baselineMethod: f("Hoe gemeten"),
  targetValue: f("Streefwaarde"),
  targetDate: f("Streefdatum", "date"),
} as const satisfies Record<string, FieldDef>;

/** A measured value of a project's indicator in a period. */
export const MEASUREMENT_FIELDS = {
  indicator: f("Indicator"),
  period: f("Periode"),
  value: f("Meting"),
  note: f("Toelichting"),
} as const satisfies Record<string, FieldDef>;

/** A stage of the traject; the funding decision is the zorgkantoor's stage. */
export const TRAJECT_FIELDS = {
  stage: f("Fase"),
  date: f("Begonnen op", "date"),
  note: f("Toelichting"),
  fundingDecision: f("Besluit", "enum", FUNDING_DECISION),
  fundingAmountEuros: f("Bedrag (euro)", "euros"),
} as const satisfies Record<string, FieldDef>;

/** The zorgkantoor's funding decision form (stored as the traject's funding stage). */
export const FUNDING_FIELDS = {
  decision: TRAJECT_FIELDS.fundingDecision,
  date: f("Datum van het besluit", "date"),
  amountEuros: TRAJECT_FIELDS.fundingAmountEuros,
  note: TRAJECT_FIELDS.note,
} as const satisfies Record<string, FieldDef>;

/** The leader's final evaluation. */
export const FINAL_EVALUATION_FIELDS = {
  resultsSummary: f("Resultaten ten opzichte van de streefwaarden"),
  successFactors: f("Succesfactoren", "list", SUCCESS_FACTOR),
  barriers: f("Belemmeringen", "list", BARRIER),
  factorsNote: f("Toelichting op succesfactoren en belemmeringen"),
  borgingPlan: f("Borgingsplan: hoe gaat het resultaat verder na de financiering?"),
  transferable: f("Kan de aanpak elders worden overgenomen?", "enum", TRANSFERABILITY),
  transferNote: f("Toelichting op overdraagbaarheid"),
} as const satisfies Record<string, FieldDef>;

/** The audited kinds of results records: a project's change history shows them with the project. */
export const RESULT_ENTITIES = ["ProjectIndicator", "IndicatorMeasurement", "TrajectStep", "FinalEvaluation"] as const;

export const OTHER_FIELDS = {
  Organisation: { name: f("Naam"), type: f("Soort", "enum", ORGANISATION_TYPE), city: f("Plaats"), status: f("Stand", "enum", ORGANISATION_STATUS) },
  ReportingPeriod: { code: f("Periode", "period"), label: f("Naam"), state: f("Stand", "enum", PERIOD_STATE), peildatum: f("Peildatum", "date"), reason: f("Reden") },
  Concessiehouder: {
    code: f("Code"),
    name: f("Naam"),
    reportOrder: f("Volgorde in het rapport", "count"),
    supported: f("Ondersteund door WIR", "boolean"),
    mergedInto: f("Opgegaan in"),
    validFrom: f("Met ingang van", "date"),
    regionCount: f("Aantal zorgkantoorregio's", "count"),
  },
  Zorgkantoorregio: { concessiehouder: f("Concessiehouder"), validFrom: f("Met ingang van", "date") },
  Hoofdrubriek: { code: f("Code"), label: f("Naam"), reportOrder: f("Volgorde in het rapport", "count") },
  KwaliteitskaderTheme: { code: f("Code"), label: f("Naam"), group: f("Soort", "enum", THEME_GROUP), reportOrder: f("Volgorde in het rapport", "count") },
  ShowcaseChoice: { projectId: f("Project") },
  RegionScore: { agreements: f("Afspraken / convenanten", "count"), dynamics: f("Samenwerkingsdynamiek", "count"), vision: f("Regiovisie / stip op de horizon", "count"), note: ff("Notitie", "Toelichting") },
} as const satisfies Record<string, Record<string, FieldDef>>;

/** The fields of each audited kind of record. */
export const AUDIT_FIELDS: Readonly<Record<string, Readonly<Record<string, FieldDef>>>> = {
  Project: PROJECT_FIELDS,
  ProjectAssessment: JUDGEMENT_FIELDS,
  AssessmentProposal: JUDGEMENT_FIELDS,
  ProgressUpdate: UPDATE_FIELDS,
  KnowledgeProduct: PRODUCT_FIELDS,
  Indicator: INDICATOR_FIELDS,
  ProjectIndicator: PROJECT_INDICATOR_FIELDS,
  IndicatorMeasurement: MEASUREMENT_FIELDS,
  TrajectStep: TRAJECT_FIELDS,
  FinalEvaluation: FINAL_EVALUATION_FIELDS,
  ...OTHER_FIELDS,
};

/**
 * The fields that say which record an entry is about (the stage of a traject step, the indicator
 * and period of a measurement). An update keeps them on both sides (`changedFields`), and the
 * history names them in the title, since a line shows only what changed.
 */
export const AUDIT_CONTEXT = {
  ProjectIndicator: ["indicator"],
  IndicatorMeasurement: ["indicator", "period"],
  TrajectStep: ["stage"],
} as const satisfies Partial<Record<string, readonly string[]>>;

export const AUDIT_ENTITY: Readonly<Record<string, string>> = {
  Project: "Projectkaart",
  ProjectAssessment: "Beoordeling",
  AssessmentProposal: "Voorstel van de inkoper",
  ProgressUpdate: "Voortgangsupdate",
  KnowledgeProduct: "Kennisbankproduct",
  Indicator: "Indicator",
  ProjectIndicator: "Indicator van het project",
  IndicatorMeasurement: "Meting",
  TrajectStep: "Fase van het traject",
  FinalEvaluation: "Eindevaluatie",
  ShowcaseChoice: "Voorbeeldproject (Bijlage 2)",
  RegionScore: "Regioscore",
  ReportingPeriod: "Rapportageperiode",
  ReportVersion: "Rapportversie",
  Organisation: "Organisatie",
  User: "Gebruiker",
  Concessiehouder: "Concessiehouder",
  Zorgkantoorregio: "Zorgkantoorregio",
  Hoofdrubriek: "Hoofdrubriek",
  KwaliteitskaderTheme: "Kwaliteitskader-thema",
};

export const AUDIT_ACTION: Readonly<Record<string, string>> = {
  CREATE: "aangemaakt",
  UPDATE: "gewijzigd",
  DELETE: "verwijderd",
  IMPORT: "geïmporteerd",
  SIGN_IN: "ingelogd",
  SIGN_IN_FAILED: "inloggen geweigerd",
  SIGN_OUT: "uitgelogd",
  EXPORT: "gedownload",
};

const MAX_TEXT = 200;
const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });
const dateTimeFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const euroFormat = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const MONTH_NAMES = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

const isEmpty = (v: unknown) => v == null || v === "" || (Array.isArray(v) && v.length === 0);

function periodLabel(code: unknown): string {
  const m = typeof code === "string" ? /^(\d{4})-(\d{2})$/.exec(code) : null;
  return m ? `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}` : String(code);
}

function text(v: unknown): string {
  if (typeof v === "string") return v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT - 1)}…` : v;
  if (typeof v === "number") return new Intl.NumberFormat("nl-NL").format(v);
  if (typeof v === "boolean") return v ? "ja" : "nee";
  return "";
}

/** One judgement record as a short sentence: "oktober 2020: Lopend, Op grote schaal …, 7 zorgorganisaties". */
function judgementLine(record: Record<string, unknown>): string {
  const labels = JUDGEMENT_CHOICES.map((c) => (c.enum.is(record[c.key]) ? c.enum.label(record[c.key] as never) : null)).filter((v): v is string => v !== null);
  if (typeof record.careOrgCount === "number") labels.push(`${record.careOrgCount} zorgorganisaties`);
  const body = labels.length ? labels.join(", ") : "nog niet beoordeeld";
  return record.period ? `${periodLabel(record.period)}: ${body}` : body;
}

/** A stored value as a reader sees it: Dutch labels, dates and money formatted, never JSON. "" when empty. */
export function formatFieldValue(def: FieldDef, value: unknown): string {
  if (isEmpty(value)) return "";
  switch (def.kind) {
    case "enum":
      return def.enum?.is(value) ? def.enum.label(value) : text(value);
    case "date": {
      const d = new Date(String(value));
      return Number.isNaN(d.getTime()) ? text(value) : dateFormat.format(d);
    }
    case "dateTime": {
      const d = new Date(String(value));
      return Number.isNaN(d.getTime()) ? text(value) : dateTimeFormat.format(d);
    }
    case "euros":
      return typeof value === "number" ? euroFormat.format(value) : text(value);
    case "count":
      return typeof value === "number" ? String(value) : text(value);
    case "boolean":
      return value === true ? "ja" : value === false ? "nee" : text(value);
    case "region":
      return REGIONS.find((r) => r.code === value)?.name ?? text(value);
    case "hoofdrubriek":
      return HOOFDRUBRIEKEN.find((r) => r.code === value)?.label ?? text(value);
    case "period":
      return periodLabel(value);
    case "themes":
    case "list":
    case "periodRecords": {
      const items = Array.isArray(value) ? value : [value];
      return items
        .map((item) => {
          if (def.kind === "themes") return KWALITEITSKADER_THEMES.find((t) => t.code === item)?.label ?? text(item);
          if (def.enum?.is(item)) return def.enum.label(item);
          if (item && typeof item === "object") return judgementLine(item as Record<string, unknown>);
          return text(item);
        })
        .filter(Boolean)
        .join(def.kind === "periodRecords" ? "; " : ", ");
    }
    default:
      return text(value);
  }
}

export type AuditLine = { field: string; label: string; before: string; after: string };
export type AuditDescription = { title: string; lines: AuditLine[] };

/**
 * One audit entry for the change history: "Projectkaart gewijzigd" and, per field the reader
 * knows, the old and new value formatted. Fields without a label (ids, internal columns) are left
 * out, and so are fields that look the same before and after (e.g. empty → empty). A new record
 * lists only the fields that have a value (`before` is "").
 */
export function describeAuditEntry(entry: { action: string; entity: string; before: unknown; after: unknown }): AuditDescription {
  const fields = AUDIT_FIELDS[entry.entity] ?? {};
  const obj = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const b = obj(entry.before);
  const a = obj(entry.after);
  const context = entry.action === "UPDATE" ? ((AUDIT_CONTEXT as Partial<Record<string, readonly string[]>>)[entry.entity] ?? []) : [];
  const which = context.map((field) => formatFieldValue(fields[field], a[field] ?? b[field])).filter(Boolean);
  const title = `${AUDIT_ENTITY[entry.entity] ?? "Gegevens"} ${AUDIT_ACTION[entry.action] ?? "gewijzigd"}${which.length ? ` (${which.join(", ")})` : ""}`;
  const lines: AuditLine[] = [];
  for (const [field, def] of Object.entries(fields)) {
    if (!(field in a) && !(field in b)) continue;
    const before = formatFieldValue(def, b[field]);
    const after = formatFieldValue(def, a[field]);
    if (before === after) continue;
    if (lines.some((l) => l.label === def.label && l.after === after && l.before === before)) continue;
    lines.push({ field, label: def.label, before, after });
  }
  return { title, lines };
}
