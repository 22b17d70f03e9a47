/**
 * Arguments of `npm run user:create -- --email <e-mail> --naam "<naam>" --rol <rol> [--concessiehouder CZ]`.
 * Pure, so it is unit-tested.
 */
import type { Role } from "../lib/domain/enums";

const ROLES: Record<string, Role> = { beheerder: "BEHEERDER", wir: "WIR", inkoper: "INKOPER", projectleider: "PROJECTLEIDER" };

export const USER_CREATE_USAGE =
  'Gebruik: npm run user:create -- --email <e-mailadres> --naam "<naam>" --rol beheerder|wir|inkoper|projectleider [--concessiehouder <code>]\n' +
  "  (--concessiehouder is nodig bij de rol inkoper, bijvoorbeeld CZ; --rol mag vaker voorkomen)";

export type UserCreateArgs = { email: string; name: string; roles: Role[]; concessiehouderCode: string | null };

export function parseUserCreateArgs(argv: readonly string[]): { ok: true; args: UserCreateArgs } | { ok: false; error: string } {
  const values: Record<string, string[]> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (!flag.startsWith("--")) return { ok: false, error: `Onverwacht argument: ${flag}` };
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) return { ok: false, error: `${flag} heeft een waarde nodig.` };
    (values[flag.slice(2)] ??= []).push(value);
    i++;
  }
  const unknown = Object.keys(values).filter((k) => !["email", "naam", "rol", "concessiehouder"].includes(k));
  if (unknown.length) return { ok: false, error: `Onbekende optie: --${unknown[0]}` };
  const email = values.email?.[0]?.trim().toLowerCase();
  const name = values.naam?.[0]?.trim();
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { ok: false, error: "Geef een geldig e-mailadres met --email." };
  if (!name || name.length < 2) return { ok: false, error: 'Geef de naam met --naam "Voornaam Achternaam".' };
  const roles: Role[] = [];
  for (const raw of values.rol ?? []) {
    const role = ROLES[raw.trim().toLowerCase()];
    if (!role) return { ok: false, error: `Onbekende rol: ${raw} (kies beheerder, wir, inkoper of projectleider).` };
    if (!roles.includes(role)) roles.push(role);
  }
  if (roles.length === 0) return { ok: false, error: "Geef minstens één rol met --rol." };
  const concessiehouderCode = values.concessiehouder?.[0]?.trim().toUpperCase() || null;
  if (roles.includes("INKOPER") && !concessiehouderCode) return { ok: false, error: "Een inkoper heeft een concessiehouder nodig: --concessiehouder CZ (bijvoorbeeld)." };
  if (!roles.includes("INKOPER") && concessiehouderCode) return { ok: false, error: "--concessiehouder hoort alleen bij de rol inkoper." };
  return { ok: true, args: { email, name, roles, concessiehouderCode } };
}
