import "server-only";
import type { Db } from "../db";
import { periodNames } from "../../domain/periods";

/**
 * The demo's open reporting period, maart 2021 (peildatum 1 March 2021), so project leaders have
 * progress updates to write. Idempotent; it leaves the closed periods and their records alone.
 */
export async function unsafeSeedDemoOpenPeriod(db: Db): Promise<void> {
  const names = periodNames(2021, 3);
  await db.reportingPeriod.upsert({
    where: { code: names.code },
    create: { ...names, peildatum: new Date("2021-03-01T00:00:00Z"), state: "OPEN", openedAt: new Date("2021-02-01T00:00:00Z") },
    update: {},
  });
}
