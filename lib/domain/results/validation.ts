/**
 * Validation of the results forms (issue 14): library indicators, a project's indicators with
 * baseline and target, measurements, traject steps, the funding decision and the final
 * evaluation. Range checks that depend on the indicator's unit run where the unit is known
 * (lib/server/results, and the importer) through `unitValueProblem`.
 */
import { z } from "zod";
import { HOOFDRUBRIEKEN, KWALITEITSKADER_THEMES } from "../reference-data";
import { checkbox, idString, list, optionalDate, optionalInt, requiredText, text, versionField } from "../validation/common";
import { BARRIER, FUNDING_DECISION, INDICATOR_DIRECTION, INDICATOR_UNIT, SUCCESS_FACTOR, TRAJECT_STAGE, TRANSFERABILITY } from "./enums";

/** "7,3" / "7.3" / 7.3 → 7.3; "" → null. Thousands separators are not accepted (ambiguous). */
export function parseDecimal(v: unknown): number | null | typeof NaN {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number") return v;
  if (typeof v !== "string") return NaN;
  const s = v.trim().replace(/\s|%/g, "");
  if (s === "") return null;
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return NaN;
  return Number(s.replace(",", "."));
}

/**
 * "1.500", "12.000", "1.250.000": in Dutch the point groups thousands, elsewhere it is the decimal
 * sign. Such text is refused rather than guessed (1.500 uur mantelzorg must never become 1,5 uur).
 */
export function looksLikeThousands(v: unknown): boolean {
  return typeof v === "string" && /^-?[1-9]\d{0,2}(\.\d{3})+$/.test(v.trim().replace(/\s|%/g, ""));
}

/** A value a person typed in a form, or text from a CSV cell: as `parseDecimal`, but `looksLikeThousands` is refused. */
export function parseTypedDecimal(v: unknown): number | null | typeof NaN {
  if (looksLikeThousands(v)) return NaN;
  return parseDecimal(v);
}

/** Why a text value such as "1.500" is refused (the importer's message). */
export const THOUSANDS_MESSAGE = "Onduidelijk getal: een punt scheidt in het Nederlands duizendtallen. Schrijf 1500 voor duizendvijfhonderd of 1,5 voor anderhalf.";

/** How to write a number, for the messages of the value fields. */
export const DECIMAL_HINT = "bijvoorbeeld 7,3 of 1500 (zonder punt voor duizendtallen)";

export function optionalDecimal(label: string) {
  return z.preprocess(parseTypedDecimal, z.number({ error: `${label}: vul een getal in, ${DECIMAL_HINT}.` }).nullable());
}


function choice<T extends string>(values: readonly T[], message: string) {
  return z.enum(values as unknown as [T, ...T[]], { error: message });
}

const optionalChoice = <T extends string>(values: readonly T[], message: string) =>
  z.preprocess((v) => (v === "" || v === undefined ? null : v), choice(values, message).nullable());

const HOOFDRUBRIEK_CODES = HOOFDRUBRIEKEN.map((h) => h.code);
const THEME_CODES = KWALITEITSKADER_THEMES.map((t) => t.code);

/** An indicator of the library (WIR). Without id: a new one. */
export const libraryIndicatorSchema = z.object({
  id: z.preprocess((v) => (v === "" ? undefined : v), idString.optional()),
  version: versionField,
  code: z
    .string({ error: "Vul een code in." })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9_]{1,39}$/, "Code: 2 tot 40 hoofdletters, cijfers of _, beginnend met een letter (bijvoorbeeld VERZUIM).")
    .refine((c) => !c.startsWith("EIGEN"), "Codes die met EIGEN beginnen zijn voor eigen indicatoren van projecten."),
  name: requiredText("Naam", 3, 120),
  definition: requiredText("Definitie", 10, 1000),
  unit: choice(INDICATOR_UNIT.values, "Kies een eenheid uit de lijst."),
  direction: choice(INDICATOR_DIRECTION.values, "Kies welke richting beter is."),
  hoofdrubriekCodes: list(choice(HOOFDRUBRIEK_CODES, "Kies hoofdrubrieken uit de lijst."), HOOFDRUBRIEK_CODES.length, "Hoofdrubrieken"),
  themeCodes: list(choice(THEME_CODES, "Kies kwaliteitskader-thema's uit de lijst."), THEME_CODES.length, "Kwaliteitskader-thema's"),
  active: checkbox,
});
export type LibraryIndicatorInput = z.infer<typeof libraryIndicatorSchema>;

