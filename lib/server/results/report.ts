import "server-only";
import type { Ctx } from "../accounts/session";
import { assertPermission } from "../core/authz";
import { computeResults, type ResultsFigures } from "../../domain/results/report";
import type { IndicatorDirection, IndicatorUnit, TrajectStage } from "../../domain/results/enums";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * The figures of the chapter "Resultaten in cijfers" for the report's selection: the non-draft
 * projects in `regionIds` (already limited to the actor's scope by the report) and, when given,
 * one hoofdrubriek. Loads only standard indicators' rows and traject steps of those projects.
 */
export async function resultsForSelection(
  ctx: Ctx,
  sel: { regionIds: string[]; hoofdrubriekId?: string | null; period: { code: string; peildatum: string }; compare: { code: string; peildatum: string }; regions: { id: string; code: string; name: string }[] },
): Promise<ResultsFigures> {
  assertPermission(ctx.actor, "report:read");
  const projectWhere = { lifecycle: { not: "DRAFT" as const }, regionId: { in: sel.regionIds }, ...(sel.hoofdrubriekId ? { hoofdrubriekId: sel.hoofdrubriekId } : {}) };
  const until = new Date(`${sel.period.peildatum}T00:00:00Z`);
  const [perRegion, indicators, rows, steps] = await Promise.all([
    ctx.db.project.groupBy({ by: ["regionId"], where: projectWhere, _count: { _all: true } }),
    ctx.db.indicator.findMany({ where: { ownerProjectId: null }, select: { code: true, name: true, unit: true, direction: true }, orderBy: { name: "asc" } }),
    ctx.db.projectIndicator.findMany({
      where: { project: projectWhere, indicator: { ownerProjectId: null } },
      select: {
        projectId: true,
        baselineValue: true,
        baselineDate: true,
        targetValue: true,
        targetDate: true,
        indicator: { select: { code: true, direction: true } },
        measurements: { where: { period: { peildatum: { lte: until } } }, select: { value: true, period: { select: { peildatum: true } } } },
      },
    }),
    ctx.db.trajectStep.findMany({ where: { project: projectWhere, date: { lte: until } }, select: { projectId: true, stage: true, date: true, project: { select: { regionId: true } } } }),
  ]);
  const regionCode = new Map(sel.regions.map((r) => [r.id, r.code]));
  return computeResults({
    period: sel.period,
    compare: sel.compare,
    projectsPerRegion: perRegion.map((r) => ({ regionCode: regionCode.get(r.regionId) ?? "", count: r._count._all })),
    regions: sel.regions.map((r) => ({ code: r.code, name: r.name })),
    indicators: indicators.map((i) => ({ ...i, unit: i.unit as IndicatorUnit, direction: i.direction as IndicatorDirection })),
    series: rows.map((r) => ({
      projectId: r.projectId,
      indicatorCode: r.indicator.code,
      direction: r.indicator.direction as IndicatorDirection,
      baseline: r.baselineValue === null ? null : { value: r.baselineValue, date: day(r.baselineDate) },
      target: r.targetValue === null ? null : { value: r.targetValue, date: day(r.targetDate) },
      measurements: r.measurements.map((m) => ({ peildatum: day(m.period.peildatum)!, value: m.value })),
    })),
    steps: steps.map((s) => ({ projectId: s.projectId, regionCode: regionCode.get(s.project.regionId) ?? "", stage: s.stage as TrajectStage, date: day(s.date)! })),
  });
}
