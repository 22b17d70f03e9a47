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
 * Not a test: it prints figures (docs/performance.md, section "Report").
 */
import crypto from "node:crypto";
import os from "node:os";
import pg from "pg";
import { openDatabase, type DbHandle } from "../lib/server/db/connection";
import { migrate } from "../lib/server/db/migrate";
import { unsafeSeedReferenceData } from "../lib/server/seed/reference";
import { createUser } from "../lib/server/seed/factories";
import { loadActor } from "../lib/server/actor";
import { getReport, bareGroupBySql, assessmentCountsSql, countKeys } from "../lib/server/report";
import { fillBenchData } from "./bench-data";
import * as J from "../tests/support/january-2021";

const SCALES = [10, 100];
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";


async function timeMedian(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await fn(); // warm-up (plans, caches, JIT)
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function bench(backend: "postgres" | "pglite") {
  let db: DbHandle;
  let drop = async () => {};
  if (backend === "postgres") {
    const name = `regiotafel_bench_${crypto.randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: SERVER });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(SERVER);
    u.pathname = `/${name}`;
    db = await openDatabase({ backend: "postgres", url: u.toString() });
    drop = async () => {
      const a = new pg.Client({ connectionString: SERVER });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
  } else {
    db = await openDatabase({ backend: "pglite", dataDir: null });
  }
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
      const full = await timeMedian(() => getReport(ctx, query));
      const scoped = await timeMedian(() => getReport(ctxInkoper, query));
      const counts = await timeMedian(() => db.prisma.$queryRaw(assessmentCountsSql(keys, {})));
      const bare = await timeMedian(() => db.prisma.$queryRaw(bareGroupBySql(periodIds)));
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
