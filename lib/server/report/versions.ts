import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { Ctx } from "../accounts/session";
import type { Db } from "../db";
import { assertPermission } from "../core/authz";
import { isNational } from "../../domain/actor";
import { changedFields, writeAudit } from "../core/audit";
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from "../core/errors";
import { readNarrative, type ChapterKey, type Narrative } from "../../domain/report-document/chapters";

/**
 * Versions of the national progress report (WIR's work): a draft holds the narrative per chapter
 * and shows live figures; publishing freezes the figures into `snapshot` (later data changes do
 * not alter a published version) and a new version can then be started. Report versions are
 * national documents: reading them needs report:edit (WIR). Inkopers read the live report of
 * their own portfolio instead (lib/server/report/document.ts).
 */

export type ReportVersionSummary = {
  id: string;
  number: number;
  state: "DRAFT" | "PUBLISHED";
  version: number;
  period: { code: string; label: string };
  comparePeriod: { code: string; label: string };
  createdAt: Date;
  publishedAt: Date | null;
  publishedByName: string | null;
};

export type ReportVersionDetail = ReportVersionSummary & { narrative: Narrative; snapshot: unknown };

const summarySelect = {
  id: true,
  number: true,
  state: true,
  version: true,
  createdAt: true,
  publishedAt: true,
  publishedById: true,
  period: { select: { code: true, label: true } },
  comparePeriod: { select: { code: true, label: true } },
} as const;

