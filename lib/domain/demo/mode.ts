/**
 * Safe by default: the demo data (accounts with a password printed in the README) loads on the
 * embedded database unless DEMO_DATA=off, and on a PostgreSQL server only with DEMO_DATA=on.
 * Demo accounts are recognised by their e-mail domain, which no real address can have.
 */
import { onOffSetting, type OnOffSetting } from "../on-off-setting";

export const DEMO_EMAIL_DOMAIN = "regiotafel.demo";

export type DemoSetting = OnOffSetting;

/** DEMO_DATA: "on" or "off" (lib/domain/on-off-setting.ts); unset means on for the embedded database only. */
export function demoDataSetting(value: string | undefined, backend: "pglite" | "postgres"): DemoSetting {
  return onOffSetting(value, backend === "pglite" ? "on" : "off");
}

export function isDemoEmail(email: string): boolean {
  return email.trim().toLowerCase().endsWith(`@${DEMO_EMAIL_DOMAIN}`);
}

export const DEMO_ACCOUNTS_ON_SERVER =
  "Regiotafel start niet: deze PostgreSQL-database bevat demo-accounts (@regiotafel.demo) met het wachtwoord uit de README. " +
  "Voor een demo: start met DEMO_DATA=on. Voor echt gebruik: gebruik een nieuwe, lege database (zie docs/operations.md).";
