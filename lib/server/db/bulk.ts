/**
 * Direct access to the connection of a Prisma interactive transaction, for the import's bulk
 * inserts. Prisma compiles every query, raw ones included, in its WebAssembly query compiler with
 * the parameters serialised into the request as JSON and read back out of the query plan; for the
 * text of a 31,800-project import that was about 3 s of the importer's CPU, by the character
 * (docs/performance.md, "## Import"). On the transaction's own connection the same statement
 * costs only the driver's work.
 *
 * How: openDatabase wraps the driver adapter (lendingConnections). Each transaction it starts
 * answers one marker query, sent through the Prisma transaction with a fresh token, by lending its
 * connection under that token; bulkQuery picks it up at once. An adapter that does not answer
 * (another driver) gives null, and the caller goes through Prisma as before.
 *
 * No "server-only" marker: connection.ts, which the command-line scripts use, imports it.
 */
import crypto from "node:crypto";

/** Runs one statement on the transaction's connection. */
export type BulkQuery = (sql: string, params: readonly unknown[]) => Promise<unknown>;

/** The query a transaction answers by lending its connection; its one parameter is the token. */
const MARKER_SQL = `SELECT $1::text AS "regiotafelBulkConnection"`;

const lent = new Map<string, BulkQuery>();

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown> };
type AdapterTransaction = { client?: Queryable; queryRaw(query: { sql: string; args: unknown[] }): Promise<unknown> };
type Adapter = { startTransaction(...args: unknown[]): Promise<AdapterTransaction> };
type AdapterFactory = { connect(): Promise<Adapter> };

/**
 * Makes the transactions of a driver adapter (adapter-pg's or the PGlite adapter's: both keep
 * their connection as `client` with a `query(sql, params)`) lend their connection to bulkQuery.
 * Everything else passes through unchanged.
 */
export function lendingConnections<F>(factory: F): F {
  const f = factory as unknown as AdapterFactory;
  const connect = f.connect.bind(f);
  f.connect = async () => {
    const adapter = await connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => {
      const tx = await start(...args);
      const client = tx.client;
      if (client && typeof client.query === "function") {
        const queryRaw = tx.queryRaw.bind(tx);
        tx.queryRaw = (query) => {
          const token = query.args[0];
          if (query.sql === MARKER_SQL && typeof token === "string") lent.set(token, (sql, params) => client.query(sql, [...params]));
          return queryRaw(query);
        };
      }
      return tx;
    };
    return adapter;
  };
  return factory;
}

/**
 * The connection of the Prisma transaction `tx`, or null when its adapter does not lend it. Use
 * it only while `tx` is open and only between its other statements (awaited in turn), as one would
 * use `tx` itself; it is not kept after the transaction.
 */
export async function bulkQuery(tx: { $queryRawUnsafe(sql: string, ...values: unknown[]): Promise<unknown> }): Promise<BulkQuery | null> {
  const token = crypto.randomUUID();
  await tx.$queryRawUnsafe(MARKER_SQL, token);
  const query = lent.get(token) ?? null;
  lent.delete(token);
  return query;
}
