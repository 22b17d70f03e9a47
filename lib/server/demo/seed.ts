import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../../generated/prisma/client";
import type { Db } from "../db";
import { createUser } from "../../../tests/support/factories";
import { DEMO_PASSWORD, DEMO_USERS } from "./users";
import { unsafeImportFiles } from "../import";
import { COMMAND_LINE_LIMITS } from "../../domain/import/format";
import { unsafeSeedDemoOpenPeriod } from "./period";

export { seededRandom } from "../../domain/demo/portfolio";

/** The demo portfolio in the exchange format, made by `npm run demo:generate` (committed). */
export const DEMO_PORTFOLIO_FILE = path.join("data", "demo-portfolio.xlsx");

export async function unsafeSeedDemoUsers(db: Db): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { email: u.email }, select: { id: true } });
    const user =
      existing ??
      (await createUser(db, {
        email: u.email,
        name: u.name,
        password: DEMO_PASSWORD,
        memberships: [{ role: u.role, concessiehouderCode: u.concessiehouderCode }],
      }));
    ids.set(u.key, user.id);
  }
  return ids;
}

/**
 * Loads data/demo-portfolio.xlsx through the importer (the same path as a WIR upload), into
 * closed periods as the historical data it is. The demo project leaders are named in the file's
 * "Projectleiders" column, so the demo users must exist first.
 */
export async function unsafeSeedDemoPortfolio(db: PrismaClient, file = path.join(process.cwd(), DEMO_PORTFOLIO_FILE)): Promise<void> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const report = await unsafeImportFiles(db, null, [{ name: path.basename(file), bytes }], { allowClosedPeriods: true, limits: COMMAND_LINE_LIMITS });
  if (!report.applied) {
    const first = report.issues.filter((i) => i.severity === "error").slice(0, 5);
    throw new Error(`Demoportfolio kon niet worden geladen: ${first.map((i) => `${i.sheet} rij ${i.row ?? "-"} ${i.column ?? ""}: ${i.reason}`).join(" | ")}`);
  }
}

/** Loads demo users and the demo portfolio into an empty database. */
export async function unsafeSeedDemo(db: PrismaClient): Promise<void> {
  await unsafeSeedDemoUsers(db);
  await unsafeSeedDemoPortfolio(db);
  await unsafeSeedDemoOpenPeriod(db);
}
