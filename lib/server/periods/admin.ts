import "server-only";
import * as notifyEvent from "../notifications/events";
import { z } from "zod";
import type { Db } from "../db";
import type { Ctx } from "../accounts/session";
import { assertPermission } from "../core/authz";
import { changedFields, writeAudit } from "../core/audit";
import { ConflictError, NotFoundError, ValidationError } from "../core/errors";
import { periodNames } from "../../domain/periods";
import { PERIOD_STATE, type PeriodState } from "../../domain/enums";

/**
 * Reporting periods as WIR manages them: create (PLANNED) → open (OPEN: leaders are asked for
 * updates, records may be written) → close (CLOSED: frozen). A closed period can be reopened,
 * with a reason, which is audited. Only one period is open at a time.
 */

/** Writing a record of a period that is not open. A ValidationError, so forms show its message. */
export class PeriodNotOpenError extends ValidationError {
  constructor(label: string, state: PeriodState) {
    super(
      state === "CLOSED"
        ? `De periode ${label} is gesloten; de gegevens ervan liggen vast. Alleen WIR kan de periode heropenen.`
        : `De periode ${label} is nog niet geopend; er kan nog niets voor worden vastgelegd.`,
    );
    this.name = "PeriodNotOpenError";
  }
}

/**
 * The guard every write of a period record (assessment, proposal, region score, progress update,
 * review) calls inside its transaction: the period must be OPEN. The row is locked FOR SHARE, so
 * a concurrent close waits until this write has committed (and a write after the close fails).
 */
export async function assertPeriodWritable(db: Db, periodId: string): Promise<{ id: string; label: string }> {
  const rows = await db.$queryRaw<{ id: string; label: string; state: PeriodState }[]>`
    SELECT id, label, state::text AS state FROM "ReportingPeriod" WHERE id = ${periodId} FOR SHARE`;
  const period = rows[0];
  if (!period) throw new NotFoundError("Deze rapportageperiode bestaat niet.");
  if (period.state !== "OPEN") throw new PeriodNotOpenError(period.label, period.state);
  return { id: period.id, label: period.label };
}

function loadPeriod(db: Db, id: string) {
  return db.reportingPeriod.findUniqueOrThrow({ where: { id }, select: periodSelect });
}

/** Serialises opening and reopening, so two WIR users cannot open two periods at once. */
async function lockPeriodStates(db: Db) {
  await db.$executeRawUnsafe("SELECT pg_advisory_xact_lock(730521001)");
}

const periodSelect = {
  id: true,
  code: true,
  label: true,
  shortLabel: true,
  peildatum: true,
  state: true,
  openedAt: true,
  closedAt: true,
  updateDeadline: true,
  assessmentDeadline: true,
  reminderDaysBefore: true,
  version: true,
} as const;

export type AdminPeriod = {
  id: string;
  code: string;
  label: string;
  shortLabel: string;
  peildatum: Date;
  state: PeriodState;
  openedAt: Date | null;
  closedAt: Date | null;
  updateDeadline: Date | null;
  assessmentDeadline: Date | null;
  reminderDaysBefore: number;
  version: number;
  updateCount: number;
  assessmentCount: number;
};

/** All periods, newest first, with how many updates and assessments each holds. */
export async function listPeriodsForAdmin(ctx: Ctx): Promise<AdminPeriod[]> {
  assertPermission(ctx.actor, "period:manage");
  const rows = await ctx.db.reportingPeriod.findMany({
    select: { ...periodSelect, _count: { select: { updates: true, assessments: true } } },
    orderBy: { peildatum: "desc" },
  });
  return rows.map(({ _count, ...p }) => ({ ...p, updateCount: _count.updates, assessmentCount: _count.assessments }));
}

export const createPeriodSchema = z.object({
  year: z.coerce.number({ error: "Vul een jaartal in." }).int({ error: "Vul een jaartal in." }).min(2018, { error: "Kies een jaar vanaf 2018." }).max(2100, { error: "Kies een jaar tot en met 2100." }),
  month: z.coerce.number({ error: "Kies een maand." }).int().min(1, { error: "Kies een maand." }).max(12, { error: "Kies een maand." }),
  peildatum: z.iso.date({ error: "Vul de peildatum in als datum (jjjj-mm-dd)." }),
});
export type CreatePeriodInput = z.infer<typeof createPeriodSchema>;

