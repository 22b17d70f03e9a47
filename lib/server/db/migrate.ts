/**
 * Regiotafel's own migration runner (docs/decisions/0001-own-migration-runner.md).
 * Applies prisma/migrations/<name>/migration.sql in name order, each in its own transaction,
 * under a PostgreSQL advisory lock so that instances starting together take turns, and records
 * each in Prisma's `_prisma_migrations` table format. Works on PGlite and PostgreSQL.
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import type { RawSession, RawSql } from "./connection";

/** An arbitrary fixed key for pg_advisory_lock: "Regiotafel" in ASCII, truncated. */
const LOCK_KEY = 5_265_670_951;

export type Migration = { name: string; sql: string; checksum: string };

export function migrationsDir(): string {
  return path.join(process.cwd(), "prisma", "migrations");
}

export function readMigrations(dir = migrationsDir()): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type MigrateResult = { applied: string[]; alreadyApplied: number };

export async function migrate(raw: RawSql, migrations = readMigrations()): Promise<MigrateResult> {
  return raw.withSession(async (s) => {
    await s.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    try {
      return await applyPending(s, migrations);
    } finally {
      await s.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
    }
  });
}

async function applyPending(s: RawSession, migrations: Migration[]): Promise<MigrateResult> {
  await s.exec(CREATE_TABLE);
  const rows = await s.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  const done = new Map(rows.filter((r) => r.finished_at).map((r) => [r.migration_name, r.checksum]));
  const applied: string[] = [];
  for (const m of migrations) {
    const recorded = done.get(m.name);
    if (recorded !== undefined) {
      if (recorded !== m.checksum) {
        throw new Error(
          `Migratie ${m.name} is gewijzigd nadat ze is toegepast (checksum verschilt). Maak een nieuwe migratie in plaats van een oude aan te passen.`,
        );
      }
      continue;
    }
    const id = crypto.randomUUID();
    await s.exec("BEGIN");
    try {
      await s.exec(m.sql);
      await s.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [id, m.checksum, m.name],
      );
      await s.exec("COMMIT");
    } catch (error) {
      await s.exec("ROLLBACK");
      throw new Error(`Migratie ${m.name} is mislukt en teruggedraaid: ${(error as Error).message}`, { cause: error });
    }
    applied.push(m.name);
  }
  return { applied, alreadyApplied: done.size };
}