const baselineTargetFields = {
  baselineValue: optionalDecimal("Nulmeting"),
  baselineDate: optionalDate("Datum nulmeting"),
  baselineMethod: text("Hoe gemeten", 500),
  targetValue: optionalDecimal("Streefwaarde"),
  targetDate: optionalDate("Streefdatum"),
};

/**
 * A project chooses an indicator from the library (indicatorId) or adds its own (own* fields),
 * with baseline and target. Without projectIndicatorId: a new one.
 */
export const projectIndicatorSchema = z
  .object({
    projectId: idString,
    projectIndicatorId: z.preprocess((v) => (v === "" ? undefined : v), idString.optional()),
    version: versionField,
    source: z.enum(["library", "own"], { error: "Kies een indicator uit de bibliotheek of voeg een eigen indicator toe." }).default("library"),
    indicatorId: z.preprocess((v) => (v === "" ? undefined : v), idString.optional()),
    ownName: text("Naam van de eigen indicator", 120),
    ownDefinition: text("Definitie van de eigen indicator", 1000),
    ownUnit: optionalChoice(INDICATOR_UNIT.values, "Kies een eenheid uit de lijst."),
    ownDirection: optionalChoice(INDICATOR_DIRECTION.values, "Kies welke richting beter is."),
    ...baselineTargetFields,
  })
  .superRefine((v, ctx) => {
    if (!v.projectIndicatorId) {
      if (v.source === "library" && !v.indicatorId) ctx.addIssue({ code: "custom", path: ["indicatorId"], message: "Kies een indicator uit de bibliotheek." });
      if (v.source === "own") {
        if (v.ownName.length < 3) ctx.addIssue({ code: "custom", path: ["ownName"], message: "Geef de eigen indicator een naam van minstens 3 tekens." });
        if (!v.ownUnit) ctx.addIssue({ code: "custom", path: ["ownUnit"], message: "Kies de eenheid van de eigen indicator." });
        if (!v.ownDirection) ctx.addIssue({ code: "custom", path: ["ownDirection"], message: "Kies welke richting beter is." });
      }
    }
    if (v.baselineValue !== null && !v.baselineDate) ctx.addIssue({ code: "custom", path: ["baselineDate"], message: "Vul de datum van de nulmeting in." });
    if (v.targetValue !== null && !v.targetDate) ctx.addIssue({ code: "custom", path: ["targetDate"], message: "Vul de datum in waarop de streefwaarde bereikt moet zijn." });
    if (v.baselineDate && v.targetDate && v.targetDate <= v.baselineDate) {
      ctx.addIssue({ code: "custom", path: ["targetDate"], message: "De streefdatum moet na de datum van de nulmeting liggen." });
    }
  });
export type ProjectIndicatorInput = z.infer<typeof projectIndicatorSchema>;

export const removeProjectIndicatorSchema = z.object({ projectId: idString, projectIndicatorId: idString, version: versionField });

/**
 * The measurements of a project's indicators in the open period (one form: parallel lists).
 * An empty value means "not measured this period" and removes an earlier value of this period.
 */
