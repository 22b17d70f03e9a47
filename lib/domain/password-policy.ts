/**
 * The password rule (OWASP ASVS 2.1): at least 12 characters, at most 128, any characters
 * (spaces and emoji too, no composition rules), and not a commonly used password. The list of common
 * passwords is the one zxcvbn-ts ships (`@zxcvbn-ts/language-common`, "passwords-common": about
 * 49,000 passwords from public breach corpora), plus a few Dutch ones. A password is also refused
 * when it is such a password with digits or punctuation stuck on at the end ("wachtwoord2026!").
 * Server-side only: the list is large, so client code does not import this module.
 */
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const DUTCH_COMMON = ["wachtwoord", "welkom", "welkom01", "geheim", "regiotafel", "zorgkantoor", "voorjaar", "zomer", "najaar", "winter", "hallo", "amsterdam", "rotterdam", "utrecht", "ajax", "feyenoord"];

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set([...dictionary["passwords-common"], ...DUTCH_COMMON].map((p) => p.toLowerCase()));
  return common;
}

/** Dutch messages for what is wrong with a new password; empty when it is acceptable. */
export function passwordProblems(password: string, context: { email?: string; name?: string } = {}): string[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return [`Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens.`];
  if (length > PASSWORD_MAX_LENGTH) return [`Een wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn.`];
  const lower = password.toLowerCase();
  const core = lower.replace(/[\d\W_]+$/u, "");
  const list = commonPasswords();
  if (list.has(lower) || (core.length > 0 && list.has(core)) || /^(.)\1+$/u.test(password)) {
    return ["Dit wachtwoord wordt veel gebruikt en is daardoor makkelijk te raden. Kies een ander, bijvoorbeeld een zin van een paar woorden."];
  }
  const localPart = context.email?.split("@")[0]?.toLowerCase();
  if ((localPart && localPart.length >= 4 && lower.includes(localPart)) || (context.email && lower.includes(context.email.toLowerCase()))) {
    return ["Uw wachtwoord mag uw e-mailadres niet bevatten."];
  }
  return [];
}
