/**
 * Form schemas for accounts: invitations, edits, passwords. Dutch messages per field. The
 * password rule itself is lib/domain/password-policy.ts (checked on the server).
 */
import { z } from "zod";
import { ROLE } from "../enums";
import { idString, list, requiredText, versionField } from "./common";
import { passwordProblems, PASSWORD_MAX_LENGTH } from "../password-policy";

export const email = z
  .string({ error: "Vul een e-mailadres in." })
  .trim()
  .toLowerCase()
  .min(1, "Vul een e-mailadres in.")
  .max(254, "Een e-mailadres mag hoogstens 254 tekens lang zijn.")
  .pipe(z.email("Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl."));

export const personName = requiredText("Naam", 2, 120);

const optionalId = z.preprocess((v) => (v === "" || v === null || v === undefined ? null : v), idString.nullable());

/**
 * Roles with their scope, as the beheerder's form sends them: role checkboxes `roles`, and for
 * an inkoper the concessiehouder `concessiehouderId`.
 */
export const rolesInput = z
  .object({
    roles: list(z.enum(ROLE.values, { error: "Kies een bestaande rol." }), 4, "Rollen").pipe(
      z.array(z.enum(ROLE.values)).min(1, "Kies minstens één rol."),
    ),
    concessiehouderId: optionalId,
  })
  .superRefine((v, ctx) => {
    if (v.roles.includes("INKOPER") && !v.concessiehouderId) {
      ctx.addIssue({ code: "custom", path: ["concessiehouderId"], message: "Kies de concessiehouder waarvoor de inkoper werkt." });
    }
  });

export const inviteUserInput = z
  .object({ name: personName, email, organisationId: optionalId })
  .and(rolesInput);
export type InviteUserInput = z.infer<typeof inviteUserInput>;

export const editUserInput = z
  .object({ userId: idString, version: versionField, name: personName, email, organisationId: optionalId })
  .and(rolesInput);
export type EditUserInput = z.infer<typeof editUserInput>;

export const inviteLeaderInput = z.object({ projectId: idString, name: personName, email });
export type InviteLeaderInput = z.infer<typeof inviteLeaderInput>;

/** A new password, typed twice; the policy is checked with the person's e-mail address on the server. */
export const newPasswordInput = z
  .object({
    password: z.string({ error: "Vul een wachtwoord in." }).max(PASSWORD_MAX_LENGTH * 4, "Dit wachtwoord is te lang."),
    confirm: z.string({ error: "Herhaal het wachtwoord." }),
  })
  .superRefine((v, ctx) => {
    for (const message of passwordProblems(v.password)) ctx.addIssue({ code: "custom", path: ["password"], message });
    if (v.password !== v.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "De twee wachtwoorden zijn niet gelijk." });
  });

export const setPasswordWithTokenInput = z.object({ token: z.string().trim().min(20).max(200) }).and(newPasswordInput);

export const changePasswordInput = z
  .object({ current: z.string({ error: "Vul uw huidige wachtwoord in." }).min(1, "Vul uw huidige wachtwoord in.").max(1000) })
  .and(newPasswordInput);

export const changeNameInput = z.object({ name: personName, version: versionField });

export const forgotPasswordInput = z.object({ email });

/** A code from the authenticator app or a recovery code (two-factor sign-in, ADR 0011). */
const secondFactorCode = z.string({ error: "Vul de code in." }).trim().min(1, "Vul de code in.").max(40, "Deze code is te lang.");

export const twoFactorCodeInput = z.object({ code: secondFactorCode });

export const disableTwoFactorInput = z.object({
  password: z.string({ error: "Vul uw wachtwoord in." }).min(1, "Vul uw wachtwoord in.").max(1000),
  code: secondFactorCode,
});
