import "server-only";
import { getDb } from "../db";
import { systemClock } from "../../domain/clock";
import { startWorker, type JobHandlers, type Worker } from "./worker";
import { notificationJobs } from "../notifications/jobs";
import { scheduleNextDigest } from "../notifications/mail";

/**
 * Every job kind the app knows, in one table. Mail kinds join when the mail outbox is there.
 */
export function appJobHandlers(): JobHandlers {
  return { ...notificationJobs };
}

/** JOBS_WORKER=off keeps the worker out of this process (run `npm run worker` instead). */
export function inProcessWorkerEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(off|0|false|nee)$/i.test(env.JOBS_WORKER?.trim() ?? "");
}

const globalForWorker = globalThis as unknown as { __regiotafelWorker?: Worker };

/** Starts the job worker in this process (once), polling every JOBS_POLL_MS (default 2000). */
export async function startJobWorker(): Promise<Worker> {
  if (globalForWorker.__regiotafelWorker) return globalForWorker.__regiotafelWorker;
  const { prisma } = await getDb();
  const worker = startWorker({
    prisma,
    handlers: appJobHandlers(),
    clock: systemClock,
    pollMs: Math.max(200, Number(process.env.JOBS_POLL_MS ?? 2000) || 2000),
    beforeEachRound: scheduleNextDigest,
  });
  globalForWorker.__regiotafelWorker = worker;
  console.log("Regiotafel: taakverwerking (meldingen, herinneringen, e-mail) draait in dit proces.");
  return worker;
}
