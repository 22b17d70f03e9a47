"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import { saveLibraryIndicator } from "@/lib/server/results/library";
import { libraryIndicatorSchema } from "@/lib/domain/results/validation";

/** WIR keeps the indicator library (permission indicator:manage, checked in lib/server). */
export async function saveLibraryIndicatorAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(libraryIndicatorSchema, formData, (ctx, data) => saveLibraryIndicator(ctx, data));
  if (result.ok) {
    result.message = "De indicator is opgeslagen in de bibliotheek.";
    revalidatePath("/beheer/indicatoren");
  }
  return result;
}
