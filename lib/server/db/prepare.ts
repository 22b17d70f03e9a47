import "server-only";
import type { DbHandle } from "./connection";
import { migrate } from "./migrate";
import { unsafeSeedReferenceData } from "../reference-data/seed";
import { unsafeSeedDemo } from "../demo/seed";
import type { Db } from "./index";
import { DEMO_ACCOUNTS_ON_SERVER, DEMO_EMAIL_DOMAIN } from "../../domain/demo/mode";

export type PrepareResult = { applied: string[]; demoLoaded: boolean };

/** Whether this database holds demo accounts (then the app shows the demo banner). */
export async function hasDemoAccounts(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } } })) > 0;
}

/**
 * Brings a database up to date: migrations, reference data, and demo data when it has no users
 * yet (a fresh database). Safe to run on every start and from several instances at once.
 * `refuseDemoAccounts` (a start on a PostgreSQL server without DEMO_DATA=on) stops with an
 * error when the database holds demo accounts, whose password is public.
 */
export async function prepareDatabase(db: DbHandle, options: { demo: boolean; refuseDemoAccounts?: boolean }): Promise<PrepareResult> {
  const { applied } = await migrate(db.raw);
  if (options.refuseDemoAccounts && (await hasDemoAccounts(db.prisma))) throw new Error(DEMO_ACCOUNTS_ON_SERVER);
  await unsafeSeedReferenceData(db.prisma);
  let demoLoaded = false;
  if (options.demo && (await db.prisma.user.count()) === 0) {
    await unsafeSeedDemo(db.prisma);
    demoLoaded = true;
  }
  return { applied, demoLoaded };
}
