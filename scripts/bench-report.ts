/**
 * npm run bench:report — the progress report on 10× and 100× the demo portfolio (3,180 and
 * 31,800 projects at oktober 2020; 2,680 / 26,800 of them also at maart 2020) on PostgreSQL and
 * PGlite. Prints the median time of the full getReport() (reference lists, the grouped count
 * query, region scores, showcase projects, pure computation) and of the bare SQL GROUP BY any
 * report needs at least (assessments per period and status), and their ratio.
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres); the
 * script creates and drops its own database. Set BENCH_BACKENDS=pglite or =postgres to run one.
 * Data is generated with multi-row INSERTs from the January 2021 fixture plan, replicated.
 * With ten years of history (BENCH_HISTORY, default postgres): after 100×, 16 older closed periods
 * are added so that 20 periods each hold a record of all 31,800 projects (~636,000 rows), and the
 * report is timed for a recent and an old pair of periods.
 * Not a test: it prints figures (docs/performance.md, section "Report").
 */
import os from "node:os";
import { createScratchDatabase } from "../lib/server/db/scratch";
import { timeMedian } from "./bench-support";
import { migrate } from "../lib/server/db/migrate";
import { unsafeSeedReferenceData } from "../lib/server/reference-data/seed";
import { createUser } from "../tests/support/factories";
import { loadActor } from "../lib/server/accounts/actor";
import { getReport, bareGroupBySql, assessmentCountsSql, countKeys, runAssessmentCounts } from "../lib/server/report";
import { addHistory, fillBenchData } from "./bench-data";
import * as J from "../tests/support/january-2021";

const SCALES = [10, 100];
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
/** Backends that also get the ten-year history at 100× (BENCH_HISTORY=postgres,pglite or =off). */
const HISTORY = (process.env.BENCH_HISTORY ?? "postgres").split(",").map((s) => s.trim());

/**
 * The bare GROUP BY's median, in the faster of its two plans: as the planner chooses (with 636,000
 * rows it goes parallel, which on 2 busy cores is slower) and with parallel workers off. The
 * reference is the least a report needs, so it gets its best plan.
 */
async function bareMs(db: Awaited<ReturnType<typeof createScratchDatabase>>["db"], periodIds: string[]): Promise<number> {
  const sql = bareGroupBySql(periodIds);
  const chosen = await timeMedian(() => db.prisma.$queryRaw(sql), RUNS);
  const serial = await timeMedian(
    () =>
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL max_parallel_workers_per_gather = 0");
        return tx.$queryRaw(sql);
      }),
    RUNS,
  );
  return Math.min(chosen, serial);
}

/**
 * 100× with history: 20 closed periods, every one of the 31,800 projects with a record in each.
 * Times the full report for a recent and an old pair of periods against the bare GROUP BY over
 * the same two periods (goal: under 300 ms and within 3× the bare query).
 */
async function benchHistory(db: Awaited<ReturnType<typeof createScratchDatabase>>["db"], ctx: Parameters<typeof getReport>[0]) {
  const t0 = performance.now();
  const size = await addHistory(db);
  const fillMs = performance.now() - t0;
  for (const [period, compare] of [[J.PERIOD, J.COMPARE], ["2015-10", "2015-03"]] as const) {
    const ids = (await db.prisma.reportingPeriod.findMany({ where: { code: { in: [period, compare] } }, select: { id: true } })).map((p) => p.id);
    const check = await getReport(ctx, { period, compare });
    if (check.tabel6.values.TOTAAL[period] !== 31_800) throw new Error(`bench: expected 31800 projects in ${period}, got ${check.tabel6.values.TOTAAL[period]}`);
    const full = await timeMedian(() => getReport(ctx, { period, compare }), RUNS);
    const bare = await bareMs(db, ids);
    console.log(
      [
        "historie".padEnd(8),
        `${size.periods} perioden`.padStart(12),
        `${size.assessments} beoordelingen`.padStart(20),
        `vullen ${(fillMs / 1000).toFixed(1)} s`.padStart(14),
        `${period} vs ${compare}`.padStart(20),
        `rapport ${full.toFixed(1)} ms`.padStart(18),
        `kale GROUP BY ${bare.toFixed(1)} ms`.padStart(24),
        `verhouding ${(full / bare).toFixed(2)}×`.padStart(18),
      ].join(" | "),
    );
  }
}


