import "server-only";
import type { Ctx } from "../accounts/session";
import { assertPermission } from "../core/authz";
import { changedFields, writeAudit } from "../core/audit";
import { ConflictError, NotFoundError, ValidationError } from "../core/errors";
import type { Db } from "../db";
import type { ConcessiehouderInput, HoofdrubriekInput, MergerInput, ThemeInput, TransferInput } from "../../domain/validation/reference-data";

/**
 * The beheerder's reference data: concessiehouders, which concessiehouder holds each
 * zorgkantoorregio over time, hoofdrubrieken and Kwaliteitskader themes. Every change is
 * version-checked and audited in its transaction. A transfer or merger never rewrites history:
 * the current ConcessionAssignment gets an end date and a new one starts on the same day, so a
 * report at an earlier peildatum still counts the region for its old concessiehouder.
 */

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function referenceDataOverview(ctx: Ctx) {
  assertPermission(ctx.actor, "reference:manage");
  const [concessiehouders, zorgkantoorregios, hoofdrubrieken, themes] = await Promise.all([
    ctx.db.concessiehouder.findMany({
      select: { id: true, code: true, name: true, reportOrder: true, supported: true, version: true },
      orderBy: [{ reportOrder: "asc" }, { name: "asc" }],
    }),
    ctx.db.zorgkantoorregio.findMany({
      select: {
        id: true,
        cbsCode: true,
        name: true,
        version: true,
        regions: { select: { name: true }, orderBy: { reportOrder: "asc" } },
        assignments: { select: { validFrom: true, validTo: true, concessiehouder: { select: { id: true, name: true } } }, orderBy: { validFrom: "asc" } },
      },
      orderBy: { cbsCode: "asc" },
    }),
    ctx.db.hoofdrubriek.findMany({ select: { id: true, code: true, label: true, reportOrder: true, version: true, _count: { select: { projects: true } } }, orderBy: { reportOrder: "asc" } }),
    ctx.db.kwaliteitskaderTheme.findMany({ select: { id: true, code: true, label: true, group: true, reportOrder: true, version: true, _count: { select: { projects: true } } }, orderBy: { reportOrder: "asc" } }),
  ]);
  const zkr = zorgkantoorregios.map((z) => {
    const current = z.assignments.find((a) => a.validTo === null) ?? null;
    return {
      id: z.id,
      cbsCode: z.cbsCode,
      name: z.name,
      version: z.version,
      regions: z.regions.map((r) => r.name),
      current: current ? { concessiehouderId: current.concessiehouder.id, concessiehouderName: current.concessiehouder.name, validFrom: day(current.validFrom) } : null,
      history: z.assignments.map((a) => ({ concessiehouderName: a.concessiehouder.name, validFrom: day(a.validFrom), validTo: a.validTo ? day(a.validTo) : null })),
    };
  });
  return {
    concessiehouders: concessiehouders.map((c) => ({ ...c, regionCount: zkr.filter((z) => z.current?.concessiehouderId === c.id).length })),
    zorgkantoorregios: zkr,
    hoofdrubrieken: hoofdrubrieken.map(({ _count, ...h }) => ({ ...h, projectCount: _count.projects })),
    themes: themes.map(({ _count, ...t }) => ({ ...t, projectCount: _count.projects })),
  };
}
export type ReferenceDataOverview = Awaited<ReturnType<typeof referenceDataOverview>>;

