import "server-only";
import type { Ctx } from "../accounts/session";
import { assertPermission } from "../core/authz";
import { changedFields, writeAudit } from "../core/audit";
import { ConflictError, NotFoundError, ValidationError } from "../core/errors";
import type { LibraryIndicatorInput } from "../../domain/results/validation";
import type { IndicatorDirection, IndicatorUnit } from "../../domain/results/enums";
import type { StandardIndicator } from "../../domain/results/standard-indicators";

/** The indicator library WIR keeps (standard indicators; projects' own ones are not in it). */

export type LibraryIndicator = StandardIndicator & { id: string; active: boolean; version: number; projectCount: number };

/** Readable by every signed-in user who reads projects: the leader chooses from it. */
export async function listLibrary(ctx: Ctx, opts: { activeOnly?: boolean } = {}): Promise<LibraryIndicator[]> {
  assertPermission(ctx.actor, "project:read");
  const rows = await ctx.db.indicator.findMany({
    where: { ownerProjectId: null, ...(opts.activeOnly ? { active: true } : {}) },
    select: {
      id: true,
      code: true,
      name: true,
      definition: true,
      unit: true,
      direction: true,
      hoofdrubriekCodes: true,
      themeCodes: true,
      active: true,
      version: true,
      _count: { select: { uses: true } },
    },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  return rows.map(({ _count, ...r }) => ({ ...r, unit: r.unit as IndicatorUnit, direction: r.direction as IndicatorDirection, projectCount: _count.uses }));
}

function auditView(i: { code: string; name: string; definition: string; unit: string; direction: string; hoofdrubriekCodes: string[]; themeCodes: string[]; active: boolean }) {
  return { code: i.code, name: i.name, definition: i.definition, unit: i.unit, direction: i.direction, hoofdrubriekCodes: i.hoofdrubriekCodes, themeCodes: i.themeCodes, active: i.active };
}

/**
 * WIR adds or changes a library indicator. The unit cannot change once projects measure it
 * (their values would change meaning); retire it (active off) and add a new one instead.
 */
export async function saveLibraryIndicator(ctx: Ctx, input: LibraryIndicatorInput): Promise<{ id: string; version: number }> {
  assertPermission(ctx.actor, "indicator:manage");
  const data = {
    code: input.code,
    name: input.name,
    definition: input.definition,
    unit: input.unit,
    direction: input.direction,
    hoofdrubriekCodes: input.hoofdrubriekCodes,
    themeCodes: input.themeCodes,
    active: input.active,
  };
  return ctx.db.$transaction(async (tx) => {
      const taken = await tx.indicator.findFirst({ where: { code: input.code, ...(input.id ? { id: { not: input.id } } : {}) }, select: { id: true } });
      if (taken) throw new ValidationError("Deze code is al in gebruik.", { code: ["Er is al een indicator met deze code. Kies een andere code."] });
      if (!input.id) {
        const created = await tx.indicator.create({ data, select: { id: true, version: true } });
        await writeAudit(tx, ctx.actor, { action: "CREATE", entity: "Indicator", entityId: created.id, after: auditView(data) });
        return created;
      }
      const current = await tx.indicator.findFirst({ where: { id: input.id, ownerProjectId: null }, include: { _count: { select: { uses: true } } } });
      if (!current) throw new NotFoundError("Deze indicator staat niet in de bibliotheek.");
      if (current.unit !== input.unit && current._count.uses > 0) {
        throw new ValidationError("De eenheid kan niet meer veranderen.", {
          unit: ["Projecten meten deze indicator al; hun waarden zouden van betekenis veranderen. Zet hem op niet-actief en voeg een nieuwe toe."],
        });
      }
      const { count } = await tx.indicator.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw new ConflictError();
      const diff = changedFields(auditView(current), auditView(data));
      if (diff) await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "Indicator", entityId: input.id, ...diff });
      return { id: input.id, version: input.version + 1 };
  });
}
