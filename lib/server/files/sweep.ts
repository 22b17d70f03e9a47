import "server-only";
import type { Db } from "../db";
import { fileStorageConfig } from "./config";
import { DiskStore } from "./disk";
import { S3Store } from "./s3";
import type { ObjectStore } from "./object-store";

/**
 * An object is an orphan when no StoredFile row names it: its product went with its project (a
 * cascade the application does not see), its transaction failed and the clean-up did not get
 * through, or the process stopped between writing the object and committing. Only objects older
 * than a day are looked at, so an upload in flight (object written, transaction not yet
 * committed) is never touched.
 */
export const ORPHAN_MIN_AGE_MS = 24 * 3_600_000;
const BATCH = 500;

export type SweepResult = { removed: number; temporary: number };

/** Removes orphaned objects from the disk store and, when configured, the S3 bucket. */
export async function sweepOrphanFiles(db: Db, now: Date): Promise<SweepResult> {
  const config = fileStorageConfig();
  const before = new Date(now.getTime() - ORPHAN_MIN_AGE_MS);
  const disk = new DiskStore(config.dir);
  const stores: ObjectStore[] = [disk, ...(config.s3 ? [new S3Store(config.s3)] : [])];
  let removed = 0;
  for (const store of stores) {
    const candidates = await store.keysWrittenBefore(before);
    for (let i = 0; i < candidates.length; i += BATCH) {
      const batch = candidates.slice(i, i + BATCH);
      const rows = await db.$queryRaw<{ key: string }[]>`SELECT "key" FROM "StoredFile" WHERE "key" = ANY(${batch}::text[])`;
      const known = new Set(rows.map((r) => r.key));
      for (const key of batch) {
        if (known.has(key)) continue;
        await store.delete(key);
        removed++;
      }
    }
  }
  const temporary = await disk.removeStaleTemporaryFiles(before);
  return { removed, temporary };
}
