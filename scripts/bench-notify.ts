/**
 * `npm run bench:notify [-- --projects=31800 --leaders=10000 --backends=postgres,pglite]`
 *
 * Opening a period for the national portfolio: a fresh database (PGlite in memory; PostgreSQL at
 * BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres, in a database the
 * script creates and drops) gets `projects` active projects spread over the regions and `leaders`
 * project leaders (about three projects each, some shared), inserted with INSERT … SELECT. Then WIR
 * opens a period with a deadline, and this process, acting as the worker, runs every due job:
 * the notification fan-out (one INSERT … SELECT) and the mail flush into the outbox (500 mails a
 * job, one multi-row insert each). Prints the time to open, the time until every notification
 * and mail is scheduled, the counts, and the peak memory (RSS; for PGlite it includes the
 * database). Figures belong in docs/performance.md.
 */
import { createScratchDatabase } from "../lib/server/db/scratch";
import { migrate } from "../lib/server/db/migrate";
import { unsafeSeedReferenceData } from "../lib/server/reference-data/seed";
import { createPeriod, openPlannedPeriod } from "../lib/server/periods/admin";
import { loadActor } from "../lib/server/accounts/actor";
import { runDueJobs } from "../lib/server/jobs/worker";
import { appJobHandlers } from "../lib/server/jobs/run";
import { manualClock } from "../lib/domain/clock";
import type { DbHandle } from "../lib/server/db/connection";

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const projectCount = Number(arg("projects", "31800"));
const leaderCount = Number(arg("leaders", "10000"));
const backends = arg("backends", "postgres,pglite").split(",");
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

async function fill(db: DbHandle) {
  await db.raw.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
     SELECT 'bl' || g, 'leider' || g || '@bench.test', 'Leider ' || g, 'x', now() FROM generate_series(1, $1::int) g`,
    [leaderCount],
  );
  await db.raw.query(`INSERT INTO "Membership" (id, "userId", role) SELECT 'bm' || g, 'bl' || g, 'PROJECTLEIDER' FROM generate_series(1, $1::int) g`, [leaderCount]);
  await db.raw.query(
    `INSERT INTO "Project" (id, "wirNumber", title, "regionId", "hoofdrubriekId", lifecycle, "updatedAt")
     SELECT 'bp' || g, 'B-' || lpad(g::text, 6, '0'), 'Benchproject ' || g,
            (SELECT id FROM "Region" ORDER BY code OFFSET (g % (SELECT count(*) FROM "Region")) LIMIT 1),
            (SELECT id FROM "Hoofdrubriek" ORDER BY code LIMIT 1), 'ACTIVE', now()
     FROM generate_series(1, $1::int) g`,
    [projectCount],
  );
  // every project one leader (round robin), every tenth project a second one
  await db.raw.query(
    `INSERT INTO "ProjectLeader" ("projectId", "userId")
     SELECT 'bp' || g, 'bl' || (1 + g % $2::int) FROM generate_series(1, $1::int) g
     UNION
     SELECT 'bp' || g, 'bl' || (1 + (g + 7) % $2::int) FROM generate_series(1, $1::int) g WHERE g % 10 = 0`,
    [projectCount, leaderCount],
  );
  await db.raw.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('bwir', 'wir@bench.test', 'WIR', 'x', now())`);
  await db.raw.query(`INSERT INTO "Membership" (id, "userId", role) VALUES ('bmw', 'bwir', 'WIR')`);
}

async function run(backend: "pglite" | "postgres") {
  const { db, drop } = await createScratchDatabase(backend, serverUrl, "regiotafel_bench");
  try {
    await migrate(db.raw);
    await unsafeSeedReferenceData(db.prisma);
    await fill(db);
    const actor = await loadActor(db.prisma, "bwir");
    if (!actor) throw new Error("WIR-account ontbreekt");
    const clock = manualClock("2030-03-01T09:00:00Z");
    const ctx = { db: db.prisma, actor, clock };
    const period = await createPeriod(ctx, { year: 2030, month: 3, peildatum: "2030-03-01" });
    (globalThis as { gc?: () => void }).gc?.();
    const baseRss = process.memoryUsage().rss;
    peakRss = 0;
    const timer = setInterval(sample, 50);
    const t0 = performance.now();
    await openPlannedPeriod(ctx, { id: period.id, version: period.version, updateDeadline: "2030-04-12", assessmentDeadline: "2030-05-10", reminderDaysBefore: 7 });
    const opened = performance.now() - t0;
    const jobs = await runDueJobs(db.prisma, appJobHandlers(), clock);
    const total = performance.now() - t0;
    clearInterval(timer);
    sample();
    const [counts] = await db.raw.query<{ notifications: number; mails: number; scheduled: number }>(
      `SELECT (SELECT count(*) FROM "Notification")::int AS notifications, (SELECT count(*) FROM "MailMessage")::int AS mails,
              (SELECT count(*) FROM "Job" WHERE "doneAt" IS NULL)::int AS scheduled`,
    );
    console.log(
      `${backend.padEnd(8)} ${projectCount} projects, ${leaderCount} leaders: open ${(opened / 1000).toFixed(2)} s, ` +
        `every notification and mail scheduled ${(total / 1000).toFixed(1)} s (${jobs.ran} jobs, ${jobs.failed} failed); ` +
        `${counts.notifications} notifications, ${counts.mails} mails in the outbox, ${counts.scheduled} jobs waiting (reminder, deadline notice); ` +
        `peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB (${(baseRss / 1024 / 1024).toFixed(0)} MB before opening)`,
    );
  } finally {
    await drop();
  }
}

for (const backend of backends) await run(backend as "pglite" | "postgres");
