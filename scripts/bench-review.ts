/**
 * `npm run bench:review` — how fast the portfolio, its exports, completeness and a bulk save are
 * on a national portfolio of N projects (default 2000; `-- 5000` for another size), on an
 * in-memory PGlite (or DATABASE_URL's PostgreSQL when BENCH_DATABASE_URL is set to an empty
 * scratch database). Prints figures; asserts nothing.
 */
import { openDatabase } from "../lib/server/db/connection";
import { migrate } from "../lib/server/db/migrate";
import { unsafeSeedReferenceData } from "../lib/server/reference-data/seed";
import { createReportingPeriod, createUser } from "../tests/support/factories";
import { loadActor } from "../lib/server/accounts/actor";
import { listPortfolio, exportPortfolioTable } from "../lib/server/review/portfolio";
import { periodCompleteness } from "../lib/server/review/completeness";
import { listBulkAssessment, recordAssessmentsBulk } from "../lib/server/review/assessments";
import { parsePortfolioQuery } from "../lib/domain/portfolio";
import { IMPACT, PROJECT_STATUS, RESULT_SHARING, SCALABILITY } from "../lib/domain/enums";

const N = Number(process.argv[2] ?? 2000);

async function time<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await fn();
  console.log(`${label.padEnd(52)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
  return result;
}

async function main() {
  const url = process.env.BENCH_DATABASE_URL;
  const db = await openDatabase(url ? { backend: "postgres", url } : { backend: "pglite", dataDir: null });
  await migrate(db.raw);
  await unsafeSeedReferenceData(db.prisma);
  const prisma = db.prisma;
  const [regions, rubrieken] = await Promise.all([prisma.region.findMany({ select: { id: true } }), prisma.hoofdrubriek.findMany({ select: { id: true } })]);
  const open = await createReportingPeriod(prisma, { code: "2021-03", label: "maart 2021", peildatum: "2021-03-01", state: "OPEN" });
  const prev = await prisma.reportingPeriod.findUniqueOrThrow({ where: { code: "2020-10" } });
  const pick = <T,>(xs: readonly T[], i: number) => xs[i % xs.length];
  await time(`seed ${N} projects with two periods of records`, async () => {
    const projects = Array.from({ length: N }, (_, i) => ({
      id: `bench-${i}`,
      wirNumber: `B-${String(i).padStart(5, "0")}`,
      title: `Benchproject ${i}`,
      regionId: pick(regions, i).id,
      hoofdrubriekId: pick(rubrieken, i * 7).id,
    }));
    await prisma.project.createMany({ data: projects });
    const judgement = (i: number) => ({
      status: pick(PROJECT_STATUS.values, i),
      impact: pick(IMPACT.values, i * 3),
      sharing: pick(RESULT_SHARING.values, i * 5),
      scalability: pick(SCALABILITY.values, i * 11),
      careOrgCount: i % 13,
    });
    await prisma.projectAssessment.createMany({ data: projects.map((p, i) => ({ projectId: p.id, periodId: prev.id, ...judgement(i) })) });
    await prisma.projectAssessment.createMany({ data: projects.filter((_, i) => i % 2 === 0).map((p, i) => ({ projectId: p.id, periodId: open.id, ...judgement(i + 1) })) });
    await prisma.progressUpdate.createMany({ data: projects.filter((_, i) => i % 3 !== 0).map((p) => ({ projectId: p.id, periodId: open.id, state: "SUBMITTED" as const })) });
  });
  const wirUser = await createUser(prisma, { memberships: [{ role: "WIR" }] });
  const inkUser = await createUser(prisma, { memberships: [{ role: "INKOPER", concessiehouderCode: "ZK" }] });
  const wir = { db: prisma, actor: (await loadActor(prisma, wirUser.id))! };
  const ink = { db: prisma, actor: (await loadActor(prisma, inkUser.id))! };

  const all = await time("portfolio, national (WIR), all rows", () => listPortfolio(wir, parsePortfolioQuery({})));
  await time("portfolio, national, filtered + sorted by title", () => listPortfolio(wir, parsePortfolioQuery({ status: "RUNNING", sort: "title", dir: "desc" })));
  const own = await time("portfolio, inkoper Zilveren Kruis", () => listPortfolio(ink, parsePortfolioQuery({})));
  await time(`export CSV (${all.rows.length} rows)`, () => exportPortfolioTable(wir, parsePortfolioQuery({}), "csv"));
  await time(`export XLSX (${all.rows.length} rows)`, () => exportPortfolioTable(wir, parsePortfolioQuery({}), "xlsx"));
  await time("completeness, national", () => periodCompleteness(wir, "2021-03"));
  const bulk = await time("bulk view, one region", () => listBulkAssessment(wir, { periodId: open.id, regionCode: "utrecht" }));
  await time(`bulk save, ${bulk.length} rows (all changed)`, () =>
    recordAssessmentsBulk(
      wir,
      open.id,
      bulk.map((r) => ({ projectId: r.projectId, version: r.assessment?.version ?? 0, status: "RUNNING", impact: "UNKNOWN", sharing: "UNKNOWN", scalability: "NATIONAL", careOrgCount: 5 })),
    ),
  );
  console.log(`(${all.rows.length} projects nationally, ${own.rows.length} for the inkoper; ${url ? "PostgreSQL" : "PGlite in memory"})`);
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
