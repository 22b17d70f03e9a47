/**
 * Opens Regiotafel's database: embedded PGlite (default, data under .data/) or a PostgreSQL
 * server when DATABASE_URL is a postgresql:// URL. Returns a Prisma client on a driver adapter
 * plus a raw SQL handle for the migration runner and a few set-based queries.
 *
 * This module has no "server-only" marker so the command-line scripts (tsx) can use it; only
 * lib/server imports it.
 */
import path from "node:path";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma/client";
import { lendingConnections } from "./bulk";

export type Backend = "pglite" | "postgres";

/**
 * pglite-prisma-adapter 0.6 is typed against an older @prisma/driver-adapter-utils than Prisma
 * 6.19; the runtime protocol is the same (covered by the integration tests on PGlite).
 */
type AdapterFactory = NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"];
export function pgliteAdapter(db: PGlite): NonNullable<AdapterFactory> {
  // bulk inserts may use the transaction's connection directly (./bulk)
  return lendingConnections(new PrismaPGlite(db)) as unknown as NonNullable<AdapterFactory>;
}

/** A single database session, for work that must stay on one connection (advisory locks). */
export type RawSession = {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** runs a script of several statements */
  exec(sql: string): Promise<void>;
};

export type RawSql = RawSession & {
  withSession<T>(fn: (session: RawSession) => Promise<T>): Promise<T>;
};

export type DbHandle = {
  backend: Backend;
  prisma: PrismaClient;
  raw: RawSql;
  close(): Promise<void>;
};

export type DbTarget =
  | { backend: "postgres"; url: string }
  | { backend: "pglite"; dataDir: string | null /* null = in memory */ };

/** Where the configured database is: DATABASE_URL, else PGLITE_DATA_DIR, else .data/pglite. */
export function configuredTarget(env: NodeJS.ProcessEnv = process.env): DbTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error("DATABASE_URL moet beginnen met postgresql:// (of laat hem leeg voor de ingebouwde database).");
    }
    return { backend: "postgres", url };
  }
  const dir = env.PGLITE_DATA_DIR?.trim() || path.join(process.cwd(), ".data", "pglite");
  return { backend: "pglite", dataDir: dir === ":memory:" ? null : dir };
}

/** How long a transaction may wait for a free connection of the pool (PostgreSQL). */
export const TRANSACTION_MAX_WAIT_MS = 10_000;

export async function openDatabase(target: DbTarget): Promise<DbHandle> {
  if (target.backend === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // An idle pooled connection can be closed by the server (restart, failover, a dropped test
    // database). The pool replaces it on next use; without a handler Node would crash.
    pool.on("error", (error: Error & { code?: string }) => {
      if (error.code !== "57P01") console.error("Databaseverbinding verbroken:", error.message);
    });
    // A transaction waits for a pooled connection as long as a plain query would, not Prisma's
    // default 2 s: under load (npm run bench:load) saves failed while page reads merely waited.
    // Bulk inserts may use a transaction's connection directly (./bulk).
    const prisma = new PrismaClient({ adapter: lendingConnections(new PrismaPg(pool)), transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS } });
    const session = (client: pg.PoolClient | pg.Pool): RawSession => ({
      async query(sql, params) {
        const result = await client.query(sql, params as unknown[] | undefined);
        return result.rows;
      },
      async exec(sql) {
        await client.query(sql);
      },
    });
    return {
      backend: "postgres",
      prisma,
      raw: {
        ...session(pool),
        async withSession(fn) {
          const client = await pool.connect();
          try {
            return await fn(session(client));
          } finally {
            client.release();
          }
        },
      },
      async close() {
        await prisma.$disconnect();
        await pool.end().catch(() => undefined);
      },
    };
  }

  if (target.dataDir) fs.mkdirSync(target.dataDir, { recursive: true });
  const db = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    extensions: { pg_trgm, unaccent },
  });
  const prisma = new PrismaClient({ adapter: pgliteAdapter(db) });
  const session: RawSession = {
    async query(sql, params) {
      const result = await db.query(sql, params as unknown[] | undefined);
      return result.rows as never[];
    },
    async exec(sql) {
      await db.exec(sql);
    },
  };
  return {
    backend: "pglite",
    prisma,
    raw: { ...session, withSession: (fn) => fn(session) },
    async close() {
      await prisma.$disconnect();
      if (!db.closed) await db.close();
    },
  };
}
