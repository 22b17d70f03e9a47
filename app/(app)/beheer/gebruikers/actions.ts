"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import { inviteUser, resendInvitation, setUserActive, startPasswordReset, updateUser } from "@/lib/server/accounts";
import { editUserInput, inviteUserInput } from "@/lib/domain/validation/account";
import { checkbox, idString, versionField } from "@/lib/domain/validation/common";
import { resetTwoFactor } from "@/lib/server/accounts/two-factor";

/** The beheerder invites someone (name, e-mail, organisation, roles with scope). */
export async function inviteUserAction(_prev: ActionResult<{ userId: string }> | null, formData: FormData): Promise<ActionResult<{ userId: string }>> {
  const result = await runAction(inviteUserInput, formData, (ctx, data) => inviteUser(ctx, data), "De uitnodiging is verstuurd.");
  if (result.ok) revalidatePath("/beheer/gebruikers");
  return result;
}

export async function updateUserAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(editUserInput, formData, async (ctx, data) => { await updateUser(ctx, data); return undefined; }, "De gegevens zijn opgeslagen.");
  if (result.ok) revalidatePath("/beheer/gebruikers");
  return result;
}

const accountActionInput = z.object({
  userId: idString,
  version: versionField,
  intent: z.enum(["deactivate", "activate", "resendInvitation", "resetPassword", "resetTwoFactor"], { error: "Onbekende handeling." }),
  confirmed: checkbox.optional(),
});

const MESSAGES = {
  deactivate: "Het account is gedeactiveerd. Een open sessie wordt bij de volgende klik geweigerd.",
  activate: "Het account is weer actief.",
  resendInvitation: "Er is een nieuwe uitnodiging verstuurd; de vorige link werkt niet meer.",
  resetPassword: "Er is een link verstuurd om een nieuw wachtwoord te kiezen.",
  resetTwoFactor: "Tweestapsverificatie staat uit voor dit account; de persoon stelt het opnieuw in (verplicht voor WIR en beheerder waar de installatie dat vraagt).",
} as const;

/** Deactivate, reactivate, resend the invitation or send a password link (the button pressed says which). */
export async function userAccountAction(_prev: ActionResult<string> | null, formData: FormData): Promise<ActionResult<string>> {
  const result = await runAction(accountActionInput, formData, async (ctx, data) => {
    if (data.intent === "deactivate" || data.intent === "activate") await setUserActive(ctx, { userId: data.userId, active: data.intent === "activate", version: data.version });
    else if (data.intent === "resendInvitation") await resendInvitation(ctx, data.userId);
    else if (data.intent === "resetTwoFactor") await resetTwoFactor(ctx, { userId: data.userId });
    else await startPasswordReset(ctx, data.userId);
    return MESSAGES[data.intent];
  });
  if (result.ok) {
    revalidatePath("/beheer/gebruikers");
    return { ...result, message: result.data };
  }
  return result;
}
