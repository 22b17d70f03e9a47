import { describe, expect, it } from "vitest";
import { sessionExpired, sessionLimits } from "./session-limits";

const limits = sessionLimits({});
const t0 = Date.UTC(2026, 0, 5, 8, 0);
const min = 60_000;

describe("session limits", () => {
  it("default to 12 hours absolute and 30 minutes idle, configurable", () => {
    expect(limits).toEqual({ absoluteMs: 12 * 60 * min, idleMs: 30 * min });
    expect(sessionLimits({ SESSION_MAX_HOURS: "8", SESSION_IDLE_MINUTES: "15" })).toEqual({ absoluteMs: 8 * 60 * min, idleMs: 15 * min });
    expect(sessionLimits({ SESSION_MAX_HOURS: "nul", SESSION_IDLE_MINUTES: "-5" })).toEqual(limits);
  });

  it("end a session idle for 30 minutes", () => {
    const claims = { epoch: 0, authAt: t0, seenAt: t0 + 10 * min };
    expect(sessionExpired(claims, t0 + 39 * min, limits)).toBe(false);
    expect(sessionExpired(claims, t0 + 40 * min, limits)).toBe(true);
  });

  it("end an active session 12 hours after sign-in, however busy", () => {
    const at = (h: number) => t0 + h * 60 * min;
    expect(sessionExpired({ epoch: 0, authAt: t0, seenAt: at(11.9) }, at(11.95), limits)).toBe(false);
    expect(sessionExpired({ epoch: 0, authAt: t0, seenAt: at(11.99) }, at(12), limits)).toBe(true);
  });

  it("refuse a token without the claims, or from the future", () => {
    expect(sessionExpired({}, t0, limits)).toBe(true);
    expect(sessionExpired({ authAt: t0, seenAt: t0 }, t0, limits)).toBe(true);
    expect(sessionExpired({ epoch: 0, authAt: t0 + 10 * min, seenAt: t0 + 10 * min }, t0, limits)).toBe(true);
  });
});
