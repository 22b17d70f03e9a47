import "server-only";
import type { PrismaClient } from "../../generated/prisma/client";
import type { Ctx } from "../accounts/session";
import { assertPermission, hasPermission } from "../core/authz";
import { ForbiddenError } from "../core/errors";
import { isNational, type Actor } from "../../domain/actor";
import { readUpload, type FileInput } from "../../domain/import/read";
import type { ImportLimits } from "../../domain/import/format";
import { hasErrors, validatePortfolio, type ImportIssue, type ImportPortfolio } from "../../domain/import/validate";
import { memoryLine, unsafeApplyImport, unsafeLoadImportReference, type ImportRights, type ImportSummary } from "./apply";

export type ImportOptions = { dryRun?: boolean; allowClosedPeriods?: boolean; limits?: ImportLimits; rights?: ImportRights };

/** Separation of duties: the import writes each kind of record only with the permission its screen requires. */
export function importRightsOf(actor: Actor): ImportRights {
  return {
    assessments: hasPermission(actor, "assessment:record"),
    regionScores: hasPermission(actor, "regionScore:record"),
    leaders: hasPermission(actor, "user:manage"),
    results: hasPermission(actor, "project:edit"),
  };
}

/** What the upload page and the command line show: every problem, and what would change. */
export type ImportReport = {
  /** true when there are no errors (warnings allowed) */
  ok: boolean;
  applied: boolean;
  dryRun: boolean;
  kind: "xlsx" | "csv" | null;
  issues: ImportIssue[];
  summary: ImportSummary | null;
};

/**
 * Reads, validates and (unless dryRun) applies an uploaded portfolio. Without actor checks: for
 * the demo seed and the command line. `importPortfolio` is the checked entry point.
 */
export async function unsafeImportFiles(db: PrismaClient, actorUserId: string | null, files: readonly FileInput[], options: ImportOptions = {}): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const checked = await readAndValidate(db, files, options);
  if (!checked.portfolio) return { ok: false, applied: false, dryRun, kind: checked.kind, issues: checked.issues, summary: null };
  const result = await unsafeApplyImport(db, actorUserId, checked.portfolio, {
    dryRun,
    allowClosedPeriods: options.allowClosedPeriods,
    rights: options.rights,
    fileName: files.map((f) => f.name).join(", "),
  });
  const all = [...checked.issues, ...result.issues];
  return { ok: !hasErrors(all), applied: result.applied, dryRun, kind: checked.kind, issues: all, summary: result.summary };
}

/**
 * Reads and validates; returns the portfolio only when there are no errors. A function of its
 * own so the raw cells can be garbage-collected before the database work starts.
 */
async function readAndValidate(db: PrismaClient, files: readonly FileInput[], options: ImportOptions): Promise<{ kind: ImportReport["kind"]; issues: ImportIssue[]; portfolio: ImportPortfolio | null }> {
  const read = await readUpload(files, options.limits);
  if (process.env.IMPORT_PROFILE) console.log("memory after reading", memoryLine());
  if (read.issues.length || !read.kind) {
    return { kind: read.kind, issues: read.issues.map((i) => ({ severity: "error", sheet: i.file, row: null, column: null, value: "", reason: i.reason })), portfolio: null };
  }
  const reference = await unsafeLoadImportReference(db);
  // the sheets are ours: each raw row is dropped as soon as it is validated
  const { issues, portfolio } = validatePortfolio(read.sheets, read.kind, reference, { releaseRows: true });
  if (process.env.IMPORT_PROFILE) console.log("memory after validating", memoryLine());
  return { kind: read.kind, issues, portfolio: hasErrors(issues) ? null : portfolio };
}

/** Import from the UI: WIR and beheerder (permission portfolio:import), national scope only. */
export async function importPortfolio(ctx: Ctx, files: readonly FileInput[], options: ImportOptions = {}): Promise<ImportReport> {
  assertPermission(ctx.actor, "portfolio:import");
  if (!isNational(ctx.actor)) throw new ForbiddenError("Importeren kan alleen met landelijke toegang (WIR of beheerder).");
  // Changing records of a closed period is reopening it in effect: only who manages periods (WIR).
  if (options.allowClosedPeriods) assertPermission(ctx.actor, "period:manage");
  return unsafeImportFiles(ctx.db, ctx.actor.userId, files, { ...options, rights: importRightsOf(ctx.actor) });
}
