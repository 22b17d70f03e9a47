/** Publishing and withdrawing a project card: the checklist and the reason, validated. */
import { z } from "zod";

const version = z.coerce.number({ message: "Versie ontbreekt." }).int().min(1, "Versie ontbreekt.");
const id = z.string().trim().min(1, "Project ontbreekt.").max(40);
const confirmed = (message: string) => z.preprocess((v) => v === true || v === "on" || v === "true", z.literal(true, { message }));

export const publishCardSchema = z.object({
  projectId: id,
  version,
  noClientData: confirmed("Bevestig dat de kaart geen gegevens van cliënten of bewoners bevat."),
  contactsAgreed: confirmed("Bevestig dat de getoonde contactpersonen toestemming hebben gegeven."),
  /** the contacts shown publicly (they agreed); the others stay hidden */
  publicContactIds: z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(40)).max(20)),
});
export type PublishCardInput = z.infer<typeof publishCardSchema>;

export const withdrawCardSchema = z.object({
  projectId: id,
  version,
  reason: z.string().trim().min(5, "Geef de reden (minstens 5 tekens).").max(1000, "De reden is te lang (hoogstens 1000 tekens)."),
});
export type WithdrawCardInput = z.infer<typeof withdrawCardSchema>;