export async function createPeriod(ctx: Ctx, input: CreatePeriodInput) {
  assertPermission(ctx.actor, "period:manage");
  const names = periodNames(input.year, input.month);
  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.reportingPeriod.findUnique({ where: { code: names.code }, select: { id: true } });
    if (existing) throw new ValidationError(`De periode ${names.label} bestaat al.`, { month: [`De periode ${names.label} bestaat al.`] });
    const period = await tx.reportingPeriod.create({
      data: { ...names, peildatum: new Date(`${input.peildatum}T00:00:00Z`), state: "PLANNED" },
      select: periodSelect,
    });
    await writeAudit(tx, ctx.actor, { action: "CREATE", entity: "ReportingPeriod", entityId: period.id, after: period });
    return period;
  });
}

export const periodTransitionSchema = z.object({
  id: z.string().min(1).max(60),
  version: z.coerce.number().int().min(1),
});
const deadlineField = (what: string) =>
  z.iso.date({ error: `Vul de deadline voor ${what} in als datum (jjjj-mm-dd).` });

/** The deadlines WIR sets when opening a period (and may change later, with a reason). */
export const deadlinesSchema = z
  .object({
    updateDeadline: deadlineField("de voortgangsupdates"),
    assessmentDeadline: deadlineField("de beoordelingen"),
    reminderDaysBefore: z.coerce
      .number({ error: "Vul een aantal dagen in." })
      .int({ error: "Vul een heel aantal dagen in." })
      .min(1, { error: "De herinnering gaat minstens 1 dag voor de deadline." })
      .max(60, { error: "De herinnering gaat hoogstens 60 dagen voor de deadline." }),
  })
  .refine((d) => d.assessmentDeadline >= d.updateDeadline, {
    error: "De deadline voor de beoordelingen ligt niet voor die van de voortgangsupdates.",
    path: ["assessmentDeadline"],
  });
export type DeadlinesInput = z.infer<typeof deadlinesSchema>;

export const openPeriodSchema = z.intersection(periodTransitionSchema, deadlinesSchema);
export const changeDeadlinesSchema = z.intersection(
  periodTransitionSchema.extend({
    reason: z.string().trim().min(5, { error: "Geef aan waarom de deadline verandert (minstens 5 tekens)." }).max(1000, { error: "De reden is te lang (maximaal 1000 tekens)." }),
  }),
  deadlinesSchema,
);

const deadlineData = (d: DeadlinesInput) => ({
  updateDeadline: new Date(`${d.updateDeadline}T00:00:00Z`),
  assessmentDeadline: new Date(`${d.assessmentDeadline}T00:00:00Z`),
  reminderDaysBefore: d.reminderDaysBefore,
});

export const reopenSchema = periodTransitionSchema.extend({
  reason: z.string().trim().min(5, { error: "Geef aan waarom de periode opnieuw open moet (minstens 5 tekens)." }).max(1000),
});

async function transition(
  ctx: Ctx,
  input: { id: string; version: number },
  from: PeriodState,
  to: PeriodState,
  extra: Record<string, unknown> = {},
  options: { data?: Record<string, unknown>; afterWrite?: (tx: Db, after: Awaited<ReturnType<typeof loadPeriod>>, now: Date) => Promise<void> } = {},
) {
  assertPermission(ctx.actor, "period:manage");
  return ctx.db.$transaction(async (tx) => {
    await lockPeriodStates(tx);
    const before = await tx.reportingPeriod.findUnique({ where: { id: input.id }, select: periodSelect });
    if (!before) throw new NotFoundError("Deze rapportageperiode bestaat niet.");
    if (before.version !== input.version) throw new ConflictError();
    if (before.state !== from) {
      throw new ValidationError(`De periode ${before.label} is ${PERIOD_STATE.label(before.state).toLowerCase()}; dat kan nu niet.`);
    }
    if (to === "OPEN") {
      const open = await tx.reportingPeriod.findFirst({ where: { state: "OPEN", id: { not: before.id } }, select: { label: true } });
      if (open) throw new ValidationError(`Er is al een open periode (${open.label}). Sluit die eerst; er kan maar één periode tegelijk open zijn.`);
    }
    const now = notifyEvent.nowOf(ctx);
    const changed = await tx.reportingPeriod.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        state: to,
        version: { increment: 1 },
        ...(to === "OPEN" ? { openedAt: now, closedAt: null } : {}),
        ...(to === "CLOSED" ? { closedAt: now } : {}),
        ...options.data,
      },
    });
    if (changed.count === 0) throw new ConflictError();
    const after = await loadPeriod(tx, input.id);
    const diff = changedFields(before, after);
    await writeAudit(tx, ctx.actor, {
      action: "UPDATE",
      entity: "ReportingPeriod",
      entityId: after.id,
      before: diff?.before,
      after: { ...diff?.after, ...extra },
    });
    await options.afterWrite?.(tx, after, now);
    return after;
  });
}

