/**
 * Retry rules of the job table (docs/decisions/0018-job-table.md): a failed job runs again after
 * an exponentially growing pause, and is given up after MAX_JOB_ATTEMPTS tries.
 */
export const MAX_JOB_ATTEMPTS = 8;

const FIRST_PAUSE_MS = 30_000;
const LONGEST_PAUSE_MS = 6 * 60 * 60_000;

/** The pause before the next try, after `attempts` failed tries (1, 2, …): 30 s, 1 min, 2 min, … at most 6 h. */
export function retryPauseMs(attempts: number): number {
  return Math.min(FIRST_PAUSE_MS * 2 ** Math.max(0, attempts - 1), LONGEST_PAUSE_MS);
}
