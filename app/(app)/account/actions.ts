"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import { changeOwnName, changeOwnPassword } from "@/lib/server/accounts";
import { changeNameInput, changePasswordInput } from "@/lib/domain/validation/account";

export async function changeOwnNameAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const result = await runAction(changeNameInput, formData, async (ctx, data) => {
    await changeOwnName(ctx, data);
    return undefined;
  }, "Uw naam is opgeslagen.");
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function changeOwnPasswordAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const result = await runAction(changePasswordInput, formData, async (ctx, data) => {
    await changeOwnPassword(ctx, data);
    return undefined;
  }, "Uw wachtwoord is gewijzigd.");
  // The typed passwords never go back to the browser.
  return result.ok ? result : { ...result, values: undefined };
}
