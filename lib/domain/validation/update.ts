/** Validation of the period update form. Messages in Dutch, per field. (The review decision: lib/server/review/updates.ts.) */
import { z } from "zod";
import { PROJECT_STATUS } from "../enums";
import { idString, optionalInt, text, versionField } from "./common";

export const UPDATE_TEXT_MAX = 5000;

export const updateFields = {
  status: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.enum(PROJECT_STATUS.values as unknown as [string, ...string[]], { error: "Kies een projectstatus uit de lijst." }).nullable(),
  ),
  progress: text("Voortgang", UPDATE_TEXT_MAX),
  resultsSoFar: text("Resultaten tot nu toe", UPDATE_TEXT_MAX),
  lessonsLearned: text("Geleerde lessen", UPDATE_TEXT_MAX),
  nextSteps: text("Volgende stappen", UPDATE_TEXT_MAX),
  risks: text("Risico's", UPDATE_TEXT_MAX),
  /** null = unknown */
  careOrgCount: optionalInt("Aantal betrokken zorgorganisaties", 0, 10_000),
};

/** Save (as concept) or submit the update of a project for a period. */
export const updateInputSchema = z
  .object({
    ...updateFields,
    projectId: idString,
    periodCode: z.string().trim().regex(/^\d{4}-\d{2}$/, "Onbekende rapportageperiode."),
    intent: z.enum(["save", "submit"], { error: "Kies opslaan of indienen." }),
    version: versionField,
  })
  .superRefine((u, ctx) => {
    if (u.intent !== "submit") return;
    if (!u.status) ctx.addIssue({ code: "custom", path: ["status"], message: "Kies de projectstatus voordat u indient." });
    if (!u.progress.trim()) ctx.addIssue({ code: "custom", path: ["progress"], message: "Beschrijf de voortgang voordat u indient." });
  });
export type UpdateInput = z.infer<typeof updateInputSchema>;
