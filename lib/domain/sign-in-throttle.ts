/**
 * The sign-in throttle's rule (docs/security.md "Throttle"). Failures are counted per e-mail
 * address and per client address. The first `freeFailures - 1` cost nothing; from the
 * `freeFailures`-th on, each one locks that key for a time that doubles, from one minute up to
 * at most 15 minutes. Attempts during a lock are refused without counting, so a lock never grows
 * by being hammered and never lasts longer than 15 minutes after the last counted failure. A
 * count is forgotten an hour after its last failure; a successful sign-in forgets the account's.
 */
export const SIGN_IN_THROTTLE = {
  freeFailures: 5,
  firstLockMs: 60_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
} as const;

/** How long a key is locked after its `failures`-th counted failure (0: not locked). */
export function lockMsAfter(failures: number, rule = SIGN_IN_THROTTLE): number {
  if (failures < rule.freeFailures) return 0;
  return Math.min(rule.firstLockMs * 2 ** (failures - rule.freeFailures), rule.maxLockMs);
}

/**
 * The lock in seconds for failure counts 1, 2, … up to the first count that reaches the maximum
 * (higher counts use the last entry). The database applies the rule from this table, so the rule
 * is written once.
 */
export function lockSecondsTable(rule = SIGN_IN_THROTTLE): number[] {
  const table: number[] = [];
  for (let failures = 1; ; failures++) {
    const ms = lockMsAfter(failures, rule);
    table.push(ms / 1000);
    if (ms >= rule.maxLockMs) return table;
  }
}
