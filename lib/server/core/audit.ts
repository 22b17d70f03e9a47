import "server-only";
import type { Db } from "../db";
import type { Actor } from "../../domain/actor";

export type AuditEntry = {
  action: "CREATE" | "UPDATE" | "DELETE" | "IMPORT" | "SIGN_IN";
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** where the request came from (requestCtx's clientAddress), when there was one */
  clientAddress?: string | null;
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
  return Object.keys(a).length ? { before: b, after: a } : null;
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
    },
  });
}
