"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/core/action";
import { saveUpdate } from "@/lib/server/updates";
import { updateInputSchema } from "@/lib/domain/validation/update";

/** The leader saves ("save") or submits ("submit") a period update. */
export async function saveUpdateAction(_prev: unknown, input: Record<string, unknown>) {
  const result = await runAction(
    updateInputSchema,
    input,
    async (ctx, data) => ({ ...(await saveUpdate(ctx, data)), projectId: data.projectId }), // saveUpdate found it in the leader's scope
    input.intent === "submit" ? "De update is ingediend." : "De update is opgeslagen als concept.",
  );
  if (result.ok) {
    revalidatePath("/updates");
    revalidatePath(`/projecten/${result.data.projectId}`);
  }
  return result;
}
