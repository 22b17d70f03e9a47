import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { testBackends, useTestDb, type TestBackend } from "@/tests/support/db";
import { createScratchDatabase } from "@/lib/server/db/scratch";
import { openDatabase, type DbHandle, type DbTarget } from "@/lib/server/db/connection";
import { migrate } from "@/lib/server/db/migrate";
import { enqueueJob, enqueueJobs, jobCounts } from "@/lib/server/jobs/queue";
import { runDueJobs, runNextJob, type JobHandlers } from "@/lib/server/jobs/worker";
import { manualClock } from "@/lib/domain/clock";
import { MAX_JOB_ATTEMPTS, retryPauseMs } from "@/lib/domain/jobs";

let seq = 0;
const key = (name: string) => `${name}-${Date.now()}-${++seq}`;

async function markers(db: DbHandle, marker: string) {
  return db.prisma.auditLog.count({ where: { entity: "JobTest", entityId: marker } });
}

const markerHandlers: JobHandlers = {
  "test.marker": async (tx, { job }) => {
    await tx.auditLog.create({ data: { action: "CREATE", entity: "JobTest", entityId: String(job.payload.marker) } });
  },
};

for (const backend of testBackends()) {
  describe(`job table (${backend.name})`, () => {
    const t = useTestDb(backend, { reference: false });

    it("runs a job once, and an event enqueued twice is one job", async () => {
      const clock = manualClock("2026-03-01T08:00:00Z");
      const k = key("once");
      const marker = key("m");
      expect(await enqueueJob(t.db.prisma, { kind: "test.marker", key: k, payload: { marker }, runAt: clock.now() })).toBe(1);
      expect(await enqueueJob(t.db.prisma, { kind: "test.marker", key: k, payload: { marker }, runAt: clock.now() })).toBe(0);
      await runDueJobs(t.db.prisma, markerHandlers, clock);
      await runDueJobs(t.db.prisma, markerHandlers, clock);
      expect(await markers(t.db, marker)).toBe(1);
    });

    it("waits for runAt: a scheduled job runs only when the clock reaches it", async () => {
      const clock = manualClock("2026-03-01T08:00:00Z");
      const marker = key("m");
      await enqueueJob(t.db.prisma, { kind: "test.marker", key: key("later"), payload: { marker }, runAt: new Date("2026-03-10T06:00:00Z") });
      await runDueJobs(t.db.prisma, markerHandlers, clock);
      expect(await markers(t.db, marker)).toBe(0);
      clock.set("2026-03-10T06:00:00Z");
      await runDueJobs(t.db.prisma, markerHandlers, clock);
      expect(await markers(t.db, marker)).toBe(1);
    });

    it("a failing job leaves nothing behind, is retried after the backoff pause, and is given up after the last try", async () => {
      const clock = manualClock("2026-03-01T08:00:00Z");
      const marker = key("m");
      const k = key("fail");
      let calls = 0;
      const failing: JobHandlers = {
        "test.fail": async (tx) => {
          calls++;
          await tx.auditLog.create({ data: { action: "CREATE", entity: "JobTest", entityId: marker } });
          throw new Error("SMTP weg");
        },
      };
      await enqueueJob(t.db.prisma, { kind: "test.fail", key: k, runAt: clock.now() });
      expect(await runNextJob(t.db.prisma, failing, clock)).toBe("failed");
      expect(await markers(t.db, marker)).toBe(0); // rolled back
      // not again before the pause is over
      clock.set(new Date(clock.now().getTime() + retryPauseMs(1) - 1000));
      expect(await runNextJob(t.db.prisma, failing, clock)).toBe("idle");
      for (let attempt = 1; attempt < MAX_JOB_ATTEMPTS; attempt++) {
        clock.set(new Date(clock.now().getTime() + retryPauseMs(attempt) + 1000));
        expect(await runNextJob(t.db.prisma, failing, clock)).toBe("failed");
      }
      expect(calls).toBe(MAX_JOB_ATTEMPTS);
      const job = await t.db.prisma.job.findUniqueOrThrow({ where: { idempotencyKey: k } });
      expect(job.failedAt).not.toBeNull();
      expect(job.lastError).toBe("SMTP weg");
      clock.advanceDays(30);
      expect(await runNextJob(t.db.prisma, failing, clock)).toBe("idle");
    });

    it("two workers at once never run the same job", async () => {
      const clock = manualClock("2026-03-01T08:00:00Z");
      const marker = key("m");
      const jobs = Array.from({ length: 12 }, (_, i) => ({ kind: "test.marker", key: key(`par${i}`), payload: { marker }, runAt: clock.now() }));
      await enqueueJobs(t.db.prisma, jobs);
      const [a, b] = await Promise.all([runDueJobs(t.db.prisma, markerHandlers, clock), runDueJobs(t.db.prisma, markerHandlers, clock)]);
      expect(a.ran + b.ran).toBe(12);
      expect(await markers(t.db, marker)).toBe(12);
    });

    it("leaves jobs of kinds it has no handler for (e.g. mail before mail is configured)", async () => {
      const clock = manualClock("2026-03-01T08:00:00Z");
      const k = key("other");
      await enqueueJob(t.db.prisma, { kind: "test.unhandled", key: k, runAt: clock.now() });
      await runDueJobs(t.db.prisma, markerHandlers, clock);
      const job = await t.db.prisma.job.findUniqueOrThrow({ where: { idempotencyKey: k } });
      expect(job.doneAt).toBeNull();
      expect(job.attempts).toBe(0);
      expect((await jobCounts(t.db.prisma, clock.now())).due).toBeGreaterThanOrEqual(1);
    });
  });

  describe(`job table: a worker killed mid-job (${backend.name})`, () => {
    it("loses nothing and does nothing twice: the job runs again, once, after the restart", async () => {
      const { target, drop } = await durableDatabase(backend);
      try {
        const marker = key("crash");
        let db = await openDatabase(target);
        await migrate(db.raw);
        await enqueueJob(db.prisma, { kind: "test.marker", key: key("crash"), payload: { marker }, runAt: new Date(Date.now() - 1000) });
        if (target.backend === "pglite") await db.close(); // one process at a time on the embedded database

        await runChildUntilStartedThenKill(target);

        if (target.backend === "pglite") db = await openDatabase(target);
        expect(await markers(db, marker)).toBe(0); // the killed transaction left nothing
        const clock = manualClock(new Date());
        expect((await jobCounts(db.prisma, clock.now())).due).toBe(1);
        await runDueJobs(db.prisma, markerHandlers, clock);
        expect(await markers(db, marker)).toBe(1);
        expect((await jobCounts(db.prisma, clock.now())).due).toBe(0);
        await db.close();
      } finally {
        await drop();
      }
    }, 240_000); // starts a second Node process (tsx): slow on a loaded machine
  });
}

/** A database another process can open too: a PGlite directory, or a PostgreSQL database. */
async function durableDatabase(backend: TestBackend): Promise<{ target: DbTarget; drop(): Promise<void> }> {
  if (backend.name === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "regiotafel-jobs-"));
    return { target: { backend: "pglite", dataDir: dir }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const scratch = await createScratchDatabase("postgres", backend.serverUrl, "regiotafel_t");
  const name = (await scratch.db.raw.query<{ name: string }>("SELECT current_database() AS name"))[0].name;
  const target = new URL(backend.serverUrl!);
  target.pathname = `/${name}`;
  await scratch.db.close(); // the test opens its own connection
  return { target: { backend: "postgres", url: target.toString() }, drop: scratch.drop };
}

function runChildUntilStartedThenKill(target: DbTarget): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(process.cwd(), "tests/support/job-crash-child.ts"), JSON.stringify(target)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.on("data", (d: Buffer) => {
      if (d.toString().includes("started")) child.kill("SIGKILL");
    });
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve();
      else reject(new Error(`child ended without being killed (code ${code}): ${stderr}`));
    });
  });
}