export const measurementsSchema = z
  .object({
    projectId: idString,
    projectIndicatorId: list(idString, 50, "Indicatoren"),
    value: list(z.string().max(40), 50, "Meetwaarden"),
    note: list(z.string().trim().max(500, "Toelichting bij een meting mag hoogstens 500 tekens lang zijn."), 50, "Toelichtingen"),
    /** the version of this period's measurement the form started from; 0 = none yet */
    version: list(z.string().regex(/^\d+$/), 50, "Versies"),
    /** rows the form prefilled with an earlier period's value */
    carried: list(idString, 50, "Overgenomen metingen"),
    /** of those, the rows the leader marked (or changed) as measured in this period */
    measured: list(idString, 50, "Gemeten"),
  })
  .transform((v, ctx) => {
    const items: { projectIndicatorId: string; value: number | null; note: string; version: number; carriedOver: boolean }[] = [];
    v.projectIndicatorId.forEach((id, i) => {
      const value = parseTypedDecimal(v.value[i] ?? "");
      if (Number.isNaN(value)) ctx.addIssue({ code: "custom", path: [`value.${i}`], message: `Vul een getal in, ${DECIMAL_HINT}, of laat het veld leeg.` });
      else {
        // a value carried over from an earlier period is no measurement of this one until the leader says so
        const carriedOver = v.carried.includes(id) && !v.measured.includes(id);
        items.push({ projectIndicatorId: id, value: value as number | null, note: (v.note[i] ?? "").trim(), version: Number(v.version[i] ?? 0), carriedOver });
      }
    });
    return { projectId: v.projectId, items };
  });
export type MeasurementsInput = z.infer<typeof measurementsSchema>;

/** A leader records (or moves) a stage of the traject. The funding decision is the inkoper's. */
export const trajectStepSchema = z.object({
  projectId: idString,
  stage: choice(
    TRAJECT_STAGE.values.filter((s) => s !== "FUNDING"),
    "Kies een fase uit de lijst (het financieringsbesluit legt het zorgkantoor vast).",
  ),
  date: optionalDate("Datum").refine((d) => d !== null, "Vul de datum in waarop deze fase begon."),
  note: text("Toelichting", 1000),
  version: versionField,
});
export type TrajectStepInput = z.infer<typeof trajectStepSchema>;

export const fundingDecisionSchema = z.object({
  projectId: idString,
  decision: choice(FUNDING_DECISION.values, "Kies het besluit."),
  date: optionalDate("Datum van het besluit").refine((d) => d !== null, "Vul de datum van het besluit in."),
  amountEuros: optionalInt("Bedrag", 0, 100_000_000),
  note: text("Toelichting", 1000),
  version: versionField,
}).superRefine((v, ctx) => {
  if (v.decision !== "REFUSED" && v.amountEuros === null) ctx.addIssue({ code: "custom", path: ["amountEuros"], message: "Vul het toegekende bedrag in euro's in." });
});
export type FundingDecisionInput = z.infer<typeof fundingDecisionSchema>;

export const finalEvaluationSchema = z.object({
  projectId: idString,
  version: versionField,
  resultsSummary: requiredText("Resultaten ten opzichte van de streefwaarden", 10, 5000),
  successFactors: list(choice(SUCCESS_FACTOR.values, "Kies succesfactoren uit de lijst."), SUCCESS_FACTOR.values.length, "Succesfactoren"),
  barriers: list(choice(BARRIER.values, "Kies belemmeringen uit de lijst."), BARRIER.values.length, "Belemmeringen"),
  factorsNote: text("Toelichting op succesfactoren en belemmeringen", 3000),
  borgingPlan: requiredText("Borgingsplan", 10, 5000),
  transferable: choice(TRANSFERABILITY.values, "Kies of de aanpak elders kan worden overgenomen."),
  transferNote: text("Toelichting op overdraagbaarheid", 2000),
});
export type FinalEvaluationInput = z.infer<typeof finalEvaluationSchema>;

/** For the value inputs: a number as the Dutch user types it (7,3). */
export function formatDecimalInput(value: number | null | undefined): string {
  return value == null ? "" : String(value).replace(".", ",");
}

