import "server-only";
import { getDb } from "../db";
import { systemClock } from "../../domain/clock";
import { startWorker, type JobHandlers, type Worker } from "./worker";
import { notificationJobs } from "../notifications/jobs";
import { mailJobs, scheduleNextDigest } from "../notifications/mail";
import { housekeepingJobs, scheduleHousekeeping } from "./housekeeping";
import { configuredTransport, deliverPendingMail } from "../mail";
import type { PrismaClient } from "../../generated/prisma/client";
import type { Clock } from "../../domain/clock";

/** Every job kind the app knows, in one table. */
export function appJobHandlers(): JobHandlers {
  return { ...notificationJobs, ...mailJobs(), ...housekeepingJobs };
}

/** After each round: deliver what waits in the mail outbox (without SMTP_URL it stays there, for /beheer/mail). */
async function deliverMail(prisma: PrismaClient, clock: Clock): Promise<void> {
  const transport = configuredTransport();
  if (transport) await deliverPendingMail(prisma, transport, clock.now());
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
    beforeEachRound: async (db, clock) => {
      await scheduleNextDigest(db, clock);
      await scheduleHousekeeping(db, clock);
    },
    afterEachRound: deliverMail,
  });
  globalForWorker.__regiotafelWorker = worker;
  console.log("Regiotafel: taakverwerking (meldingen, herinneringen, e-mail) draait in dit proces.");
  return worker;
}
