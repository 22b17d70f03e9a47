/**
 * Every enumeration of the domain with its exact Dutch label (docs/domain.md), in report
 * order. The Prisma schema uses the same codes; lib/server/db/enums.test.ts keeps them in step.
 */
import { labelledEnum } from "./labels";

export const ROLE = labelledEnum([
  ["PROJECTLEIDER", "Projectleider"],
  ["INKOPER", "Inkoper zorgkantoor"],
  ["WIR", "WIR-ondersteuner"],
  ["BEHEERDER", "Beheerder"],
] as const);
export type Role = (typeof ROLE.values)[number];

export const PROJECT_STATUS = labelledEnum([
  ["FINISHED_UNSUCCESSFUL", "Afgerond en niet succesvol verlopen"],
  ["FINISHED_SUCCESSFUL", "Afgerond en succesvol verlopen"],
  ["RUNNING", "Lopend"],
  ["NOT_STARTED", "Nog niet gestart"],
  ["STOPPED_EARLY", "Vroegtijdig gestopt of helemaal niet gestart"],
] as const);
export type ProjectStatus = (typeof PROJECT_STATUS.values)[number];

export const IMPACT = labelledEnum([
  ["SMALL_LIMITED", "Op kleine schaal met beperkte betekenis"],
  ["SMALL_MUCH", "Op kleine schaal met veel betekenis"],
  ["MEDIUM_LIMITED", "Op gemiddelde schaal met beperkte betekenis"],
  ["MEDIUM_MUCH", "Op gemiddelde schaal met veel betekenis"],
  ["LARGE_LIMITED", "Op grote schaal met beperkte betekenis"],
  ["LARGE_GREAT", "Op grote schaal met grote betekenis"],
  ["UNKNOWN", "Nog onbekend"],
] as const);
export type Impact = (typeof IMPACT.values)[number];

export const RESULT_SHARING = labelledEnum([
  ["NO_RESULTS", "Nee, geen resultaten te delen"],
  ["NOT_YET_SOON", "Nee, werk in uitvoering, wel in de nabije toekomst"],
  ["YES", "Ja, vanwege meerdere redenen"],
  ["UNKNOWN", "Nog onbekend"],
] as const);
export type ResultSharing = (typeof RESULT_SHARING.values)[number];

export const SCALABILITY = labelledEnum([
  ["NOT_USEFUL", "Niet zinvol om op te schalen"],
  ["NOT_YET_USEFUL", "Nee, is nog niet zinvol"],
  ["THIS_REGION_ONLY", "Ja, alleen in deze regio"],
  ["SOME_OTHER_REGIONS", "Ja naar enkele andere regio's"],
  ["NATIONAL", "Ja, landelijk opschaalbaar"],
] as const);
export type Scalability = (typeof SCALABILITY.values)[number];
/** The three "Ja" answers: counted as scalable in the headline figures. */
export const SCALABLE_VALUES: readonly Scalability[] = ["THIS_REGION_ONLY", "SOME_OTHER_REGIONS", "NATIONAL"];

export const ORGANISATION_TYPE = labelledEnum([
  ["ZORGAANBIEDER", "Zorgaanbieder"],
  ["ONDERWIJS", "Onderwijs"],
  ["GEMEENTE", "Gemeente"],
  ["WERKGEVERSORGANISATIE", "Werkgeversorganisatie"],
  ["KENNISINSTITUUT", "Kennisinstituut"],
  ["OVERIG", "Overig"],
] as const);
export type OrganisationType = (typeof ORGANISATION_TYPE.values)[number];

/** Kwaliteitskader themes: about the content of care, or about a precondition for it. */
export const THEME_GROUP = labelledEnum([
  ["CONTENT", "Inhoud"],
  ["PRECONDITION", "Randvoorwaarde"],
] as const);
export type ThemeGroup = (typeof THEME_GROUP.values)[number];

export const PERIOD_STATE = labelledEnum([
  ["PLANNED", "Gepland"],
  ["OPEN", "Open"],
  ["CLOSED", "Gesloten"],
] as const);
export type PeriodState = (typeof PERIOD_STATE.values)[number];

export const UPDATE_STATE = labelledEnum([
  ["DRAFT", "Concept"],
  ["SUBMITTED", "Ingediend"],
  ["RETURNED", "Teruggestuurd"],
  ["APPROVED", "Goedgekeurd"],
] as const);
export type UpdateState = (typeof UPDATE_STATE.values)[number];

export const PROJECT_LIFECYCLE = labelledEnum([
  ["DRAFT", "Concept"],
  ["ACTIVE", "Actief"],
  ["ARCHIVED", "Gearchiveerd"],
] as const);
export type ProjectLifecycle = (typeof PROJECT_LIFECYCLE.values)[number];

