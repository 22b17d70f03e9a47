import "server-only";
import type { Db } from "../db";

export type PeriodSummary = { id: string; code: string; label: string; shortLabel: string; peildatum: Date; state: "PLANNED" | "OPEN" | "CLOSED" };

const select = { id: true, code: true, label: true, shortLabel: true, peildatum: true, state: true } as const;

/** All reporting periods, oldest first. Periods are not confidential. */
export function listPeriods(db: Db): Promise<PeriodSummary[]> {
  return db.reportingPeriod.findMany({ select, orderBy: { peildatum: "asc" } });
}

/**
 * The period home pages and lists show the status of: the latest period that has assessments.
 * While a newer period is open and its records are still being made, that is the previous one.
 * Without any assessments: the open period, else the latest closed one.
 */
export async function currentPeriod(db: Db): Promise<PeriodSummary | null> {
  return (
    (await db.reportingPeriod.findFirst({ where: { state: { not: "PLANNED" }, assessments: { some: {} } }, select, orderBy: { peildatum: "desc" } })) ??
    (await db.reportingPeriod.findFirst({ where: { state: "OPEN" }, select, orderBy: { peildatum: "desc" } })) ??
    (await db.reportingPeriod.findFirst({ where: { state: "CLOSED" }, select, orderBy: { peildatum: "desc" } }))
  );
}

/** The period open for progress updates (the latest, should there be several), or null. */
export function openPeriod(db: Db): Promise<PeriodSummary | null> {
  return db.reportingPeriod.findFirst({ where: { state: "OPEN" }, select, orderBy: { peildatum: "desc" } });
}
