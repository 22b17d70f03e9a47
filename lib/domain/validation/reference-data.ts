/**
 * The beheerder's reference-data forms: concessiehouders, the transfer of a zorgkantoorregio (or
 * all regions of a concessiehouder, a merger) from a date on, hoofdrubrieken and themes.
 */
import { z } from "zod";
import { THEME_GROUP } from "../enums";
import { checkbox, idString, requiredText, versionField } from "./common";

const code = (label: string) =>
  z
    .string({ error: `Vul de code van ${label} in.` })
    .trim()
    .toUpperCase()
    .min(2, `De code van ${label} moet minstens 2 tekens lang zijn.`)
    .max(40, `De code van ${label} mag hoogstens 40 tekens lang zijn.`)
    .regex(/^[A-Z0-9_-]+$/, `De code van ${label} bestaat uit hoofdletters, cijfers, - en _.`);

const reportOrder = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
  z.number({ error: "Vul de volgorde in het rapport in (een heel getal)." }).int("De volgorde moet een heel getal zijn.").min(1, "De volgorde is minstens 1.").max(999, "De volgorde is hoogstens 999."),
);

/** "" (a new record) → undefined */
const optionalId = z.preprocess((v) => (v === "" ? undefined : v), idString.optional());

/** A day, as the date field sends it (yyyy-mm-dd). */
const day = (label: string) =>
  z
    .string({ error: `Vul ${label} in.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Vul ${label} in als datum.`)
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100;
    }, `Vul ${label} in als geldige datum tussen 2000 en 2100.`);

export const concessiehouderSchema = z.object({
  id: optionalId,
  code: code("de concessiehouder"),
  name: requiredText("De naam", 2, 120),
  reportOrder,
  supported: checkbox,
  version: versionField,
});
export type ConcessiehouderInput = z.infer<typeof concessiehouderSchema>;

/** One zorgkantoorregio to another concessiehouder from a date on. */
export const transferSchema = z.object({
  zorgkantoorregioId: idString,
  concessiehouderId: z.string({ error: "Kies de nieuwe concessiehouder." }).trim().min(1, "Kies de nieuwe concessiehouder.").pipe(idString),
  validFrom: day("de ingangsdatum"),
  version: versionField,
});
export type TransferInput = z.infer<typeof transferSchema>;

/** Every region of one concessiehouder to another from a date on (a merger or takeover). */
export const mergerSchema = z
  .object({
    fromId: z.string({ error: "Kies de concessiehouder die opgaat in een andere." }).trim().min(1, "Kies de concessiehouder die opgaat in een andere.").pipe(idString),
    intoId: z.string({ error: "Kies de concessiehouder die de regio's overneemt." }).trim().min(1, "Kies de concessiehouder die de regio's overneemt.").pipe(idString),
    validFrom: day("de ingangsdatum"),
  })
  .refine((m) => m.fromId !== m.intoId, { path: ["intoId"], message: "Kies twee verschillende concessiehouders." });
export type MergerInput = z.infer<typeof mergerSchema>;

export const hoofdrubriekSchema = z.object({
  id: optionalId,
  code: code("de hoofdrubriek"),
  label: requiredText("De naam", 2, 160),
  reportOrder,
  version: versionField,
});
export type HoofdrubriekInput = z.infer<typeof hoofdrubriekSchema>;

export const themeSchema = z.object({
  id: optionalId,
  code: code("het thema"),
  label: requiredText("De naam", 2, 160),
  group: z.enum(THEME_GROUP.values as ["CONTENT", "PRECONDITION"], { error: "Kies of het thema over de inhoud of over een randvoorwaarde gaat." }),
  reportOrder,
  version: versionField,
});
export type ThemeInput = z.infer<typeof themeSchema>;
