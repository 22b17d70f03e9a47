/**
 * `npm run demo:generate`: writes the demo portfolio (lib/domain/demo/portfolio.ts) to
 * data/demo-portfolio.xlsx. Deterministic: the same data every run. Commit the result.
 */
import fs from "node:fs";
import path from "node:path";
import { generateDemoPortfolio } from "../lib/domain/demo/portfolio";
import { toXlsx } from "../lib/domain/import/write";
import { addDemoResults } from "../lib/domain/demo/results";

export const DEMO_PORTFOLIO_FILE = path.join(process.cwd(), "data", "demo-portfolio.xlsx");

async function main() {
  const { tables, projectCount } = generateDemoPortfolio();
  addDemoResults(tables);
  fs.mkdirSync(path.dirname(DEMO_PORTFOLIO_FILE), { recursive: true });
  fs.writeFileSync(DEMO_PORTFOLIO_FILE, await toXlsx(tables, { help: true }));
  console.log(
    `Demoportfolio geschreven naar ${path.relative(process.cwd(), DEMO_PORTFOLIO_FILE)}: ${projectCount} projecten, ` +
      `${tables.records.length} periodegegevens, ${tables.scores.length} regioscores, ${tables.organisations.length} organisaties, ` +
      `${tables.indicators.length} indicatoren, ${tables.measurements.length} metingen, ${tables.traject.length} trajectfasen.`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
