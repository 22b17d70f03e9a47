/**
 * The enumerations of results and the traject (issue 14), each with its Dutch label, defined
 * once. The Prisma schema uses the same codes.
 */
import { labelledEnum } from "../labels";

export const INDICATOR_UNIT = labelledEnum([
  ["PERCENT", "Percentage (%)"],
  ["COUNT", "Aantal"],
  ["SCORE_10", "Rapportcijfer (1–10)"],
  ["DAYS", "Dagen"],
  ["HOURS", "Uren"],
] as const);
export type IndicatorUnit = (typeof INDICATOR_UNIT.values)[number];

/** What a value of each unit may be: the one range check for forms and the importer. */
export const UNIT_RULES: Readonly<Record<IndicatorUnit, { min: number; max: number; integer: boolean; suffix: string }>> = {
  PERCENT: { min: 0, max: 100, integer: false, suffix: "%" },
  COUNT: { min: 0, max: 1_000_000, integer: true, suffix: "" },
  SCORE_10: { min: 1, max: 10, integer: false, suffix: "" },
  DAYS: { min: 0, max: 3650, integer: false, suffix: " dagen" },
  HOURS: { min: 0, max: 10_000_000, integer: false, suffix: " uur" },
};

/** Why `value` is not a valid value of `unit`, in Dutch; null when it is. */
export function unitValueProblem(unit: IndicatorUnit, value: number): string | null {
  const rule = UNIT_RULES[unit];
  if (!Number.isFinite(value)) return "Vul een getal in.";
  if (rule.integer && !Number.isInteger(value)) return `${INDICATOR_UNIT.label(unit)}: vul een heel getal in.`;
  if (value < rule.min || value > rule.max) {
    return `${INDICATOR_UNIT.label(unit)}: vul een waarde in van ${rule.min.toLocaleString("nl-NL")} tot en met ${rule.max.toLocaleString("nl-NL")}.`;
  }
  return null;
}

export const INDICATOR_DIRECTION = labelledEnum([
  ["HIGHER_IS_BETTER", "Hoger is beter"],
  ["LOWER_IS_BETTER", "Lager is beter"],
] as const);
export type IndicatorDirection = (typeof INDICATOR_DIRECTION.values)[number];

/** The traject of a project, in order (seed: intake, scan, plan, decision, execution, evaluations, borging). */
export const TRAJECT_STAGE = labelledEnum([
  ["INTAKE", "Intake"],
  ["SCAN", "Scan / nulmeting"],
  ["PLAN", "Plan van aanpak"],
  ["FUNDING", "Financieringsbesluit zorgkantoor"],
  ["EXECUTION", "Uitvoering"],
  ["MIDTERM", "Tussenevaluatie"],
  ["FINAL", "Eindevaluatie"],
  ["BORGING", "Borging"],
] as const);
export type TrajectStage = (typeof TRAJECT_STAGE.values)[number];

export const FUNDING_DECISION = labelledEnum([
  ["GRANTED", "Toegekend"],
  ["PARTLY_GRANTED", "Gedeeltelijk toegekend"],
  ["REFUSED", "Afgewezen"],
] as const);
export type FundingDecision = (typeof FUNDING_DECISION.values)[number];

export const TRANSFERABILITY = labelledEnum([
  ["YES", "Ja, de aanpak kan elders worden overgenomen"],
  ["WITH_ADAPTATION", "Ja, met aanpassingen aan de eigen situatie"],
  ["NO", "Nee, de aanpak past alleen hier"],
] as const);
export type Transferability = (typeof TRANSFERABILITY.values)[number];

/** What helped a project last (success factors), in our own words. */
export const SUCCESS_FACTOR = labelledEnum([
  ["EASY_CONTACT", "Laagdrempelig contact en een gastvrije houding"],
  ["DEDICATED_COORDINATOR", "Een vaste coördinator of coach die het aanjaagt"],
  ["CLIENT_NETWORK", "Cliënt en zijn netwerk vanaf het begin betrokken"],
  ["CLEAR_AGREEMENTS", "Heldere kaders, rollen en afspraken"],
  ["BROAD_SUPPORT", "Draagvlak bij medewerkers, leiding en bestuur"],
  ["GOOD_COMMUNICATION", "Duidelijke communicatie en een vast aanspreekpunt"],
  ["TRAINING", "Scholing en ruimte om te oefenen"],
  ["TECHNOLOGY", "Handige digitale hulpmiddelen"],
  ["LOCAL_NETWORK", "Samenwerking met de buurt, scholen en verenigingen"],
  ["KNOWLEDGE_PARTNER", "Samenwerking met een hogeschool of kennisinstelling"],
] as const);
export type SuccessFactor = (typeof SUCCESS_FACTOR.values)[number];

/** What got in the way (barriers), in our own words. */
export const BARRIER = labelledEnum([
  ["UNCERTAINTY_STAFF", "Onzekerheid bij medewerkers over wat mag en kan"],
  ["CULTURE", "Verschillen in cultuur en verwachtingen"],
  ["UNCLEAR_ROLES", "Onduidelijke rollen en verantwoordelijkheden"],
  ["FUNDING_ENDS", "Financiering stopt of is maar voor een jaar"],
  ["ICT", "ICT-systemen passen niet bij de werkwijze"],
  ["RULES", "Wet- en regelgeving (zoals privacy)"],
  ["STAFF_SHORTAGE", "Personeelstekort en hoge werkdruk"],
  ["LOST_CONNECTIONS", "Verbindingen die wegvielen en moeilijk terugkomen"],
  ["FAMILY_LOAD", "Naasten die zelf ondersteuning nodig hebben"],
] as const);
export type Barrier = (typeof BARRIER.values)[number];

/** What a final evaluation says: shown on the project page and on the public project card. */
export type FinalEvaluationContent = {
  resultsSummary: string;
  successFactors: SuccessFactor[];
  barriers: Barrier[];
  factorsNote: string;
  borgingPlan: string;
  transferable: Transferability | null;
  transferNote: string;
};

/** A stored evaluation row as FinalEvaluationContent, keeping only known tag codes. */
export function finalEvaluationContent(e: { resultsSummary: string; successFactors: string[]; barriers: string[]; factorsNote: string; borgingPlan: string; transferable: string | null; transferNote: string }): FinalEvaluationContent {
  return {
    resultsSummary: e.resultsSummary,
    successFactors: e.successFactors.filter((f): f is SuccessFactor => SUCCESS_FACTOR.is(f)),
    barriers: e.barriers.filter((b): b is Barrier => BARRIER.is(b)),
    factorsNote: e.factorsNote,
    borgingPlan: e.borgingPlan,
    transferable: e.transferable && TRANSFERABILITY.is(e.transferable) ? e.transferable : null,
    transferNote: e.transferNote,
  };
}

const valueFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

/** A value with its unit, Dutch: "7,3", "12,5%", "14 dagen". */
export function formatIndicatorValue(unit: IndicatorUnit, value: number | null | undefined): string {
  if (value == null) return "—";
  return `${valueFormat.format(value)}${UNIT_RULES[unit].suffix}`;
}
