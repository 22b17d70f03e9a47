import { describe, expect, it } from "vitest";
import { daysLeft, daysLeftText, deadlineSchedule, formatDutchDate, nextDigestAt, suggestedDeadlines } from "./deadlines";

describe("deadlines", () => {
  it("counts days left in Dutch time, the deadline day itself included", () => {
    expect(daysLeft("2026-03-15", new Date("2026-03-10T12:00:00Z"))).toBe(5);
    expect(daysLeft("2026-03-15", new Date("2026-03-15T22:30:00Z"))).toBe(0); // 23:30 in Amsterdam: still the last day
    expect(daysLeft("2026-03-15", new Date("2026-03-15T23:30:00Z"))).toBe(-1); // 00:30 on the 16th
  });
  it("says it in Dutch", () => {
    expect(daysLeftText("2026-03-15", new Date("2026-03-10T08:00:00Z"))).toBe("nog 5 dagen");
    expect(daysLeftText("2026-03-15", new Date("2026-03-14T08:00:00Z"))).toBe("nog 1 dag");
    expect(daysLeftText("2026-03-15", new Date("2026-03-15T08:00:00Z"))).toBe("vandaag is de laatste dag");
    expect(daysLeftText("2026-03-15", new Date("2026-03-18T08:00:00Z"))).toBe("3 dagen verstreken");
  });
  it("formats a date the Dutch way", () => {
    expect(formatDutchDate("2026-04-01")).toBe("1 april 2026");
  });
  it("schedules the reminder N days before and the notice the day after, early morning", () => {
    expect(deadlineSchedule("2026-03-15", 7)).toEqual({
      reminderAt: new Date("2026-03-08T06:00:00Z"),
      overdueAt: new Date("2026-03-16T06:00:00Z"),
    });
  });
  it("sends the daily summary at 06:00 UTC, today if that is still to come", () => {
    expect(nextDigestAt(new Date("2026-03-10T05:00:00Z"))).toEqual(new Date("2026-03-10T06:00:00Z"));
    expect(nextDigestAt(new Date("2026-03-10T07:00:00Z"))).toEqual(new Date("2026-03-11T06:00:00Z"));
  });
});

describe("suggestedDeadlines", () => {
  it("proposes six and ten weeks ahead, with a reminder a week before", () => {
    expect(suggestedDeadlines(new Date("2026-03-01T10:00:00Z"))).toEqual({ updateDeadline: "2026-04-12", assessmentDeadline: "2026-05-10", reminderDaysBefore: 7 });
  });
});
