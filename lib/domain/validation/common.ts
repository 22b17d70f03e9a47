/**
 * Building blocks for the zod schemas of forms: every message is Dutch and names the field, so a
 * form can show it next to that field. Inputs arrive as strings (FormData) or as plain values
 * (client forms calling an action with an object); both are accepted.
 */
import { z } from "zod";

/** Free text, trimmed, at most `max` characters. HTML is kept as typed and always shown as text. */
export function text(label: string, max: number) {
  return z
    .string({ error: `${label}: vul tekst in.` })
    .trim()
    .max(max, `${label} mag hoogstens ${max} tekens lang zijn.`)
    .default("");
}

/** Required free text. */
export function requiredText(label: string, min: number, max: number) {
  return z
    .string({ error: `Vul ${label.toLowerCase()} in.` })
    .trim()
    .min(min, min <= 1 ? `Vul ${label.toLowerCase()} in.` : `${label} moet minstens ${min} tekens lang zijn.`)
    .max(max, `${label} mag hoogstens ${max} tekens lang zijn.`);
}

/** An id or code chosen from a list (never trusted: looked up on the server within scope). */
export const idString = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_&-]+$/, "Ongeldige keuze.");

/** "" / null / undefined → null; otherwise a whole number within bounds. */
export function optionalInt(label: string, min: number, max: number) {
  return z.preprocess(
    (v) => {
      if (v === "" || v === null || v === undefined) return null;
      if (typeof v === "string") {
        const cleaned = v.trim().replace(/[.\s]/g, "").replace(/^€/, "");
        return cleaned === "" ? null : Number(cleaned);
      }
      return v;
    },
    z
      .number({ error: `${label} moet een getal zijn.` })
      .int(`${label} moet een heel getal zijn.`)
      .min(min, min === 0 ? `${label} kan niet negatief zijn.` : `${label} moet minstens ${min} zijn.`)
      .max(max, `${label} mag hoogstens ${max.toLocaleString("nl-NL")} zijn.`)
      .nullable(),
  );
}

/** "" → null; otherwise an ISO date (yyyy-mm-dd) between 2000 and 2100. */
export function optionalDate(label: string) {
  return z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? null : v),
    z
      .string({ error: `${label}: vul een datum in.` })
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: vul een geldige datum in (dd-mm-jjjj).`)
      .refine((s) => {
        const d = new Date(`${s}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100;
      }, `${label}: vul een geldige datum in tussen 2000 en 2100.`)
      .nullable(),
  );
}

/** Checkbox: "on"/"true"/true → true; absent, "", "false" → false. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

/** The record's version the user started from (optimistic concurrency). 0 = a new record. */
export const versionField = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
  z.number({ error: "De versie van het formulier ontbreekt; laad de pagina opnieuw." }).int().min(0),
);

/** A list input: a single string from FormData becomes a one-element array. */
export function list<T extends z.ZodType>(item: T, max: number, label: string) {
  return z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(item).max(max, `${label}: hoogstens ${max}.`),
  );
}