/** Kind of a delivered product in the kennisbank. */
export const PRODUCT_TYPE = labelledEnum([
  ["HANDREIKING", "Handreiking"],
  ["INSTRUMENT", "Instrument"],
  ["E_LEARNING", "E-learning"],
  ["FILM", "Film"],
  ["RAPPORT", "Rapport"],
  ["WEBSITE", "Website"],
  ["ANDER", "Ander product"],
] as const);
export type ProductType = (typeof PRODUCT_TYPE.values)[number];

/** Afspraken / convenanten, phases 1–4. */
export const AGREEMENTS_PHASE = labelledEnum([
  ["1", "Voorbereidingsfase"],
  ["2", "Inventarisatiefase"],
  ["3", "Plan van aanpak"],
  ["4", "Implementatiefase"],
] as const);

/** Samenwerkingsdynamiek, phases 1–4. */
export const DYNAMICS_PHASE = labelledEnum([
  ["1", "Autonome organisaties"],
  ["2", "Samenwerking vanwege ontwikkelplannen"],
  ["3", "Intrinsieke motivatie"],
  ["4", "Samenwerking vanuit visie"],
] as const);

/** Regiovisie / stip op de horizon, phases 1–5. */
export const VISION_PHASE = labelledEnum([
  ["1", "Nog geen afspraak over"],
  ["2", "Alleen als afspraak / actie vastgelegd"],
  ["3", "Voorbereidingen getroffen"],
  ["4", "Dialoogsessie"],
  ["5", "Strategische keuzes"],
] as const);

export const REGION_SCALES = {
  agreements: { title: "Afspraken / convenanten", phases: AGREEMENTS_PHASE, max: 4 },
  dynamics: { title: "Samenwerkingsdynamiek", phases: DYNAMICS_PHASE, max: 4 },
  vision: { title: "Regiovisie / stip op de horizon", phases: VISION_PHASE, max: 5 },
} as const;
export type RegionScale = keyof typeof REGION_SCALES;

/** Buckets of the number of participating care organisations (Tabel 5). */
export const CARE_ORG_BUCKET = labelledEnum([
  ["1-3", "1 tot en met 3"],
  ["4-6", "4 tot en met 6"],
  ["7-9", "7 tot en met 9"],
  ["10+", "10 of meer"],
  ["UNKNOWN", "Onbekend"],
] as const);
export type CareOrgBucket = (typeof CARE_ORG_BUCKET.values)[number];

/**
 * The source report labels the top bucket "Meer dan 10" but counts 10 in it too; we label it
 * truthfully "10 of meer". A count below 1 or no count is unknown.
 */
export function careOrgBucket(count: number | null | undefined): CareOrgBucket {
  if (count == null || !Number.isFinite(count) || count < 1) return "UNKNOWN";
  if (count <= 3) return "1-3";
  if (count <= 6) return "4-6";
  if (count <= 9) return "7-9";
  return "10+";
}

export const MAIL_STATUS = labelledEnum([
  ["PENDING", "Wacht op verzending"],
  ["SENDING", "Wordt verzonden"],
  ["SENT", "Verzonden"],
  ["FAILED", "Mislukt"],
  ["CANCELLED", "Niet verzonden (account gedeactiveerd)"],
] as const);
export type MailStatus = (typeof MAIL_STATUS.values)[number];

export const NOTIFICATION_KIND = labelledEnum([
  ["PERIOD_OPENED", "Periode geopend"],
  ["DEADLINE_REMINDER", "Herinnering deadline"],
  ["DEADLINE_PASSED", "Deadline verstreken"],
  ["UPDATES_OVERDUE", "Updates te laat"],
  ["UPDATE_SUBMITTED", "Update ingediend"],
  ["UPDATE_RETURNED", "Update teruggestuurd"],
  ["UPDATE_APPROVED", "Update goedgekeurd"],
  ["ASSESSMENT_RELEASED", "Beoordeling vastgesteld"],
  ["ORGANISATION_PROPOSED", "Organisatie voorgesteld"],
  ["ASSESSMENT_REMINDER", "Herinnering beoordelingen"],
  ["ASSESSMENT_DEADLINE_PASSED", "Deadline beoordelingen verstreken"],
] as const);
export type NotificationKind = (typeof NOTIFICATION_KIND.values)[number];

export const MAIL_PREFERENCE = labelledEnum([
  ["IMMEDIATE", "Direct per e-mail"],
  ["DAILY", "Eén samenvatting per dag"],
  ["NONE", "Niet per e-mail (alleen in Regiotafel)"],
] as const);
export type MailPreference = (typeof MAIL_PREFERENCE.values)[number];
