"use server";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import type { Ctx } from "@/lib/server/accounts/session";
import { mergeConcessiehouders, saveConcessiehouder, saveHoofdrubriek, saveTheme, transferRegion } from "@/lib/server/reference-data/admin";
import { concessiehouderSchema, hoofdrubriekSchema, mergerSchema, themeSchema, transferSchema } from "@/lib/domain/validation/reference-data";

/** The action of one of the beheerder's reference-data forms (useFormAction): on success it says `message` and refreshes the page. Permission and version checks in lib/server. */
function referenceDataAction<S extends z.ZodType, T>(schema: S, run: (ctx: Ctx, data: z.infer<S>) => Promise<T>, message: string) {
  return async (_prev: unknown, formData: FormData): Promise<ActionResult<T>> => {
    const result = await runAction(schema, formData, run, message);
    if (result.ok) revalidatePath("/beheer/referentiegegevens");
    return result;
  };
}

export const saveConcessiehouderAction = referenceDataAction(concessiehouderSchema, saveConcessiehouder, "De concessiehouder is opgeslagen.");
export const transferRegionAction = referenceDataAction(transferSchema, transferRegion, "De overdracht is vastgelegd. Rapporten van eerdere perioden blijven ongewijzigd.");
export const mergeConcessiehoudersAction = referenceDataAction(mergerSchema, mergeConcessiehouders, "De fusie is vastgelegd. Rapporten van eerdere perioden blijven ongewijzigd.");
export const saveHoofdrubriekAction = referenceDataAction(hoofdrubriekSchema, saveHoofdrubriek, "De hoofdrubriek is opgeslagen.");
export const saveThemeAction = referenceDataAction(themeSchema, saveTheme, "Het thema is opgeslagen.");
