/**
 * Validation of per-period judgements (a WIR assessment or an inkoper's proposal) and of region
 * process scores, shared by server actions, route handlers and lib/server. Pure: no I/O.
 */
import { z } from "zod";
import { IMPACT, PROJECT_STATUS, RESULT_SHARING, SCALABILITY, type Impact, type ProjectStatus, type ResultSharing, type Scalability } from "./enums";

const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

function optionalChoice<T extends string>(values: readonly T[], what: string) {
  return z.preprocess(blankToNull, z.enum(values as [T, ...T[]], { error: `Kies een geldige ${what}.` }).nullable());
}

/** "" or absent = unknown (null); otherwise a whole number 0–10 000. */
export const careOrgCountSchema = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? null : v.trim()) : (v ?? null)),
  z.coerce
    .number({ error: "Vul een heel getal in, of laat leeg als het aantal onbekend is." })
    .int({ error: "Vul een heel getal in, of laat leeg als het aantal onbekend is." })
    .min(0, { error: "Het aantal kan niet negatief zijn." })
    .max(10_000, { error: "Dat aantal is niet aannemelijk (maximaal 10 000)." })
    .nullable(),
);

export const versionSchema = z.coerce.number({ error: "Ongeldige versie." }).int().min(0, { error: "Ongeldige versie." });

export const judgementFields = {
  status: optionalChoice(PROJECT_STATUS.values, "projectstatus"),
  impact: optionalChoice(IMPACT.values, "mate van impact"),
  sharing: optionalChoice(RESULT_SHARING.values, "waarde voor delen van resultaten"),
  scalability: optionalChoice(SCALABILITY.values, "waarde voor opschaalbaarheid"),
  careOrgCount: careOrgCountSchema,
  note: z.preprocess((v) => (v == null ? "" : v), z.string().trim().max(4000, { error: "De notitie is te lang (maximaal 4000 tekens)." })),
};

/** One judgement of one project at one period. `version` 0 = there was none when the form was loaded. */
export const judgementSchema = z.object({
  projectId: z.string().min(1, { error: "Project ontbreekt." }).max(60),
  periodId: z.string().min(1, { error: "Periode ontbreekt." }).max(60),
  version: versionSchema,
  ...judgementFields,
});
export type JudgementInput = z.infer<typeof judgementSchema>;

export type Judgement = {
  status: ProjectStatus | null;
  impact: Impact | null;
  sharing: ResultSharing | null;
  scalability: Scalability | null;
  careOrgCount: number | null;
  note: string;
};
export const JUDGEMENT_KEYS = ["status", "impact", "sharing", "scalability", "careOrgCount", "note"] as const;

/** Complete = the four choices made; the number of organisations may be unknown. */
export function isCompleteJudgement(j: Pick<Judgement, "status" | "impact" | "sharing" | "scalability"> | null | undefined): boolean {
  return !!j && j.status != null && j.impact != null && j.sharing != null && j.scalability != null;
}

export function sameJudgement(a: Judgement, b: Judgement): boolean {
  return JUDGEMENT_KEYS.every((k) => (a[k] ?? null) === (b[k] ?? null));
}

/**
 * The bulk assessment form posts fields named `<field>:<projectId>` (status:abc, version:abc …).
 * Groups them into one row per project; fields a row does not post (such as the note) stay absent.
 */
export function bulkRowsFromForm(values: Record<string, unknown>): Record<string, unknown>[] {
  const rows = new Map<string, Record<string, unknown>>();
  for (const [key, value] of Object.entries(values)) {
    const m = /^(status|impact|sharing|scalability|careOrgCount|note|version):(.+)$/.exec(key);
    if (!m) continue;
    const row = rows.get(m[2]) ?? { projectId: m[2] };
    row[m[1]] = Array.isArray(value) ? value[value.length - 1] : value;
    rows.set(m[2], row);
  }
  return [...rows.values()];
}

export const bulkRowSchema = z.object({
  projectId: z.string().min(1).max(60),
  version: versionSchema,
  status: judgementFields.status,
  impact: judgementFields.impact,
  sharing: judgementFields.sharing,
  scalability: judgementFields.scalability,
  careOrgCount: judgementFields.careOrgCount,
});
export type BulkRowInput = z.infer<typeof bulkRowSchema>;

function phase(max: number, what: string) {
  return z.preprocess(
    (v) => (v === "" || v == null ? null : v),
    z.coerce
      .number({ error: `Kies een fase voor ${what}.` })
      .int({ error: `Kies een fase voor ${what}.` })
      .min(1, { error: `Kies een fase 1 tot en met ${max} voor ${what}.` })
      .max(max, { error: `Kies een fase 1 tot en met ${max} voor ${what}.` })
      .nullable(),
  );
}

/** One region's process scores at a period (1–4, 1–4, 1–5; empty = not scored). */
export const regionScoreSchema = z.object({
  regionId: z.string().min(1).max(60),
  version: versionSchema,
  agreements: phase(4, "afspraken / convenanten"),
  dynamics: phase(4, "samenwerkingsdynamiek"),
  vision: phase(5, "regiovisie"),
  note: judgementFields.note,
});
export type RegionScoreInput = z.infer<typeof regionScoreSchema>;

/** Region score forms post `<field>:<regionId>`. */
export function regionRowsFromForm(values: Record<string, unknown>): Record<string, unknown>[] {
  const rows = new Map<string, Record<string, unknown>>();
  for (const [key, value] of Object.entries(values)) {
    const m = /^(agreements|dynamics|vision|note|version):(.+)$/.exec(key);
    if (!m) continue;
    const row = rows.get(m[2]) ?? { regionId: m[2] };
    row[m[1]] = Array.isArray(value) ? value[value.length - 1] : value;
    rows.set(m[2], row);
  }
  return [...rows.values()];
}
