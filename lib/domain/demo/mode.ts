/**
 * Safe by default: the demo data (accounts with a password printed in the README) loads on the
 * embedded database unless DEMO_DATA=off, and on a PostgreSQL server only with DEMO_DATA=on.
 * Demo accounts are recognised by their e-mail domain, which no real address can have.
 */
export const DEMO_EMAIL_DOMAIN = "regiotafel.demo";

export type DemoSetting = "on" | "off";

export function demoDataSetting(value: string | undefined, backend: "pglite" | "postgres"): DemoSetting {
  const v = value?.trim().toLowerCase();
  if (v === "on" || v === "1" || v === "true" || v === "ja") return "on";
  if (v === "off" || v === "0" || v === "false" || v === "nee") return "off";
  return backend === "pglite" ? "on" : "off";
}

export function isDemoEmail(email: string): boolean {
  return email.trim().toLowerCase().endsWith(`@${DEMO_EMAIL_DOMAIN}`);
}

export const DEMO_ACCOUNTS_ON_SERVER =
  "Regiotafel start niet: deze PostgreSQL-database bevat demo-accounts (@regiotafel.demo) met het wachtwoord uit de README. " +
  "Voor een demo: start met DEMO_DATA=on. Voor echt gebruik: gebruik een nieuwe, lege database (zie docs/operations.md).";
