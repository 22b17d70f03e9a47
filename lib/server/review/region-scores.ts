import "server-only";
import type { Ctx } from "../accounts/session";
import { assertPermission } from "../core/authz";
import { regionManageWhere } from "../core/scope";
import { changedFields, writeAudit } from "../core/audit";
import { ConflictError, conflictOnDuplicate, NotFoundError } from "../core/errors";
import { saveEachRow } from "../core/row-outcome";
import { assertPeriodWritable } from "../periods/admin";
import type { RegionScoreInput } from "../../domain/assessment";

/** Region process scores per (sub)region per period (three phase scales), recorded by WIR. */

const scoreSelect = { id: true, agreements: true, dynamics: true, vision: true, note: true, version: true } as const;
type Score = { agreements: number | null; dynamics: number | null; vision: number | null; note: string };

/** Every (sub)region in the actor's scope with its scores at the period and the latest earlier ones. */
export async function listRegionScores(ctx: Ctx, periodId: string) {
  assertPermission(ctx.actor, "portfolio:read");
  const period = await ctx.db.reportingPeriod.findUnique({ where: { id: periodId }, select: { id: true, peildatum: true } });
  if (!period) throw new NotFoundError("Deze rapportageperiode bestaat niet.");
  const regions = await ctx.db.region.findMany({
    where: regionManageWhere(ctx.actor),
    select: {
      id: true,
      code: true,
      name: true,
      isSubregion: true,
      zorgkantoorregio: { select: { assignments: { where: { validTo: null }, select: { concessiehouder: { select: { name: true } } } } } },
      scores: {
        where: { period: { peildatum: { lte: period.peildatum } } },
        select: { ...scoreSelect, periodId: true, period: { select: { label: true } } },
        orderBy: { period: { peildatum: "desc" } },
        take: 2,
      },
    },
    orderBy: { reportOrder: "asc" },
  });
  return regions.map((r) => {
    const current = r.scores.find((s) => s.periodId === period.id) ?? null;
    const previous = r.scores.find((s) => s.periodId !== period.id) ?? null;
    return {
      regionId: r.id,
      code: r.code,
      name: r.name,
      isSubregion: r.isSubregion,
      concessiehouderName: r.zorgkantoorregio.assignments[0]?.concessiehouder.name ?? null,
      score: current,
      previous: previous ? { ...previous, periodLabel: previous.period.label } : null,
    };
  });
}

export type RegionScoreOutcome = { regionId: string; outcome: "created" | "updated" | "unchanged" | "conflict" | "notFound" };

/** Saves the scores of many regions; one transaction and version check per region. */
export async function recordRegionScores(ctx: Ctx, periodId: string, rows: RegionScoreInput[]): Promise<RegionScoreOutcome[]> {
  assertPermission(ctx.actor, "regionScore:record");
  await assertPeriodWritable(ctx.db, periodId);
  const saved = await saveEachRow(ctx.db, rows, async (tx, row) => {
    const region = await tx.region.findFirst({ where: { AND: [{ id: row.regionId }, regionManageWhere(ctx.actor)] }, select: { id: true } });
    if (!region) throw new NotFoundError();
    await assertPeriodWritable(tx, periodId);
    const data: Score = { agreements: row.agreements, dynamics: row.dynamics, vision: row.vision, note: row.note };
    const existing = await tx.regionScore.findUnique({ where: { regionId_periodId: { regionId: row.regionId, periodId } }, select: scoreSelect });
    if (!existing) {
      if (row.version !== 0) throw new ConflictError();
      if (data.agreements == null && data.dynamics == null && data.vision == null && !data.note) return "unchanged" as const;
      const created = await conflictOnDuplicate(tx.regionScore.create({ data: { regionId: row.regionId, periodId, ...data }, select: scoreSelect }));
      await writeAudit(tx, ctx.actor, { action: "CREATE", entity: "RegionScore", entityId: created.id, after: { regionId: row.regionId, periodId, ...data } });
      return "created" as const;
    }
    if (existing.version !== row.version) throw new ConflictError();
    const diff = changedFields({ agreements: existing.agreements, dynamics: existing.dynamics, vision: existing.vision, note: existing.note }, data);
    if (!diff) return "unchanged" as const;
    const changed = await tx.regionScore.updateMany({ where: { id: existing.id, version: row.version }, data: { ...data, version: { increment: 1 } } });
    if (changed.count === 0) throw new ConflictError();
    await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "RegionScore", entityId: existing.id, before: diff.before, after: diff.after });
    return "updated" as const;
  });
  return saved.map(({ row, outcome }) => ({ regionId: row.regionId, outcome }));
}