/** Creates (no id) or changes a code-list record with a version check; audited. */
async function saveCodeRecord<T extends Record<string, unknown>>(
  ctx: Ctx,
  entity: string,
  input: { id?: string; version: number },
  data: T,
  ops: {
    /** the record holding this code, if any */
    byCode: (tx: Db, code: string) => Promise<{ id: string } | null>;
    find: (tx: Db, id: string) => Promise<(T & { version: number }) | null>;
    create: (tx: Db, data: T) => Promise<{ id: string }>;
    update: (tx: Db, id: string, version: number, data: T) => Promise<number>;
  },
): Promise<{ id: string }> {
  assertPermission(ctx.actor, "reference:manage");
  return ctx.db.$transaction(async (tx) => {
    const holder = await ops.byCode(tx, String(data.code));
    if (holder && holder.id !== input.id) throw new ValidationError("Deze code bestaat al.", { code: ["Deze code is al in gebruik; kies een andere."] });
    if (!input.id) {
      const created = await ops.create(tx, data);
      await writeAudit(tx, ctx.actor, { action: "CREATE", entity, entityId: created.id, after: data });
      return created;
    }
    const before = await ops.find(tx, input.id);
    if (!before) throw new NotFoundError("Dit gegeven bestaat niet (meer).");
    if (before.version !== input.version) throw new ConflictError();
    const count = await ops.update(tx, input.id, input.version, data);
    if (count === 0) throw new ConflictError();
    const { version: _v, ...old } = before;
    void _v;
    const diff = changedFields(old, data);
    if (diff) await writeAudit(tx, ctx.actor, { action: "UPDATE", entity, entityId: input.id, ...diff });
    return { id: input.id };
  });
}

export async function saveConcessiehouder(ctx: Ctx, input: ConcessiehouderInput) {
  const data = { code: input.code, name: input.name, reportOrder: input.reportOrder, supported: input.supported };
  const select = { code: true, name: true, reportOrder: true, supported: true, version: true } as const;
  return saveCodeRecord(ctx, "Concessiehouder", input, data, {
    byCode: (tx, code) => tx.concessiehouder.findUnique({ where: { code }, select: { id: true } }),
    find: (tx, id) => tx.concessiehouder.findUnique({ where: { id }, select }),
    create: (tx, d) => tx.concessiehouder.create({ data: d, select: { id: true } }),
    update: async (tx, id, version, d) => (await tx.concessiehouder.updateMany({ where: { id, version }, data: { ...d, version: { increment: 1 } } })).count,
  });
}

export async function saveHoofdrubriek(ctx: Ctx, input: HoofdrubriekInput) {
  const data = { code: input.code, label: input.label, reportOrder: input.reportOrder };
  const select = { code: true, label: true, reportOrder: true, version: true } as const;
  return saveCodeRecord(ctx, "Hoofdrubriek", input, data, {
    byCode: (tx, code) => tx.hoofdrubriek.findUnique({ where: { code }, select: { id: true } }),
    find: (tx, id) => tx.hoofdrubriek.findUnique({ where: { id }, select }),
    create: (tx, d) => tx.hoofdrubriek.create({ data: d, select: { id: true } }),
    update: async (tx, id, version, d) => (await tx.hoofdrubriek.updateMany({ where: { id, version }, data: { ...d, version: { increment: 1 } } })).count,
  });
}

export async function saveTheme(ctx: Ctx, input: ThemeInput) {
  const data = { code: input.code, label: input.label, group: input.group, reportOrder: input.reportOrder };
  const select = { code: true, label: true, group: true, reportOrder: true, version: true } as const;
  return saveCodeRecord(ctx, "KwaliteitskaderTheme", input, data, {
    byCode: (tx, code) => tx.kwaliteitskaderTheme.findUnique({ where: { code }, select: { id: true } }),
    find: (tx, id) => tx.kwaliteitskaderTheme.findUnique({ where: { id }, select }),
    create: (tx, d) => tx.kwaliteitskaderTheme.create({ data: d, select: { id: true } }),
    update: async (tx, id, version, d) => (await tx.kwaliteitskaderTheme.updateMany({ where: { id, version }, data: { ...d, version: { increment: 1 } } })).count,
  });
}

/**
 * Moves one zorgkantoorregio to another concessiehouder from `validFrom` on (inside a
 * transaction). The date must lie after the current assignment's start and not in the future
 * (the app's "current holder" is the open assignment).
 */
