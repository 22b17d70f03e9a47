import "server-only";
import type { Db } from "../db";
import type { Actor } from "../../domain/actor";
import type { ExportFile } from "../../domain/export-file";

export type AuditEntry = {
  action: "CREATE" | "UPDATE" | "DELETE" | "IMPORT" | "SIGN_IN" | "SIGN_IN_FAILED" | "SIGN_OUT" | "EXPORT";
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** where the request came from (requestCtx's clientAddress), when there was one */
  clientAddress?: string | null;
  /** the project the record belongs to (results records), so the project's history shows the write */
  projectId?: string | null;
};

/** JSON-safe copy: Dates become ISO strings, BigInts strings, undefined is dropped. */
function toJson(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}

/** Keeps only the fields that changed, so the log says what changed rather than everything. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  /** fields that say which record this is (AUDIT_CONTEXT): kept on both sides when anything changed */
  identifying: readonly string[] = [],
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === "updatedAt" || key === "version") continue;
    if (JSON.stringify(toJson(before[key])) !== JSON.stringify(toJson(after[key]))) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  if (!Object.keys(a).length) return null;
  for (const key of identifying) {
    if (key in before && !(key in b)) b[key] = before[key];
    if (key in after && !(key in a)) a[key] = after[key];
  }
  return { before: b, after: a };
}

/** Records one write. Call it inside the same transaction as the write. */
export async function writeAudit(db: Db, actor: Pick<Actor, "userId"> | null, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorUserId: actor?.userId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: toJson(entry.before) ?? undefined,
      after: toJson(entry.after) ?? undefined,
      clientAddress: entry.clientAddress ?? null,
      projectId: entry.projectId ?? null,
    },
  });
}

/** Who asks for a download: the signed-in actor (null for an anonymous open-data call) and where from. */
export type Requester = { actor: Pick<Actor, "userId" | "roles" | "concessiehouderIds"> | null; clientAddress?: string | null };

/** What a download held: which export, its format and file, the query that chose the rows, how many rows. */
export type ExportRecord = { kind: string; format: string; fileName?: string; rows?: number | null; query?: Record<string, unknown> };

/**
 * Records a download (action EXPORT, entity "Export", the export's kind as id): who, within which
 * scope (the actor's roles and concessiehouders; "openbaar" for an anonymous call), what and how
 * many rows, from which address. A download changes nothing else, so it needs no transaction.
 */
export async function auditExport(db: Db, who: Requester, what: ExportRecord): Promise<void> {
  const scope = who.actor ? { rollen: who.actor.roles, concessiehouders: who.actor.concessiehouderIds } : "openbaar";
  await writeAudit(db, who.actor, {
    action: "EXPORT",
    entity: "Export",
    entityId: what.kind,
    after: { format: what.format, bestand: what.fileName, rijen: what.rows ?? null, selectie: what.query ?? {}, bereik: scope },
    clientAddress: who.clientAddress ?? null,
  });
}

/** auditExport for an ExportFile (format from its file name), handing the file on. */
export async function auditedFile(ctx: { db: Db } & Requester, kind: string, file: ExportFile, query?: Record<string, unknown>): Promise<ExportFile> {
  const format = /\.([a-z0-9]+)$/i.exec(file.fileName)?.[1]?.toLowerCase() ?? "onbekend";
  await auditExport(ctx.db, ctx, { kind, format, fileName: file.fileName, rows: file.rows, query });
  return file;
}
