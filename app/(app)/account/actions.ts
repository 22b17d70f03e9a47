"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import { changeOwnName, changeOwnPassword } from "@/lib/server/accounts";
import { changeNameInput, changePasswordInput, disableTwoFactorInput, twoFactorCodeInput } from "@/lib/domain/validation/account";
import { confirmTwoFactorSetup, disableTwoFactor, regenerateRecoveryCodes, startTwoFactorSetup } from "@/lib/server/accounts/two-factor";
import { keepCurrentSession } from "@/lib/server/accounts/session";
import { z } from "zod";

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

/*
 * Two-factor sign-in (ADR 0011). Starting and confirming the setup are open to an account that
 * must set it up before anything else (REQUIRE_2FA): `{ twoFactorSetup: true }`.
 */
const refreshTwoFactorPages = () => {
  revalidatePath("/account");
  revalidatePath("/tweestapsverificatie");
};

export async function startTwoFactorSetupAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const result = await runAction(z.object({}), formData, async (ctx) => {
    await startTwoFactorSetup(ctx);
    return undefined;
  }, undefined, { twoFactorSetup: true });
  if (result.ok) refreshTwoFactorPages();
  return result;
}

export async function confirmTwoFactorSetupAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const result = await runAction(
    twoFactorCodeInput,
    formData,
    async (ctx, data) => {
      const { recoveryCodes, sessionEpoch } = await confirmTwoFactorSetup(ctx, data);
      await keepCurrentSession(ctx.actor.userId, sessionEpoch); // the other sessions have ended
      return { recoveryCodes };
    },
    "Tweestapsverificatie staat aan. Bent u ook ergens anders ingelogd, dan bent u daar uitgelogd.",
    { twoFactorSetup: true },
  );
  if (result.ok) refreshTwoFactorPages();
  return result.ok ? result : { ...result, values: undefined };
}

export async function regenerateRecoveryCodesAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const result = await runAction(twoFactorCodeInput, formData, (ctx, data) => regenerateRecoveryCodes(ctx, data), "Er zijn nieuwe herstelcodes; de oude werken niet meer.");
  if (result.ok) refreshTwoFactorPages();
  return result.ok ? result : { ...result, values: undefined };
}

export async function disableTwoFactorAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const result = await runAction(disableTwoFactorInput, formData, async (ctx, data) => {
    await disableTwoFactor(ctx, data);
    return undefined;
  }, "Tweestapsverificatie staat uit.");
  if (result.ok) refreshTwoFactorPages();
  // the typed password and code never go back to the browser
  return result.ok ? result : { ...result, values: undefined };
}
