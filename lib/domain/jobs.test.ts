import { describe, expect, it } from "vitest";
import { MAX_JOB_ATTEMPTS, retryPauseMs } from "./jobs";

describe("retryPauseMs", () => {
  it("doubles from 30 seconds", () => {
    expect([1, 2, 3, 4].map(retryPauseMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });
  it("never waits longer than six hours", () => {
    expect(retryPauseMs(30)).toBe(6 * 60 * 60_000);
  });
  it("gives up after a bounded number of tries", () => {
    expect(MAX_JOB_ATTEMPTS).toBeGreaterThan(3);
    expect(retryPauseMs(MAX_JOB_ATTEMPTS)).toBeLessThanOrEqual(6 * 60 * 60_000);
  });
});
