import "server-only";
import type { DbHandle } from "./connection";
import { migrate } from "./migrate";
import { unsafeSeedReferenceData } from "../reference-data/seed";
import { unsafeSeedDemo } from "../demo/seed";

export type PrepareResult = { applied: string[]; demoLoaded: boolean };

/**
 * Brings a database up to date: migrations, reference data, and demo data when it has no users
 * yet (a fresh database). Safe to run on every start and from several instances at once.
 */
export async function prepareDatabase(db: DbHandle, options: { demo: boolean }): Promise<PrepareResult> {
  const { applied } = await migrate(db.raw);
  await unsafeSeedReferenceData(db.prisma);
  let demoLoaded = false;
  if (options.demo && (await db.prisma.user.count()) === 0) {
    await unsafeSeedDemo(db.prisma);
    demoLoaded = true;
  }
  return { applied, demoLoaded };
}
