/**
 * `npm run import -- <bestand.xlsx | blad.csv ...> --als <e-mail> [--dry-run] [--gesloten-perioden]`
 *
 * --als names the Regiotafel account that runs the import: its permissions apply (as on the upload
 * page: assessments need WIR, project leaders the beheerder) and the audit log records it.
 * Imports a portfolio into the configured database (DATABASE_URL or the embedded PGlite) with the
 * same validation and report as the upload page. --dry-run only checks and shows what would
 * change. --gesloten-perioden allows changes to records of closed periods. Exit code 1 when the
 * file has errors (nothing is written then).
 */
import fs from "node:fs";
import path from "node:path";
import { configuredTarget, openDatabase } from "../lib/server/db/connection";
import { migrate } from "../lib/server/db/migrate";
import { unsafeSeedReferenceData } from "../lib/server/reference-data/seed";
import { importPortfolio } from "../lib/server/import";
import { COMMAND_LINE_LIMITS } from "../lib/domain/import/format";
import { loadActor } from "../lib/server/accounts/actor";
import { issueLine, summaryLines } from "../lib/domain/import/report-text";

async function main() {
  const args = process.argv.slice(2);
  const dryRun = args.includes("--dry-run");
  const allowClosedPeriods = args.includes("--gesloten-perioden") || args.includes("--allow-closed");
  const alsAt = args.indexOf("--als");
  const als = alsAt >= 0 ? args[alsAt + 1]?.trim().toLowerCase() : undefined;
  const files = args.filter((a, i) => !a.startsWith("--") && i !== alsAt + 1);
  if (files.length === 0 || !als) {
    console.error("Gebruik: npm run import -- <bestand.xlsx | blad.csv ...> --als <e-mailadres> [--dry-run] [--gesloten-perioden]");
    process.exit(2);
  }
  const inputs = files.map((f) => {
    if (!fs.existsSync(f)) {
      console.error(`Bestand niet gevonden: ${f}`);
      process.exit(2);
    }
    return { name: path.basename(f), bytes: new Uint8Array(fs.readFileSync(f)) };
  });
  const db = await openDatabase(configuredTarget());
  try {
    await migrate(db.raw);
    await unsafeSeedReferenceData(db.prisma);
    const user = await db.prisma.user.findUnique({ where: { email: als }, select: { id: true } });
    const actor = user ? await loadActor(db.prisma, user.id) : null;
    if (!actor) throw new Error(`Geen actief account met e-mailadres ${als}.`);
    const report = await importPortfolio({ db: db.prisma, actor, clientAddress: null }, inputs, { dryRun, allowClosedPeriods, limits: COMMAND_LINE_LIMITS });
    for (const issue of report.issues) console.log(issueLine(issue));
    if (report.summary) for (const line of summaryLines(report.summary)) console.log(line);
    if (!report.ok) {
      console.log(`Niet geïmporteerd: ${report.issues.filter((i) => i.severity === "error").length} fout(en). Er is niets gewijzigd.`);
      process.exitCode = 1;
    } else if (dryRun) console.log("Proefimport (--dry-run): er is niets gewijzigd.");
    else console.log("Import voltooid.");
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
