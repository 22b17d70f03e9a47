import { describe, expect, it } from "vitest";
import { lockMsAfter, lockSecondsTable, SIGN_IN_THROTTLE } from "./sign-in-throttle";

describe("sign-in throttle rule", () => {
  it("lets four failures pass, then locks for a time that doubles from one minute up to 15 minutes", () => {
    expect([1, 2, 3, 4].map((n) => lockMsAfter(n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 50].map((n) => lockMsAfter(n) / 60_000)).toEqual([1, 2, 4, 8, 15, 15, 15]);
  });

  it("gives the database the same rule as a table ending at the maximum", () => {
    expect(lockSecondsTable()).toEqual([0, 0, 0, 0, 60, 120, 240, 480, 900]);
    expect(lockSecondsTable().at(-1)).toBe(SIGN_IN_THROTTLE.maxLockMs / 1000);
  });
});
