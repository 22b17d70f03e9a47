"use server";
import { runPublicAction } from "@/lib/server/accounts/public-action";
import { requestPasswordReset } from "@/lib/server/accounts";
import { forgotPasswordInput } from "@/lib/domain/validation/account";

/** The same answer whether or not the address has an account. */
const FORGOT_PASSWORD_ANSWER =
  "Als er een account is met dit e-mailadres, ontvangt u binnen enkele minuten een e-mail met een link om een nieuw wachtwoord te kiezen. De link is een uur geldig. Geen e-mail ontvangen? Kijk in uw map met ongewenste e-mail of vraag de beheerder.";

export async function forgotPasswordAction(_prev: unknown, formData: FormData) {
  return runPublicAction(forgotPasswordInput, formData, async (db, data, clientAddress) => {
    await requestPasswordReset(db, data.email, clientAddress);
    return undefined;
  }, FORGOT_PASSWORD_ANSWER);
}
