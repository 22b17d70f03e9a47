import "server-only";
import { cache } from "react";
import type { Db } from "../db";
import { pagePeriod, runningPeriod, type PeriodPurpose } from "../../domain/periods";

export type PeriodSummary = { id: string; code: string; label: string; shortLabel: string; peildatum: Date; state: "PLANNED" | "OPEN" | "CLOSED" };

const select = { id: true, code: true, label: true, shortLabel: true, peildatum: true, state: true } as const;

/** Read once per page render (React's cache): a page, its layout and their helpers ask for the periods several times. */
const periodsOf = cache((db: Db): Promise<PeriodSummary[]> => db.reportingPeriod.findMany({ select, orderBy: { peildatum: "asc" } }));

/** All reporting periods, oldest first. Periods are not confidential. */
export async function listPeriods(db: Db): Promise<PeriodSummary[]> {
  return [...(await periodsOf(db))];
}

/**
 * The period a page opens on: the one named by `code` when given and existing, else the period
 * rule of lib/domain/periods.ts for the page's purpose — `figures` (latest closed period) or
 * `work` (the open period, "lopende periode"). See docs/periods.md.
 */
export async function findPagePeriod(db: Db, purpose: PeriodPurpose, code?: string | null): Promise<PeriodSummary | null> {
  const periods = await listPeriods(db);
  return (code ? periods.find((p) => p.code === code) : undefined) ?? pagePeriod(periods, purpose) ?? null;
}

/** The "lopende periode": the period open for progress updates and review, or null. */
export async function findRunningPeriod(db: Db): Promise<PeriodSummary | null> {
  return runningPeriod(await listPeriods(db)) ?? null;
}
