import "server-only";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { Clock } from "../../domain/clock";
import { MAX_JOB_ATTEMPTS, retryPauseMs } from "../../domain/jobs";
import { utc } from "./sql";

/**
 * The worker: runs due jobs from the job table, one at a time, each in its own transaction.
 *
 * A job is claimed with `SELECT … FOR UPDATE SKIP LOCKED`, its handler runs in the SAME
 * transaction and the job is marked done before the commit. So:
 * - the handler's writes and "done" commit together: if the process dies mid-job, nothing of it
 *   is committed and the job runs again on the next start (never lost, never half done);
 * - several workers (app instances, `npm run worker`) never run the same job: a locked row is
 *   skipped by the others;
 * - when the handler throws, its writes roll back and the job is retried later with backoff
 *   (lib/domain/jobs.ts), until it is given up and marked failed.
 * Handlers only write to the database (e-mail goes through the mail outbox, which has its own
 * retries), so a job's transaction stays short and never waits on a network service.
 */

export type ClaimedJob = { id: bigint; kind: string; payload: Record<string, unknown>; attempts: number; runAt: Date };
export type JobContext = { clock: Clock; job: ClaimedJob };
export type JobHandler = (tx: Prisma.TransactionClient, ctx: JobContext) => Promise<void>;
export type JobHandlers = Readonly<Record<string, JobHandler>>;

export type RunOutcome = "ran" | "failed" | "idle";

/** Claims and runs the next due job, if any. */
export async function runNextJob(prisma: PrismaClient, handlers: JobHandlers, clock: Clock): Promise<RunOutcome> {
  const kinds = Object.keys(handlers);
  let claimed: ClaimedJob | null = null;
  try {
    await prisma.$transaction(
      async (tx) => {
        const now = clock.now();
        const rows = await tx.$queryRaw<ClaimedJob[]>`
          SELECT id, kind, payload, attempts, "runAt" FROM "Job"
          WHERE "doneAt" IS NULL AND "failedAt" IS NULL AND "runAt" <= ${utc(now)} AND kind = ANY(${kinds}::text[])
          ORDER BY "runAt", id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`;
        const job = rows[0];
        if (!job) return;
        claimed = job;
        await handlers[job.kind](tx, { clock, job });
        await tx.$executeRaw`UPDATE "Job" SET "doneAt" = ${utc(clock.now())}, attempts = attempts + 1, "lastError" = NULL WHERE id = ${job.id}`;
      },
      // a fan-out over tens of thousands of rows may take a while on a small machine
      { maxWait: 60_000, timeout: 300_000 },
    );
  } catch (error) {
    const job = claimed as ClaimedJob | null;
    if (!job) throw error;
    await recordFailure(prisma, job, error, clock.now());
    return "failed";
  }
  return claimed ? "ran" : "idle";
}

async function recordFailure(prisma: PrismaClient, job: ClaimedJob, error: unknown, now: Date) {
  const attempts = job.attempts + 1;
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  if (attempts >= MAX_JOB_ATTEMPTS) {
    console.error(`Taak ${job.kind} (${job.id}) is na ${attempts} pogingen opgegeven: ${message}`);
    await prisma.$executeRaw`UPDATE "Job" SET attempts = ${attempts}, "lastError" = ${message}, "failedAt" = ${utc(now)} WHERE id = ${job.id}`;
  } else {
    const retryAt = new Date(now.getTime() + retryPauseMs(attempts));
    console.warn(`Taak ${job.kind} (${job.id}) mislukt (poging ${attempts}); nieuwe poging om ${retryAt.toISOString()}: ${message}`);
    await prisma.$executeRaw`UPDATE "Job" SET attempts = ${attempts}, "lastError" = ${message}, "runAt" = ${utc(retryAt)} WHERE id = ${job.id}`;
  }
}

/** Runs due jobs until none is left (or `max` have run). Returns how many ran and failed. */
export async function runDueJobs(
  prisma: PrismaClient,
  handlers: JobHandlers,
  clock: Clock,
  max = Number.POSITIVE_INFINITY,
): Promise<{ ran: number; failed: number }> {
  let ran = 0;
  let failed = 0;
  while (ran + failed < max) {
    const outcome = await runNextJob(prisma, handlers, clock);
    if (outcome === "idle") break;
    if (outcome === "ran") ran++;
    else failed++;
  }
  return { ran, failed };
}

export type Worker = { stop(): Promise<void> };

/**
 * Polls the job table every `pollMs` until stopped. `beforeEachRound` schedules recurring work
 * (the daily summary) idempotently; `afterEachRound` delivers mail. Errors are logged; the loop
 * keeps going.
 */
export function startWorker(options: {
  prisma: PrismaClient;
  handlers: JobHandlers;
  clock: Clock;
  pollMs: number;
  beforeEachRound?: (prisma: PrismaClient, clock: Clock) => Promise<void>;
  /** e.g. hand the mail the jobs queued to the SMTP server, outside any job's transaction */
  afterEachRound?: (prisma: PrismaClient, clock: Clock) => Promise<void>;
}): Worker {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let round: Promise<void> = Promise.resolve();
  const tick = () => {
    round = (async () => {
      try {
        await options.beforeEachRound?.(options.prisma, options.clock);
        await runDueJobs(options.prisma, options.handlers, options.clock);
        await options.afterEachRound?.(options.prisma, options.clock);
      } catch (error) {
        console.error("Taakverwerking:", error);
      }
      if (!stopped) {
        timer = setTimeout(tick, options.pollMs);
      }
    })();
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await round;
    },
  };
}
