import "server-only";
import { getDb } from "../db";
import { hasDemoAccounts } from "../db/prepare";

const globalForDemo = globalThis as unknown as { __regiotafelDemo?: { at: number; value: boolean } };

/** Whether this installation holds the demo accounts (checked at most once a minute per process). */
export async function isDemoInstallation(now = Date.now()): Promise<boolean> {
  const cached = globalForDemo.__regiotafelDemo;
  if (cached && now - cached.at < 60_000) return cached.value;
  const { prisma } = await getDb();
  const value = await hasDemoAccounts(prisma);
  globalForDemo.__regiotafelDemo = { at: now, value };
  return value;
}
