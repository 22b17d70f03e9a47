/**
 * Where "now" comes from. Code that schedules or decides by time (jobs, reminders, deadlines)
 * takes a Clock, so tests move time instead of waiting for it.
 */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved: for tests and benchmarks. */
export function manualClock(start: Date | string): Clock & { set(at: Date | string): void; advanceDays(days: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set(at) {
      current = new Date(at);
    },
    advanceDays(days) {
      current = new Date(current.getTime() + days * 86_400_000);
    },
  };
}
