/**
 * `npm start` / `npm run dev` run this first: migrate the configured database and load reference
 * data, plus demo data into an empty database (embedded database: unless DEMO_DATA=off; PostgreSQL
 * server: only with DEMO_DATA=on, and a server database holding demo accounts is refused without it).
 */
import { configuredTarget, openDatabase } from "../lib/server/db/connection";
import { prepareDatabase } from "../lib/server/db/prepare";
import { authSecret } from "../lib/server/accounts/auth-secret";
import { demoDataSetting } from "../lib/domain/demo/mode";

async function main() {
  const target = configuredTarget();
  const where = target.backend === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${target.dataDir ?? "geheugen"}`;
  console.log(`Regiotafel: database voorbereiden op ${where} …`);
  const db = await openDatabase(target);
  try {
    const seeding = !process.argv.includes("--no-seed");
    const demo = seeding && demoDataSetting(process.env.DEMO_DATA, target.backend) === "on";
    // Starting on a server database: never with the public demo accounts unless asked for.
    const result = await prepareDatabase(db, { demo, refuseDemoAccounts: seeding && target.backend === "postgres" && !demo });
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