async function names(ctx: Ctx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map();
  const users = await ctx.db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

type SummaryRow = Prisma.ReportVersionGetPayload<{ select: typeof summarySelect }>;
function toSummary(r: SummaryRow, byId: Map<string, string>): ReportVersionSummary {
  return {
    id: r.id,
    number: r.number,
    state: r.state,
    version: r.version,
    period: r.period,
    comparePeriod: r.comparePeriod,
    createdAt: r.createdAt,
    publishedAt: r.publishedAt,
    publishedByName: r.publishedById ? (byId.get(r.publishedById) ?? null) : null,
  };
}

/** The versions of the report of one period (all periods when omitted), newest first. */
export async function listReportVersions(ctx: Ctx, periodCode?: string): Promise<ReportVersionSummary[]> {
  assertPermission(ctx.actor, "report:edit");
  const rows = await ctx.db.reportVersion.findMany({
    where: periodCode ? { period: { code: periodCode } } : {},
    select: summarySelect,
    orderBy: [{ period: { peildatum: "desc" } }, { number: "desc" }],
  });
  const byId = await names(ctx, rows.map((r) => r.publishedById));
  return rows.map((r) => toSummary(r, byId));
}

/** One version by period and number. */
export async function getReportVersion(ctx: Ctx, periodCode: string, number: number): Promise<ReportVersionDetail> {
  assertPermission(ctx.actor, "report:edit");
  const row = await ctx.db.reportVersion.findFirst({
    where: { period: { code: periodCode }, number },
    select: { ...summarySelect, narrative: true, snapshot: true },
  });
  if (!row) throw new NotFoundError("Deze rapportageversie bestaat niet.");
  const byId = await names(ctx, [row.publishedById]);
  return { ...toSummary(row, byId), narrative: readNarrative(row.narrative), snapshot: row.snapshot };
}

async function periodIds(ctx: Ctx, periodCode: string, compareCode: string) {
  const [period, compare] = await Promise.all([
    ctx.db.reportingPeriod.findUnique({ where: { code: periodCode }, select: { id: true, peildatum: true } }),
    ctx.db.reportingPeriod.findUnique({ where: { code: compareCode }, select: { id: true, peildatum: true } }),
  ]);
  if (!period) throw new ValidationError(`De periode ${periodCode} bestaat niet.`, { periode: ["Onbekende periode."] });
  if (!compare) throw new ValidationError(`De vergelijkingsperiode ${compareCode} bestaat niet.`, { vergelijk: ["Onbekende periode."] });
  if (compare.peildatum >= period.peildatum)
    throw new ValidationError("De vergelijkingsperiode moet vóór de rapportageperiode liggen.", { vergelijk: ["Kies een eerdere periode."] });
  return { periodId: period.id, compareId: compare.id };
}

/**
 * Starts a new draft version of the report of `periodCode`, compared with `compareCode`. The
 * narrative of the latest earlier version of that period is carried over, so a new version starts
 * from the published text.
 */
export async function startReportVersion(ctx: Ctx, input: { periodCode: string; compareCode: string }): Promise<ReportVersionSummary> {
  assertPermission(ctx.actor, "report:edit");
  const { periodId, compareId } = await periodIds(ctx, input.periodCode, input.compareCode);
  try {
    const created = await ctx.db.$transaction(async (tx) => {
      const latest = await tx.reportVersion.findFirst({ where: { periodId }, orderBy: { number: "desc" }, select: { number: true, narrative: true } });
      const row = await tx.reportVersion.create({
        data: {
          periodId,
          comparePeriodId: compareId,
          number: (latest?.number ?? 0) + 1,
          narrative: readNarrative(latest?.narrative) as Prisma.InputJsonValue,
          createdById: ctx.actor.userId,
        },
        select: summarySelect,
      });
      await writeAudit(tx, ctx.actor, {
        action: "CREATE",
        entity: "ReportVersion",
        entityId: row.id,
        after: { period: input.periodCode, comparePeriod: input.compareCode, number: row.number, state: "DRAFT" },
      });
      return row;
    });
    return toSummary(created, new Map());
  } catch (error) {
    // two people starting a version at once: the unique (period, number) lets one win
    if (isUniqueViolation(error)) throw new ConflictError("Iemand anders startte tegelijk een nieuwe versie. Laad de pagina opnieuw.");
    throw error;
  }
}

async function draftForWrite(db: Db, id: string) {
  const row = await db.reportVersion.findUnique({ where: { id }, select: { id: true, state: true, version: true, narrative: true, number: true } });
  if (!row) throw new NotFoundError("Deze rapportageversie bestaat niet.");
  if (row.state !== "DRAFT") throw new ValidationError("Deze versie is gepubliceerd en kan niet meer worden gewijzigd. Start een nieuwe versie.");
  return row;
}

/** Saves the narrative of one chapter of a draft, if nobody saved the version in between. */
export async function saveNarrative(ctx: Ctx, input: { id: string; version: number; chapter: ChapterKey; text: string }): Promise<{ version: number }> {
  assertPermission(ctx.actor, "report:edit");
  return ctx.db.$transaction(async (tx) => {
    const row = await draftForWrite(tx, input.id);
    const before = readNarrative(row.narrative);
    const after: Narrative = { ...before, [input.chapter]: input.text };
    const { count } = await tx.reportVersion.updateMany({
      where: { id: input.id, version: input.version, state: "DRAFT" },
      data: { narrative: after as Prisma.InputJsonValue, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const diff = changedFields({ [input.chapter]: before[input.chapter] ?? "" }, { [input.chapter]: input.text });
    if (diff) await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "ReportVersion", entityId: input.id, before: { narrative: diff.before }, after: { narrative: diff.after } });
    return { version: input.version + 1 };
  });
}

/**
 * Publishes a draft: `snapshot` (the report document as it is now, built by the caller from live
 * data with this version's narrative) is stored and never changes again.
 */
export async function publishReportVersion(
  ctx: Ctx,
  input: { id: string; version: number },
  buildSnapshot: (v: { periodCode: string; compareCode: string; narrative: Narrative }) => Promise<unknown>,
): Promise<{ number: number; periodCode: string }> {
  assertPermission(ctx.actor, "report:edit");
  const row = await ctx.db.reportVersion.findUnique({
    where: { id: input.id },
    select: { id: true, state: true, version: true, narrative: true, number: true, period: { select: { code: true } }, comparePeriod: { select: { code: true } } },
  });
  if (!row) throw new NotFoundError("Deze rapportageversie bestaat niet.");
  if (row.state !== "DRAFT") throw new ValidationError("Deze versie is al gepubliceerd.");
  if (row.version !== input.version) throw new ConflictError();
  const snapshot = await buildSnapshot({ periodCode: row.period.code, compareCode: row.comparePeriod.code, narrative: readNarrative(row.narrative) });
  return ctx.db.$transaction(async (tx) => {
    const publishedAt = new Date();
    const { count } = await tx.reportVersion.updateMany({
      where: { id: input.id, version: input.version, state: "DRAFT" },
      data: { state: "PUBLISHED", snapshot: snapshot as Prisma.InputJsonValue, publishedAt, publishedById: ctx.actor.userId, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await writeAudit(tx, ctx.actor, {
      action: "UPDATE",
      entity: "ReportVersion",
      entityId: input.id,
      before: { state: "DRAFT" },
      after: { state: "PUBLISHED", publishedAt },
    });
    return { number: row.number, periodCode: row.period.code };
  });
}

/**
 * The narrative of the latest published version of a period, for national readers without
 * report:edit. It is written about the national portfolio and may name any region's projects, so
 * an inkoper (whose report shows only its own portfolio) gets none.
 */
export async function publishedNarrative(ctx: Ctx, periodCode: string): Promise<{ narrative: Narrative; number: number } | null> {
  assertPermission(ctx.actor, "report:read");
  if (!isNational(ctx.actor)) return null;
  const row = await ctx.db.reportVersion.findFirst({
    where: { period: { code: periodCode }, state: "PUBLISHED" },
    orderBy: { number: "desc" },
    select: { narrative: true, number: true },
  });
  return row ? { narrative: readNarrative(row.narrative), number: row.number } : null;
}
