"use server";
import { runPublicAction } from "@/lib/server/accounts/public-action";
import { setPasswordWithToken } from "@/lib/server/accounts";
import { setPasswordWithTokenInput } from "@/lib/domain/validation/account";

/** Sets a password through an invitation or reset link (no sign-in needed; the link is the proof). */
export async function setPasswordAction(_prev: unknown, formData: FormData) {
  return runPublicAction(setPasswordWithTokenInput, formData, async (db, data, clientAddress) => {
    await setPasswordWithToken(db, data, clientAddress);
    return undefined;
  }, "Uw wachtwoord is ingesteld. U kunt nu inloggen.");
}
