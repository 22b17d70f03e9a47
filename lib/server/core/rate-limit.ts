import "server-only";
import type { Db } from "../db";

/**
 * A fixed-window request counter per client key, kept in the database so that every app
 * instance counts the same requests (docs/decisions/0021-projectenbank-open-data-api.md). One
 * atomic upsert per request: the window restarts when it has passed.
 */
export type RateLimitResult = { allowed: boolean; limit: number; remaining: number; resetAt: Date };

export async function consumeRateLimit(db: Db, key: string, limit: number, windowSeconds: number, now = new Date()): Promise<RateLimitResult> {
  const [row] = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitWindow"."windowStart" <= ${now}::timestamp - make_interval(secs => ${windowSeconds}) THEN 1 ELSE "RateLimitWindow"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitWindow"."windowStart" <= ${now}::timestamp - make_interval(secs => ${windowSeconds}) THEN ${now} ELSE "RateLimitWindow"."windowStart" END
    RETURNING "count", "windowStart"`;
  const resetAt = new Date(row.windowStart.getTime() + windowSeconds * 1000);
  return { allowed: row.count <= limit, limit, remaining: Math.max(0, limit - row.count), resetAt };
}

/** Forgets windows that ended long ago (keeps the table small); safe to call now and then. */
export async function pruneRateLimits(db: Db, olderThanSeconds = 86_400): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "windowStart" < now() - make_interval(secs => ${olderThanSeconds})`;
}
