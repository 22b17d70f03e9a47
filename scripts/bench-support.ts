/** What the benchmark scripts share. */
import { migrate } from "../lib/server/db/migrate";
import { unsafeSeedReferenceData } from "../lib/server/reference-data/seed";
import type { DbHandle } from "../lib/server/db/connection";

/** The times in milliseconds of repeated runs after a warm-up, shortest first. */
export async function timeRuns(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn(); // warm-up (plans, caches, JIT)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

/** The median of repeated runs after a warm-up. */
export async function timeMedian(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const times = await timeRuns(fn, runs);
  return times[Math.floor(times.length / 2)];
}

/**
 * Brings a new scratch database to the current schema with the reference data; gives the ids of
 * its regions and hoofdrubrieken to spread the generated projects over.
 */
export async function prepareScratchDatabase(db: DbHandle) {
  await migrate(db.raw);
  await unsafeSeedReferenceData(db.prisma);
  return Promise.all([db.prisma.region.findMany({ select: { id: true } }), db.prisma.hoofdrubriek.findMany({ select: { id: true } })]);
}
