import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { Ctx } from "../accounts/session";
import type { Db } from "../db";
import { assertPermission } from "../core/authz";
import { ConflictError, conflictOnDuplicate, NotFoundError, ValidationError } from "../core/errors";
import { writeAudit } from "../core/audit";
import { findPagePeriod, listPeriods, type PeriodSummary } from "../periods/read";
import type { ShowcaseChoiceInput } from "../../domain/validation/showcase";

/**
 * WIR's showcase project per region per period (Bijlage 2 of that period's report): at most one
 * per region per period (UNIQUE periodId+regionId). A region without a choice for the period
 * keeps the showcase flag of the import (`Project.isShowcase`). Only OPEN and CLOSED periods —
 * a published report version keeps its own snapshot, so a later choice does not change it.
 */

export type ShowcaseRegionRow = {
  id: string;
  code: string;
  name: string;
  choice: { projectId: string; version: number } | null;
  /** the region's projects (registered, not drafts), by number */
  candidates: { id: string; wirNumber: string; title: string }[];
};
export type ShowcaseScreen = { period: PeriodSummary; periods: PeriodSummary[]; regions: ShowcaseRegionRow[] };

/** Projects that may be a region's showcase: registered (not a draft) projects of that region. */
const candidateWhere = (regionId: string): Prisma.ProjectWhereInput => ({ regionId, lifecycle: { not: "DRAFT" } });

/** What the showcase screen shows for a period (the report's period by default). */
export async function showcaseScreen(ctx: Ctx, periodCode?: string | null): Promise<ShowcaseScreen | null> {
  assertPermission(ctx.actor, "showcase:choose");
  const periods = (await listPeriods(ctx.db)).filter((p) => p.state !== "PLANNED");
  const period = await findPagePeriod(ctx.db, "figures", periodCode);
  if (!period || period.state === "PLANNED") return null;
  const [regions, choices, projects] = await Promise.all([
    ctx.db.region.findMany({ select: { id: true, code: true, name: true }, orderBy: { reportOrder: "asc" } }),
    ctx.db.showcaseChoice.findMany({ where: { periodId: period.id }, select: { regionId: true, projectId: true, version: true } }),
    ctx.db.project.findMany({ where: { lifecycle: { not: "DRAFT" } }, select: { id: true, wirNumber: true, title: true, regionId: true }, orderBy: { wirNumber: "asc" } }),
  ]);
  const chosen = new Map(choices.map((c) => [c.regionId, { projectId: c.projectId, version: c.version }]));
  const byRegion = new Map<string, ShowcaseRegionRow["candidates"]>();
  for (const p of projects) {
    const list = byRegion.get(p.regionId) ?? [];
    list.push({ id: p.id, wirNumber: p.wirNumber, title: p.title });
    byRegion.set(p.regionId, list);
  }
  return { period, periods: periods.reverse(), regions: regions.map((r) => ({ ...r, choice: chosen.get(r.id) ?? null, candidates: byRegion.get(r.id) ?? [] })) };
}

/**
 * Sets (projectId) or clears (projectId "") a region's showcase for a period. `version` is the
 * choice's version the screen showed (0: there was none); someone else's change in between is a
 * ConflictError. Audited.
 */
export async function chooseShowcase(ctx: Ctx, input: ShowcaseChoiceInput): Promise<{ version: number }> {
  assertPermission(ctx.actor, "showcase:choose");
  return ctx.db.$transaction(async (tx) => {
    const period = await tx.reportingPeriod.findUnique({ where: { id: input.periodId }, select: { id: true, state: true } });
    if (!period) throw new NotFoundError("Deze rapportageperiode bestaat niet.");
    if (period.state === "PLANNED") throw new ValidationError("Kies voorbeeldprojecten voor een geopende of gesloten periode.");
    const region = await tx.region.findUnique({ where: { id: input.regionId }, select: { id: true } });
    if (!region) throw new NotFoundError("Deze regio bestaat niet.");
    if (input.projectId) {
      const ok = await tx.project.count({ where: { id: input.projectId, ...candidateWhere(region.id) } });
      if (!ok) throw new ValidationError("Kies een ingediend project van deze regio.", { projectId: ["Kies een ingediend project van deze regio."] });
    }
    const current = await currentChoice(tx, period.id, region.id);
    if ((current?.version ?? 0) !== input.version) throw new ConflictError();
    const before = current ? { projectId: current.projectId } : undefined;
    let version = 0;
    if (!input.projectId) {
      if (current) await tx.showcaseChoice.delete({ where: { id: current.id } });
    } else if (current) {
      const { count } = await tx.showcaseChoice.updateMany({
        where: { id: current.id, version: current.version },
        data: { projectId: input.projectId, chosenById: ctx.actor.userId, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError();
      version = current.version + 1;
    } else {
      // a concurrent first choice for the same region and period hits the UNIQUE constraint
      const created = await conflictOnDuplicate(
        tx.showcaseChoice.create({ data: { periodId: period.id, regionId: region.id, projectId: input.projectId, chosenById: ctx.actor.userId }, select: { version: true } }),
      );
      version = created.version;
    }
    await writeAudit(tx, ctx.actor, {
      action: !current ? "CREATE" : input.projectId ? "UPDATE" : "DELETE",
      entity: "ShowcaseChoice",
      entityId: `${period.id}:${region.id}`,
      before,
      after: input.projectId ? { projectId: input.projectId } : undefined,
    });
    return { version };
  });
}

function currentChoice(db: Db, periodId: string, regionId: string) {
  return db.showcaseChoice.findUnique({ where: { periodId_regionId: { periodId, regionId } }, select: { id: true, projectId: true, version: true } });
}

/**
 * Bijlage 2's projects for a period and a selection of regions: the chosen project of each region
 * with a choice, and for the other regions the import's showcase flag (assessed at the period).
 */
export async function showcaseProjects(db: Db, periodId: string, regionIds: string[], hoofdrubriekId: string | null) {
  const select = { id: true, wirNumber: true, title: true, description: true, goal: true, regionId: true, hoofdrubriekId: true } as const;
  const choices = await db.showcaseChoice.findMany({
    where: { periodId, regionId: { in: regionIds } },
    select: { regionId: true, project: { select } },
  });
  const chosenRegions = new Set(choices.map((c) => c.regionId));
  const flagged = await db.project.findMany({
    where: {
      isShowcase: true,
      lifecycle: { not: "DRAFT" },
      regionId: { in: regionIds.filter((id) => !chosenRegions.has(id)) },
      ...(hoofdrubriekId ? { hoofdrubriekId } : {}),
      assessments: { some: { periodId } },
    },
    select,
    take: 500,
  });
  return [...choices.map((c) => c.project).filter((p) => !hoofdrubriekId || p.hoofdrubriekId === hoofdrubriekId), ...flagged];
}
