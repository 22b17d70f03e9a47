"use server";
import { revalidatingAction } from "@/app/(app)/revalidating-action";
import { mergeConcessiehouders, saveConcessiehouder, saveHoofdrubriek, saveTheme, transferRegion } from "@/lib/server/reference-data/admin";
import { concessiehouderSchema, hoofdrubriekSchema, mergerSchema, themeSchema, transferSchema } from "@/lib/domain/validation/reference-data";

/** The beheerder's reference-data forms; permission and version checks in lib/server. After a save the page is refreshed. */
const page = () => ["/beheer/referentiegegevens"];

export const saveConcessiehouderAction = revalidatingAction(concessiehouderSchema, saveConcessiehouder, "De concessiehouder is opgeslagen.", page);
export const transferRegionAction = revalidatingAction(transferSchema, transferRegion, "De overdracht is vastgelegd. Rapporten van eerdere perioden blijven ongewijzigd.", page);
export const mergeConcessiehoudersAction = revalidatingAction(mergerSchema, mergeConcessiehouders, "De fusie is vastgelegd. Rapporten van eerdere perioden blijven ongewijzigd.", page);
export const saveHoofdrubriekAction = revalidatingAction(hoofdrubriekSchema, saveHoofdrubriek, "De hoofdrubriek is opgeslagen.", page);
export const saveThemeAction = revalidatingAction(themeSchema, saveTheme, "Het thema is opgeslagen.", page);
