/**
 * Prisma CLI configuration.
 *
 * - No Rust engines: the placeholder paths stop the CLI from trying to download them, and the
 *   JavaScript ("js") schema engine runs against an in-memory PGlite database, so
 *   `prisma generate`, `prisma migrate diff` and `prisma migrate dev` work offline.
 * - Migrations are *applied* to real databases by our own runner (lib/server/db/migrate.ts),
 *   never by `prisma migrate deploy`; see docs/decisions/0001-own-migration-runner.md.
 */
import path from "node:path";
import { defineConfig } from "prisma/config";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(process.cwd(), "prisma", "NO_ENGINE");
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= path.join(process.cwd(), "prisma", "NO_ENGINE");
process.env.PRISMA_SCHEMA_DATABASE_URL ??= "postgresql://unused@localhost/unused";
process.env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    // The CLI only needs a scratch database to diff against: an in-memory PGlite.
    // Typed against an older @prisma/driver-adapter-utils; same runtime protocol (see connection.ts).
    return new PrismaPGlite(new PGlite()) as unknown as SqlMigrationAwareDriverAdapterFactory;
  },
});
