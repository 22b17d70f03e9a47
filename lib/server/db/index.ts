import "server-only";
import { configuredTarget, openDatabase, type DbHandle } from "./connection";
import type { PrismaClient, Prisma } from "../../generated/prisma/client";

/** A Prisma client or the client inside a transaction. */
export type Db = PrismaClient | Prisma.TransactionClient;

const globalForDb = globalThis as unknown as { __regiotafelDb?: Promise<DbHandle> };

/** The application's database, opened once per process. */
export function getDb(): Promise<DbHandle> {
  globalForDb.__regiotafelDb ??= openDatabase(configuredTarget());
  return globalForDb.__regiotafelDb;
}
