/**
 * `npm start` / `npm run dev` run this first: migrate the configured database and load reference
 * data, plus demo data into an empty database (unless DEMO_DATA=off or --no-seed).
 */
import { configuredTarget, openDatabase } from "../lib/server/db/connection";
import { prepareDatabase } from "../lib/server/db/prepare";
import { authSecret } from "../lib/server/accounts/auth-secret";

async function main() {
  const target = configuredTarget();
  const where = target.backend === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${target.dataDir ?? "geheugen"}`;
  console.log(`Regiotafel: database voorbereiden op ${where} …`);
  const db = await openDatabase(target);
  try {
    const demo = !process.argv.includes("--no-seed") && process.env.DEMO_DATA !== "off";
    const result = await prepareDatabase(db, { demo });
    console.log(
      result.applied.length ? `Migraties toegepast: ${result.applied.join(", ")}` : "Database is bij: geen nieuwe migraties.",
    );
    if (result.demoLoaded) console.log("Demogegevens geladen (zie README voor de demo-accounts).");
  } finally {
    await db.close();
  }
  authSecret(); // makes .data/auth-secret on first start when NEXTAUTH_SECRET is not set
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