async function bench(backend: "postgres" | "pglite") {
  const { db, drop } = await createScratchDatabase(backend, SERVER, "regiotafel_bench");
  try {
    await migrate(db.raw);
    await unsafeSeedReferenceData(db.prisma);
    const user = await createUser(db.prisma, { memberships: [{ role: "WIR" }] });
    const inkoper = await createUser(db.prisma, { memberships: [{ role: "INKOPER", concessiehouderCode: "ZK" }] });
    const ctx = { db: db.prisma, actor: (await loadActor(db.prisma, user.id))! };
    const ctxInkoper = { db: db.prisma, actor: (await loadActor(db.prisma, inkoper.id))! };
    const periodIds = (await db.prisma.reportingPeriod.findMany({ where: { code: { in: [J.COMPARE, J.PERIOD] } }, select: { id: true } })).map((p) => p.id);
    const keys = countKeys(
      {
        hoofdrubrieken: await db.prisma.hoofdrubriek.findMany({ select: { id: true }, orderBy: { reportOrder: "asc" } }),
        concessiehouders: await db.prisma.concessiehouder.findMany({ select: { id: true }, orderBy: { reportOrder: "asc" } }),
      },
      periodIds,
    );
    for (const scale of SCALES) {
      const t0 = performance.now();
      const size = await fillBenchData(db, scale);
      const fillMs = performance.now() - t0;
      const query = { period: J.PERIOD, compare: J.COMPARE };
      if (process.env.BENCH_EXPLAIN) {
        const sql = assessmentCountsSql(keys, {});
        const plan = await db.raw.query<Record<string, string>>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
        console.log(plan.map((r) => Object.values(r)[0]).join("\n"));
      }
      const check = await getReport(ctx, query);
      if (check.tabel6.values.TOTAAL[J.PERIOD] !== 318 * scale) throw new Error(`bench: expected ${318 * scale} projects, got ${check.tabel6.values.TOTAAL[J.PERIOD]}`);
      const full = await timeMedian(() => getReport(ctx, query), RUNS);
      const scoped = await timeMedian(() => getReport(ctxInkoper, query), RUNS);
      const counts = await timeMedian(() => runAssessmentCounts(db.prisma, assessmentCountsSql(keys, {})), RUNS);
      const bare = await bareMs(db, periodIds);
      console.log(
        [
          backend.padEnd(8),
          `${scale}×`.padStart(5),
          `${size.projects} projecten`.padStart(17),
          `${size.assessments} beoordelingen`.padStart(20),
          `vullen ${(fillMs / 1000).toFixed(1)} s`.padStart(14),
          `rapport ${full.toFixed(1)} ms`.padStart(18),
          `inkoper ${scoped.toFixed(1)} ms`.padStart(18),
          `telquery ${counts.toFixed(1)} ms`.padStart(19),
          `kale GROUP BY ${bare.toFixed(1)} ms`.padStart(24),
          `verhouding ${(full / bare).toFixed(2)}×`.padStart(18),
        ].join(" | "),
      );
    }
    if (HISTORY.includes(backend)) await benchHistory(db, ctx);
  } finally {
    await db.close();
    await drop();
  }
}

const backends = (process.env.BENCH_BACKENDS ?? "postgres,pglite").split(",").map((s) => s.trim()) as ("postgres" | "pglite")[];
console.log(`Rapportage-benchmark: mediaan van ${RUNS} runs na 3 opwarmruns (oktober 2020 vs maart 2020, landelijk en een inkoper)`);
const load = () => os.loadavg().map((x) => x.toFixed(1)).join(" / ");
console.log(`Machine: ${os.cpus().length} cores, load average (1/5/15 min) bij de start: ${load()}`);
for (const b of backends) await bench(b);
console.log(`Load average aan het eind: ${load()} (andere processen op de machine vertragen alle cijfers, ook de kale GROUP BY)`);
