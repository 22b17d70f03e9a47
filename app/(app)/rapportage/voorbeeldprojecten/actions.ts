"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/core/action";
import { chooseShowcase } from "@/lib/server/report/showcase";
import { showcaseChoiceSchema } from "@/lib/domain/validation/showcase";
import type { ActionResult } from "@/lib/server/core/action";

/** Set or clear a region's showcase project for a period (Bijlage 2). WIR. */
export async function chooseShowcaseAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(showcaseChoiceSchema, formData, (ctx, data) => chooseShowcase(ctx, data), "Het voorbeeldproject is opgeslagen.");
  if (result.ok) revalidatePath("/rapportage/voorbeeldprojecten");
  return result;
}
