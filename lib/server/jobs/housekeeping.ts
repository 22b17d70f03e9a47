import "server-only";
import type { PrismaClient } from "../../generated/prisma/client";
import type { Clock } from "../../domain/clock";
import type { JobHandlers } from "./worker";
import { enqueueJob } from "./queue";
import { pruneLoginThrottle } from "../accounts/sign-in";
import { pruneRateLimits } from "../core/rate-limit";
import { sweepOrphanFiles } from "../files";

const HOUR_MS = 3_600_000;

/**
 * Hourly housekeeping: removes sign-in throttle counts and rate-limit windows that no longer
 * count, and uploaded files on disk or in S3 whose StoredFile row is gone (ADR 0023). The file
 * store being unreachable does not hold up the rest: it is logged and tried again next hour.
 */
export const housekeepingJobs: JobHandlers = {
  "housekeeping.prune": async (tx, { clock }) => {
    await pruneLoginThrottle(tx, clock.now());
    await pruneRateLimits(tx);
    try {
      const swept = await sweepOrphanFiles(tx, clock.now());
      if (swept.removed + swept.temporary > 0) console.log(`Opruimen: ${swept.removed} verweesde en ${swept.temporary} onafgemaakte bestanden verwijderd.`);
    } catch (error) {
      console.warn(`Opruimen van verweesde bestanden is mislukt; volgend uur opnieuw: ${error instanceof Error ? error.message : String(error)}`);
    }
  },
};

/** Makes sure the next hour's housekeeping is scheduled (idempotent: one job per hour). */
export async function scheduleHousekeeping(prisma: PrismaClient, clock: Clock): Promise<void> {
  const at = new Date((Math.floor(clock.now().getTime() / HOUR_MS) + 1) * HOUR_MS);
  await enqueueJob(prisma, { kind: "housekeeping.prune", key: `housekeeping:${at.toISOString()}`, runAt: at });
}
