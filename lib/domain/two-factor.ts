import type { Role } from "./enums";
import { onOffSetting, type OnOffSetting } from "./on-off-setting";

/**
 * Two-factor sign-in (ADR 0011): a time-based code from an authenticator app (TOTP, RFC 6238)
 * or, when the phone is not at hand, a one-time recovery code. Pure rules; the database side is
 * lib/server/accounts/two-factor.ts.
 */

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30 s, one step either way. */
export const TOTP = { algorithm: "sha1", digits: 6, periodSeconds: 30, toleranceSteps: 1, issuer: "Regiotafel" } as const;

export const RECOVERY_CODE_COUNT = 10;
/** Crockford's base32: no i, l, o, u, so a code read aloud or copied by hand is not misread. */
const RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const RECOVERY_LENGTH = 10; // 50 bits

/** The answer of the sign-in step when the password was right and a code is needed (the form shows the code field). */
export const TWO_FACTOR_REQUIRED = "Vul de code uit uw authenticator-app in (of een herstelcode).";
/** A wrong, expired or already used code at sign-in. */
export const TWO_FACTOR_WRONG = "Deze code klopt niet of is al gebruikt. Vul de nieuwste code uit uw authenticator-app in, of een herstelcode.";
/** Requests of a WIR or beheerder account that must set up two-factor sign-in first. */
export const TWO_FACTOR_SETUP_REQUIRED =
  "Stel eerst tweestapsverificatie in: op deze installatie is die verplicht voor uw rol. Ga naar Tweestapsverificatie (/tweestapsverificatie).";

/** The roles that must use two-factor sign-in where the installation requires it. */
export const TWO_FACTOR_ROLES: readonly Role[] = ["WIR", "BEHEERDER"];

export type TwoFactorSetting = OnOffSetting;

/**
 * REQUIRE_2FA: "on" or "off" (lib/domain/on-off-setting.ts); unset means on for a PostgreSQL server
 * (a real installation) and off for the embedded database (a single machine, the demo).
 */
export function twoFactorSetting(value: string | undefined, backend: "pglite" | "postgres"): TwoFactorSetting {
  return onOffSetting(value, backend === "postgres" ? "on" : "off");
}

/** Whether an account with these roles must have two-factor sign-in before it may work. */
export function twoFactorRequired(roles: readonly Role[], setting: TwoFactorSetting): boolean {
  return setting === "on" && roles.some((r) => TWO_FACTOR_ROLES.includes(r));
}

/**
 * Whether the local second step applies to a session signed in through this next-auth provider:
 * yes for e-mail and password ("credentials", and sessions from before the claim existed); no for
 * single sign-on, where the organisation's identity provider does its own multi-factor step.
 */
export function localSecondFactorApplies(provider: string | undefined): boolean {
  return provider === undefined || provider === "credentials";
}

/** A code as typed: spaces and dashes go ("123 456"). Six digits, or null. */
export function normaliseTotpCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(code) ? code : null;
}

/** A recovery code as typed: case, spaces and dashes do not matter; i/l read as 1 and o as 0. Or null. */
export function normaliseRecoveryCode(input: string): string | null {
  const code = input
    .toLowerCase()
    .replace(/[\s-]/g, "")
    .replace(/[il]/g, "1")
    .replace(/o/g, "0");
  if (code.length !== RECOVERY_LENGTH) return null;
  return [...code].every((c) => RECOVERY_ALPHABET.includes(c)) ? code : null;
}

/** What a typed second factor is: an app code, a recovery code, or nothing usable. */
export function classifySecondFactor(input: string): { kind: "totp"; code: string } | { kind: "recovery"; code: string } | null {
  const totp = normaliseTotpCode(input);
  if (totp) return { kind: "totp", code: totp };
  const recovery = normaliseRecoveryCode(input);
  return recovery ? { kind: "recovery", code: recovery } : null;
}

/** One recovery code (normalised form) from RECOVERY_LENGTH random bytes; 256 is a multiple of 32, so each character is uniform. */
export function recoveryCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RECOVERY_LENGTH) throw new Error(`need ${RECOVERY_LENGTH} random bytes`);
  let code = "";
  for (let i = 0; i < RECOVERY_LENGTH; i++) code += RECOVERY_ALPHABET[bytes[i] & 31];
  return code;
}

export const RECOVERY_CODE_BYTES = RECOVERY_LENGTH;

/** How a recovery code is shown: two groups of five ("7kq2m-x9d4p"). */
export function formatRecoveryCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The base32 secret in groups of four, for typing it into an app by hand. */
export function formatSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}
