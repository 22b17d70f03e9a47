"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import { saveUpdate } from "@/lib/server/updates";
import { updateInputSchema } from "@/lib/domain/validation/update";

/** The leader saves ("save") or submits ("submit") a period update. */
export async function saveUpdateAction(input: Record<string, unknown>) {
  const result = await runAction(updateInputSchema, input, (ctx, data) => saveUpdate(ctx, data), input.intent === "submit" ? "De update is ingediend." : "De update is opgeslagen als concept.");
  if (result.ok) {
    revalidatePath("/updates");
    revalidatePath(`/projecten/${String(input.projectId)}`);
  }
  return result;
}