async function transferIn(tx: Db, ctx: Ctx, zorgkantoorregioId: string, concessiehouderId: string, validFrom: Date, version: number | null) {
  const zkr = await tx.zorgkantoorregio.findUnique({
    where: { id: zorgkantoorregioId },
    select: { id: true, name: true, version: true, assignments: { where: { validTo: null }, select: { id: true, validFrom: true, concessiehouder: { select: { id: true, name: true } } } } },
  });
  if (!zkr) throw new NotFoundError("Deze zorgkantoorregio bestaat niet.");
  if (version !== null && zkr.version !== version) throw new ConflictError();
  const current = zkr.assignments[0] ?? null;
  if (current?.concessiehouder.id === concessiehouderId) throw new ValidationError(`${zkr.name} hoort al bij deze concessiehouder.`, { concessiehouderId: ["Kies een andere concessiehouder dan de huidige."] });
  if (current && validFrom <= current.validFrom) {
    throw new ValidationError("De ingangsdatum ligt te vroeg.", { validFrom: [`De ingangsdatum moet na ${day(current.validFrom)} liggen, de start van de huidige toewijzing.`] });
  }
  const target = await tx.concessiehouder.findUnique({ where: { id: concessiehouderId }, select: { id: true, name: true } });
  if (!target) throw new ValidationError("Kies de nieuwe concessiehouder.", { concessiehouderId: ["Deze concessiehouder bestaat niet."] });
  const bumped = await tx.zorgkantoorregio.updateMany({ where: { id: zkr.id, version: zkr.version }, data: { version: { increment: 1 } } });
  if (bumped.count === 0) throw new ConflictError();
  if (current) {
    const closed = await tx.concessionAssignment.updateMany({ where: { id: current.id, validTo: null }, data: { validTo: validFrom } });
    if (closed.count === 0) throw new ConflictError();
  }
  await tx.concessionAssignment.create({ data: { zorgkantoorregioId: zkr.id, concessiehouderId: target.id, validFrom } });
  await writeAudit(tx, ctx.actor, {
    action: "UPDATE",
    entity: "Zorgkantoorregio",
    entityId: zkr.id,
    before: { concessiehouder: current?.concessiehouder.name ?? null },
    after: { concessiehouder: target.name, validFrom: day(validFrom) },
  });
}

function assertNotFuture(validFrom: Date) {
  if (validFrom.getTime() > Date.now()) {
    throw new ValidationError("De ingangsdatum ligt in de toekomst.", { validFrom: ["Een overdracht legt u vast op of na de ingangsdatum; kies vandaag of een eerdere datum."] });
  }
}

export async function transferRegion(ctx: Ctx, input: TransferInput): Promise<void> {
  assertPermission(ctx.actor, "reference:manage");
  const validFrom = new Date(`${input.validFrom}T00:00:00Z`);
  assertNotFuture(validFrom);
  await ctx.db.$transaction((tx) => transferIn(tx, ctx, input.zorgkantoorregioId, input.concessiehouderId, validFrom, input.version));
}

/** A merger or takeover: every region `fromId` holds now goes to `intoId` from the date on. */
export async function mergeConcessiehouders(ctx: Ctx, input: MergerInput): Promise<{ regions: number }> {
  assertPermission(ctx.actor, "reference:manage");
  const validFrom = new Date(`${input.validFrom}T00:00:00Z`);
  assertNotFuture(validFrom);
  return ctx.db.$transaction(async (tx) => {
    const [from, into] = await Promise.all([
      tx.concessiehouder.findUnique({ where: { id: input.fromId }, select: { id: true, name: true } }),
      tx.concessiehouder.findUnique({ where: { id: input.intoId }, select: { id: true, name: true } }),
    ]);
    if (!from) throw new ValidationError("Kies de concessiehouder die opgaat in een andere.", { fromId: ["Deze concessiehouder bestaat niet."] });
    if (!into) throw new ValidationError("Kies de concessiehouder die de regio's overneemt.", { intoId: ["Deze concessiehouder bestaat niet."] });
    const held = await tx.concessionAssignment.findMany({ where: { concessiehouderId: from.id, validTo: null }, select: { zorgkantoorregioId: true }, orderBy: { zorgkantoorregioId: "asc" } });
    if (held.length === 0) throw new ValidationError(`${from.name} heeft nu geen regio's.`, { fromId: ["Deze concessiehouder heeft geen regio's om over te dragen."] });
    for (const a of held) await transferIn(tx, ctx, a.zorgkantoorregioId, into.id, validFrom, null);
    await writeAudit(tx, ctx.actor, {
      action: "UPDATE",
      entity: "Concessiehouder",
      entityId: from.id,
      before: { mergedInto: null },
      after: { mergedInto: into.name, validFrom: day(validFrom), regionCount: held.length },
    });
    return { regions: held.length };
  });
}
