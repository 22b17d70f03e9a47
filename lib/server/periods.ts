import "server-only";
import type { Db } from "./db";

export type PeriodSummary = { id: string; code: string; label: string; shortLabel: string; peildatum: Date; state: "PLANNED" | "OPEN" | "CLOSED" };

const select = { id: true, code: true, label: true, shortLabel: true, peildatum: true, state: true } as const;

/** All reporting periods, oldest first. Periods are not confidential. */
export function listPeriods(db: Db): Promise<PeriodSummary[]> {
  return db.reportingPeriod.findMany({ select, orderBy: { peildatum: "asc" } });
}

/** The period home pages show: the open one, else the latest closed one. */
export async function currentPeriod(db: Db): Promise<PeriodSummary | null> {
  return (
    (await db.reportingPeriod.findFirst({ where: { state: "OPEN" }, select, orderBy: { peildatum: "desc" } })) ??
    (await db.reportingPeriod.findFirst({ where: { state: "CLOSED" }, select, orderBy: { peildatum: "desc" } }))
  );
}
