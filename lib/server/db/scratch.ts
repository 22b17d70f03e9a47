import crypto from "node:crypto";
import pg from "pg";
import { openDatabase, type DbHandle } from "./connection";

/** One statement on its own connection to the server (CREATE / DROP DATABASE cannot run in a pool's transaction). */
export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A throw-away empty database for tests and benchmarks: an in-memory PGlite, or a freshly created
 * database on the PostgreSQL server at `serverUrl` that `drop()` removes again. Not migrated.
 */
export async function createScratchDatabase(
  backend: "pglite" | "postgres",
  serverUrl?: string,
  prefix = "regiotafel_scratch",
): Promise<{ db: DbHandle; drop(): Promise<void> }> {
  if (backend === "pglite") {
    const db = await openDatabase({ backend: "pglite", dataDir: null });
    return { db, drop: () => db.close() };
  }
  if (!serverUrl) throw new Error("createScratchDatabase: a PostgreSQL server URL is needed");
  const name = `${prefix}_${crypto.randomBytes(6).toString("hex")}`;
  const admin = (sql: string) => adminQuery(serverUrl, sql);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ backend: "postgres", url: url.toString() });
  return {
    db,
    async drop() {
      await db.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
