/**
 * `npm run bench:review` — how fast the project lists are on a national portfolio of N projects
 * (default 31,800, `-- 3180` for another size): one page of the portfolio, /projecten and the bulk
 * view through the one list query (lib/server/projects/list.ts), for several filters and sorts,
 * against the bare SQL of a page of 50 rows; then the full export, completeness and a bulk save.
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres), in a
 * database the script creates and drops. BENCH_BACKENDS=pglite (or =postgres,pglite) for the
 * embedded database; BENCH_RUNS (default 30) timed runs per query after 3 warm-up runs. Prints
 * median and 95th percentile; asserts nothing. Figures: docs/performance.md.
 *
 * The bulk view is timed through its list query (view "bulk"); its per-page judgement lookups and
 * the bulk save live in lib/server/review/assessments.ts, which reaches next/navigation through
 * the error module and cannot be loaded outside Next.
 */
import { Prisma } from "../lib/generated/prisma/client";
import { createScratchDatabase } from "../lib/server/db/scratch";
import { timeRuns } from "./bench-support";
import { migrate } from "../lib/server/db/migrate";
import { unsafeSeedReferenceData } from "../lib/server/reference-data/seed";
import { createReportingPeriod, createUser } from "../tests/support/factories";
import { loadActor } from "../lib/server/accounts/actor";
import { exportPortfolioList, listProjectPage } from "../lib/server/projects/list";
import { periodCompleteness } from "../lib/server/review/completeness";
import { parseProjectListQuery } from "../lib/domain/project-list";
import { IMPACT, PROJECT_STATUS, RESULT_SHARING, SCALABILITY } from "../lib/domain/enums";
import { TRAJECT_STAGE } from "../lib/domain/results/enums";
import type { Ctx } from "../lib/server/accounts/session";
import type { DbHandle } from "../lib/server/db/connection";

const N = Number(process.argv[2] ?? 31_800);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const BACKENDS = (process.env.BENCH_BACKENDS ?? "postgres").split(",").map((b) => b.trim()) as ("postgres" | "pglite")[];

