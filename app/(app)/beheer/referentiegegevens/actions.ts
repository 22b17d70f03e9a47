"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/core/action";
import { mergeConcessiehouders, saveConcessiehouder, saveHoofdrubriek, saveTheme, transferRegion } from "@/lib/server/reference-data/admin";
import { concessiehouderSchema, hoofdrubriekSchema, mergerSchema, themeSchema, transferSchema } from "@/lib/domain/validation/reference-data";

const PAGE = "/beheer/referentiegegevens";

/** The beheerder's reference-data forms (useFormAction); permission and version checks in lib/server. */
export async function saveConcessiehouderAction(_prev: unknown, formData: FormData) {
  const result = await runAction(concessiehouderSchema, formData, (ctx, data) => saveConcessiehouder(ctx, data), "De concessiehouder is opgeslagen.");
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function transferRegionAction(_prev: unknown, formData: FormData) {
  const result = await runAction(transferSchema, formData, (ctx, data) => transferRegion(ctx, data), "De overdracht is vastgelegd. Rapporten van eerdere perioden blijven ongewijzigd.");
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function mergeConcessiehoudersAction(_prev: unknown, formData: FormData) {
  const result = await runAction(mergerSchema, formData, (ctx, data) => mergeConcessiehouders(ctx, data), "De fusie is vastgelegd. Rapporten van eerdere perioden blijven ongewijzigd.");
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function saveHoofdrubriekAction(_prev: unknown, formData: FormData) {
  const result = await runAction(hoofdrubriekSchema, formData, (ctx, data) => saveHoofdrubriek(ctx, data), "De hoofdrubriek is opgeslagen.");
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function saveThemeAction(_prev: unknown, formData: FormData) {
  const result = await runAction(themeSchema, formData, (ctx, data) => saveTheme(ctx, data), "Het thema is opgeslagen.");
  if (result.ok) revalidatePath(PAGE);
  return result;
}
