/**
 * Test databases for integration tests. Every suite runs on a fresh in-memory PGlite and, when
 * TEST_DATABASE_URL is set, also on a fresh database created on that PostgreSQL server.
 *
 *   for (const backend of testBackends()) {
 *     describe(backend.name, () => {
 *       const t = useTestDb(backend);   // migrated + reference data, before each file's tests
 *       it("…", async () => { await t.db.prisma.project.count(); });
 *     });
 *   }
 */
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { DbHandle } from "@/lib/server/db/connection";
import { createScratchDatabase } from "@/lib/server/db/scratch";
import { migrate } from "@/lib/server/db/migrate";
import { unsafeSeedReferenceData } from "@/lib/server/reference-data/seed";

export type TestBackend = { name: "pglite" | "postgres"; serverUrl?: string };

export function testBackends(): TestBackend[] {
  const url = process.env.TEST_DATABASE_URL?.trim();
  return [{ name: "pglite" }, ...(url ? [{ name: "postgres" as const, serverUrl: url }] : [])];
}

/** Creates and migrates a fresh database; returns it with a cleanup function. */
export async function createTestDb(backend: TestBackend, options: { reference?: boolean } = {}): Promise<{ db: DbHandle; drop(): Promise<void> }> {
  const { db, drop } = await createScratchDatabase(backend.name, backend.serverUrl, "regiotafel_t");
  await migrate(db.raw);
  if (options.reference !== false) await unsafeSeedReferenceData(db.prisma);
  return { db, drop };
}

/**
 * Registers hooks that give the suite its own migrated database: one for the whole file
 * (beforeAll/afterAll), or with `each: true` a fresh one for every test (beforeEach/afterEach),
 * for suites whose tests change shared state such as which period is open. Register it before any
 * other beforeEach that uses the database.
 */
export function useTestDb(backend: TestBackend, options: { reference?: boolean; each?: boolean } = {}): { readonly db: DbHandle } {
  const holder: { db?: DbHandle; drop?: () => Promise<void> } = {};
  (options.each ? beforeEach : beforeAll)(async () => {
    const t = await createTestDb(backend, options);
    holder.db = t.db;
    holder.drop = t.drop;
  });
  (options.each ? afterEach : afterAll)(async () => {
    await holder.drop?.();
    holder.db = undefined;
    holder.drop = undefined;
  });
  return {
    get db() {
      if (!holder.db) throw new Error("Testdatabase is nog niet klaar (gebruik hem binnen een test of hook).");
      return holder.db;
    },
  };
}