const ms = (x: number) => `${x.toFixed(1).padStart(7)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed(fn: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  const times = await timeRuns(fn, RUNS);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

async function once<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

/** N projects over every region and hoofdrubriek, judged at oktober 2020 (all) and maart 2021 (half), updates and traject steps, in a few multi-row INSERTs. */
async function seed(db: DbHandle, n: number) {
  const p = db.prisma;
  await createReportingPeriod(p, { code: "2021-03", label: "maart 2021", peildatum: "2021-03-01", state: "OPEN" });
  const arr = (values: readonly string[]) => Prisma.sql`${[...values]}::text[]`;
  // i = 1..n; enumerations picked by position, as text cast to the column's enum type
  await p.$executeRaw`
    INSERT INTO "Project" ("id", "wirNumber", "title", "description", "regionId", "hoofdrubriekId", "startDate", "isPublic", "updatedAt")
    SELECT 'bench-' || i, 'B-' || lpad(i::text, 6, '0'), 'Benchproject ' || ((i * 7919) % ${n}), 'Beschrijving van project ' || i,
      (SELECT "id" FROM "Region" ORDER BY "reportOrder" OFFSET (i % (SELECT count(*) FROM "Region")) LIMIT 1),
      (SELECT "id" FROM "Hoofdrubriek" ORDER BY "reportOrder" OFFSET ((i * 7) % (SELECT count(*) FROM "Hoofdrubriek")) LIMIT 1),
      make_date(2017 + i % 5, 1 + i % 12, 1), i % 10 = 0, now()
    FROM generate_series(1, ${n}) AS i`;
  const judged = (periodCode: string, every: number, shift: number) => p.$executeRaw`
    INSERT INTO "ProjectAssessment" ("id", "projectId", "periodId", "status", "impact", "sharing", "scalability", "careOrgCount", "updatedAt")
    SELECT 'a-' || ${periodCode} || '-' || i, 'bench-' || i, (SELECT "id" FROM "ReportingPeriod" WHERE "code" = ${periodCode}),
      (${arr(PROJECT_STATUS.values)})[1 + (i + ${shift}) % ${PROJECT_STATUS.values.length}]::"ProjectStatus",
      (${arr(IMPACT.values)})[1 + (i * 3 + ${shift}) % ${IMPACT.values.length}]::"Impact",
      (${arr(RESULT_SHARING.values)})[1 + (i * 5 + ${shift}) % ${RESULT_SHARING.values.length}]::"ResultSharing",
      (${arr(SCALABILITY.values)})[1 + (i * 11 + ${shift}) % ${SCALABILITY.values.length}]::"Scalability",
      i % 13, now()
    FROM generate_series(1, ${n}) AS i WHERE i % ${every} = 0`;
  await judged("2020-10", 1, 0);
  await judged("2021-03", 2, 1);
  await p.$executeRaw`
    INSERT INTO "ProgressUpdate" ("id", "projectId", "periodId", "state", "updatedAt")
    SELECT 'u-' || i, 'bench-' || i, (SELECT "id" FROM "ReportingPeriod" WHERE "code" = '2021-03'),
      (ARRAY['DRAFT', 'SUBMITTED', 'APPROVED'])[1 + i % 3]::"UpdateState", now()
    FROM generate_series(1, ${n}) AS i WHERE i % 3 <> 0`;
  // a traject for two projects in three: intake, and for some a later stage
  await p.$executeRaw`
    INSERT INTO "TrajectStep" ("id", "projectId", "stage", "date", "updatedAt")
    SELECT 't0-' || i, 'bench-' || i, 'INTAKE', make_date(2018 + i % 3, 1 + i % 12, 1), now() FROM generate_series(1, ${n}) AS i WHERE i % 3 <> 0
    UNION ALL
    SELECT 't1-' || i, 'bench-' || i, (${arr(TRAJECT_STAGE.values)})[2 + i % 7]::"TrajectStage", make_date(2020, 1 + i % 10, 1), now() FROM generate_series(1, ${n}) AS i WHERE i % 3 = 1`;
  await p.$executeRawUnsafe("ANALYZE");
}

async function bench(backend: "postgres" | "pglite") {
  const { db, drop } = await createScratchDatabase(backend, SERVER, "regiotafel_bench");
  try {
    await migrate(db.raw);
    await unsafeSeedReferenceData(db.prisma);
    const seeded = await once(() => seed(db, N));
    const wirUser = await createUser(db.prisma, { memberships: [{ role: "WIR" }] });
    const inkUser = await createUser(db.prisma, { memberships: [{ role: "INKOPER", concessiehouderCode: "ZK" }] });
    const wir: Ctx = { db: db.prisma, actor: (await loadActor(db.prisma, wirUser.id))! };
    const ink: Ctx = { db: db.prisma, actor: (await loadActor(db.prisma, inkUser.id))! };
    const q = (url: string) => parseProjectListQuery(new URLSearchParams(url)).query;
    console.log(`\n${backend}: ${N.toLocaleString("nl-NL")} projecten, gevuld in ${(seeded.ms / 1000).toFixed(1)} s; ${RUNS} metingen per regel na 3 opwarmrondes`);
    console.log(`${"".padEnd(64)} ${"mediaan".padStart(10)} ${"p95".padStart(10)}   rijen / totaal`);
    const row = async (label: string, fn: () => Promise<{ items?: unknown[]; rows?: unknown[]; total?: number } | unknown[]>) => {
      const sample = await fn();
      const t = await timed(fn);
      const shown = Array.isArray(sample) ? `${sample.length}` : `${(sample.rows ?? sample.items ?? []).length} / ${sample.total ?? "?"}`;
      console.log(`${label.padEnd(64)} ${ms(t.median)} ${ms(t.p95)}   ${shown}`);
      return t;
    };
    const results: { label: string; p95: number }[] = [];
    const page = async (label: string, fn: () => Promise<{ items?: unknown[]; rows?: unknown[]; total?: number } | unknown[]>) => results.push({ label, p95: (await row(label, fn)).p95 });
    await page("kale SQL: 50 projecten op WIR-nummer (ondergrens)", () =>
      db.prisma.$queryRaw<unknown[]>`SELECT p."id", p."wirNumber", p."title" FROM "Project" p ORDER BY p."wirNumber" LIMIT 50`,
    );
    await page("kale SQL: telling van alle projecten", () => db.prisma.$queryRaw<unknown[]>`SELECT count(*) FROM "Project"`);
    await page("portfolio WIR, standaard (regio, WIR-nummer), pagina 1 × 50", () => listProjectPage(wir, "portfolio", q("per=50")));
    await page("portfolio WIR, pagina 300 × 50", () => listProjectPage(wir, "portfolio", q("per=50&pagina=300")));
    await page("portfolio WIR, titel aflopend", () => listProjectPage(wir, "portfolio", q("per=50&sort=title&dir=desc")));
    await page("portfolio WIR, status=RUNNING, dagen in fase aflopend", () => listProjectPage(wir, "portfolio", q("per=50&status=RUNNING&sort=daysInStage&dir=desc")));
    await page("portfolio WIR, traject=EXECUTION + stilstand", () => listProjectPage(wir, "portfolio", q("per=50&traject=EXECUTION&stilstand=1")));
    await page("portfolio WIR, zoeken 'project 12'", () => listProjectPage(wir, "portfolio", q("per=50&q=project%2012")));
    await page("portfolio WIR, regio + hoofdrubriek + update=GEEN", () => listProjectPage(wir, "portfolio", q("per=50&regio=utrecht&rubriek=TECHNOLOGIE&update=GEEN&periode=2021-03")));
    await page("portfolio inkoper Zilveren Kruis, pagina 1 × 50", () => listProjectPage(ink, "portfolio", q("per=50")));
    await page("/projecten WIR, pagina 1 × 50", () => listProjectPage(wir, "projecten", q("per=50")));
    await page("/projecten inkoper (eigen + gepubliceerd), pagina 1 × 50", () => listProjectPage(ink, "projecten", q("per=50")));
    await page("bulkweergave WIR (lijstquery), open periode, pagina 1 × 25", () => listProjectPage(wir, "bulk", q("")));
    const exportCsv = await once(() => exportPortfolioList(wir, q(""), "csv"));
    console.log(`${"export CSV, hele portfolio".padEnd(64)} ${ms(exportCsv.ms)}              ${exportCsv.result.rows}`);
    const exportXlsx = await once(() => exportPortfolioList(wir, q(""), "xlsx"));
    console.log(`${"export XLSX, hele portfolio".padEnd(64)} ${ms(exportXlsx.ms)}              ${exportXlsx.result.rows}`);
    const complete = await once(() => periodCompleteness(wir, "2021-03"));
    console.log(`${"volledigheid, landelijk".padEnd(64)} ${ms(complete.ms)}`);
    const worst = results.filter((r) => !r.label.startsWith("kale")).sort((a, b) => b.p95 - a.p95)[0];
    console.log(`hoogste p95 van een lijstpagina: ${worst.p95.toFixed(1)} ms (${worst.label}); doel < 150 ms op PostgreSQL`);
  } finally {
    await drop();
  }
}

async function main() {
  for (const backend of BACKENDS) await bench(backend);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
