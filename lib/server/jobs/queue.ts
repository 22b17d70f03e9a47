import "server-only";
import type { Db } from "../db";
import { Prisma } from "../../generated/prisma/client";
import { utc } from "./sql";

/**
 * The job table (docs/decisions/0018-job-table.md). A job is enqueued in the transaction of the
 * event that causes it: when that transaction rolls back, there is no job; when it commits, the
 * job is in the database and survives any crash or restart until the worker has run it.
 */

export type NewJob = {
  kind: string;
  /** unique per event: enqueuing the same key again is a no-op (no double notifications) */
  key: string;
  payload?: Record<string, unknown>;
  /** when to run; a scheduled reminder is a row with a future runAt */
  runAt: Date;
};

/** Enqueues jobs in one statement; keys already present are skipped. Returns how many were new. */
export async function enqueueJobs(db: Db, jobs: readonly NewJob[]): Promise<number> {
  if (jobs.length === 0) return 0;
  return db.$executeRaw`
    INSERT INTO "Job" (kind, payload, "idempotencyKey", "runAt")
    SELECT k, p::jsonb, key, (r::timestamptz AT TIME ZONE 'UTC')
    FROM unnest(${jobs.map((j) => j.kind)}::text[], ${jobs.map((j) => JSON.stringify(j.payload ?? {}))}::text[],
                ${jobs.map((j) => j.key)}::text[], ${jobs.map((j) => j.runAt.toISOString())}::text[]) AS t(k, p, key, r)
    ON CONFLICT ("idempotencyKey") DO NOTHING`;
}

export function enqueueJob(db: Db, job: NewJob): Promise<number> {
  return enqueueJobs(db, [job]);
}

export type JobCounts = { pending: number; due: number; failed: number; done: number };

/** How the queue stands at `now` (for the worker's log and the tests). */
export async function jobCounts(db: Db, now: Date): Promise<JobCounts> {
  const [row] = await db.$queryRaw<{ pending: number; due: number; failed: number; done: number }[]>(Prisma.sql`
    SELECT count(*) FILTER (WHERE "doneAt" IS NULL AND "failedAt" IS NULL)::int AS pending,
           count(*) FILTER (WHERE "doneAt" IS NULL AND "failedAt" IS NULL AND "runAt" <= ${utc(now)})::int AS due,
           count(*) FILTER (WHERE "failedAt" IS NOT NULL)::int AS failed,
           count(*) FILTER (WHERE "doneAt" IS NOT NULL)::int AS done
    FROM "Job"`);
  return row;
}