/**
 * Opens a planned period. Leaders of active projects are asked for an update: the period now
 * appears as open on their pages. Nothing is copied: the previous period's values are offered
 * as proposals in the forms, and become final only when someone saves them.
 */
export async function openPlannedPeriod(ctx: Ctx, input: { id: string; version: number } & Partial<DeadlinesInput>) {
  let data = {};
  if (input.updateDeadline !== undefined) {
    const parsed = deadlinesSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "Ongeldige deadline.");
    data = deadlineData(parsed.data);
  }
  // the leaders are told, and the reminders scheduled, in the same transaction (docs/decisions/0019)
  const period = await transition(ctx, input, "PLANNED", "OPEN", {}, { data, afterWrite: (tx, after, now) => notifyEvent.periodOpened(tx, after, now) });
  const asked = await ctx.db.project.count({ where: { lifecycle: "ACTIVE", leaders: { some: {} } } });
  return { period, asked };
}

/** Closes the open period: from now on its records are frozen. */
export async function closePeriod(ctx: Ctx, input: { id: string; version: number }) {
  // closing makes WIR's judgements final: the leaders of judged projects are told
  return transition(ctx, input, "OPEN", "CLOSED", {}, { afterWrite: (tx, after, now) => notifyEvent.periodClosed(tx, after, now) });
}

/**
 * Changes the deadlines of a planned or open period, for a stated reason (audited). The reminder
 * and the notice after the deadline are scheduled anew; the old ones find the deadline changed
 * and send nothing.
 */
export async function changeDeadlines(ctx: Ctx, input: { id: string; version: number; reason: string } & DeadlinesInput) {
  assertPermission(ctx.actor, "period:manage");
  const parsed = changeDeadlinesSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "Ongeldige invoer.");
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.reportingPeriod.findUnique({ where: { id: input.id }, select: periodSelect });
    if (!before) throw new NotFoundError("Deze rapportageperiode bestaat niet.");
    if (before.version !== input.version) throw new ConflictError();
    if (before.state === "CLOSED") throw new ValidationError(`De periode ${before.label} is gesloten; de deadlines liggen vast.`);
    const { count } = await tx.reportingPeriod.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...deadlineData(parsed.data), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const after = await loadPeriod(tx, input.id);
    const diff = changedFields(before, after);
    if (diff) {
      await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "ReportingPeriod", entityId: after.id, before: diff.before, after: { ...diff.after, deadlineReason: parsed.data.reason } });
    }
    if (after.state === "OPEN") await notifyEvent.scheduleDeadlineJobs(tx, after, notifyEvent.nowOf(ctx));
    return after;
  });
}

/** Reopens a closed period, for a stated reason that goes into the audit log. */
export async function reopenPeriod(ctx: Ctx, input: { id: string; version: number; reason: string }) {
  assertPermission(ctx.actor, "period:manage");
  const parsed = reopenSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "Ongeldige invoer.", { reason: parsed.error.issues.map((i) => i.message) });
  return transition(ctx, input, "CLOSED", "OPEN", { reopenReason: input.reason });
}

/** The period before `peildatum` (for "previous values"), or null. */
export function previousPeriod(db: Db, peildatum: Date) {
  return db.reportingPeriod.findFirst({ where: { peildatum: { lt: peildatum } }, select: periodSelect, orderBy: { peildatum: "desc" } });
}
