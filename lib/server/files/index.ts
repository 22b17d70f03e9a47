import "server-only";
import type { Db } from "../db";
import type { FileStoreName } from "../../domain/file-storage-config";
import { fileStorageConfig, objectStore } from "./config";
import { newFileKey, sha256Hex } from "./keys";

/**
 * Uploaded files (ADR 0023). Every file has a metadata row in StoredFile (key, store, content
 * type, size, sha256) that its owner refers to; the bytes are on disk (default), in an
 * S3-compatible bucket, or in the row itself (`FILE_STORAGE=database`). A read goes to the store
 * the row names, so files written before a switch of store stay readable.
 *
 * Writing is two steps around the owner's transaction, object first:
 *
 *   const file = await stageFile(bytes, contentType);          // the object (disk/S3)
 *   try { await db.$transaction(async (tx) => { await recordFile(tx, file); … }); }
 *   catch (e) { await discardFile(file); throw e; }             // best effort
 *
 * An object whose row never came (a crash between the steps) or is gone (a project deleted with
 * its products by cascade) is removed by the hourly housekeeping a day later (sweepOrphanFiles).
 *
 * In the database store the bytes travel as base64 text through SQL (`decode`/`encode`) rather
 * than as Prisma `Bytes`: the PGlite adapter (ADR 0002) does not take Prisma 6.19's bytes
 * arguments, and both adapters would hand a read back as an array of numbers.
 */

export type StoredFileContent = { bytes: Uint8Array; contentType: string };

/** A file written to its store and not yet recorded. */
export type StagedFile = { key: string; store: FileStoreName; bytes: Uint8Array; contentType: string; size: number; sha256: string };

/** Where a file's bytes are. */
export type FileLocation = { key: string; store: string };

/** Step 1, before the owner's transaction: writes the bytes to the configured store (the database store writes in step 2). */
export async function stageFile(bytes: Uint8Array, contentType: string): Promise<StagedFile> {
  const config = fileStorageConfig();
  const file: StagedFile = { key: newFileKey(), store: config.store, bytes, contentType, size: bytes.byteLength, sha256: sha256Hex(bytes) };
  if (file.store !== "database") await objectStore(file.store, config).put(file.key, bytes, contentType, file.sha256);
  return file;
}

/** Step 2, inside the owner's transaction: the metadata row (with the bytes, for the database store). Returns the key to keep on the owner. */
export async function recordFile(tx: Db, file: StagedFile): Promise<string> {
  if (file.store === "database") {
    const base64 = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString("base64");
    await tx.$executeRaw`
      INSERT INTO "StoredFile" ("key", "store", "bytes", "contentType", "size", "sha256")
      VALUES (${file.key}, 'database', decode(${base64}, 'base64'), ${file.contentType}, ${file.size}, ${file.sha256})`;
  } else {
    await tx.$executeRaw`
      INSERT INTO "StoredFile" ("key", "store", "bytes", "contentType", "size", "sha256")
      VALUES (${file.key}, ${file.store}, NULL, ${file.contentType}, ${file.size}, ${file.sha256})`;
  }
  return file.key;
}

/** When the owner's transaction failed: removes the staged object. Best effort; the sweep removes what is left. */
export async function discardFile(file: StagedFile): Promise<void> {
  await removeFileObjects([file]);
}

/**
 * After the owner's transaction that deleted the rows has committed: removes the objects.
 * Best effort: a failure is logged, and the sweep removes the orphan a day later.
 */
export async function removeFileObjects(files: readonly FileLocation[]): Promise<void> {
  for (const file of files) {
    if (file.store !== "disk" && file.store !== "s3") continue; // database: the row was the file
    try {
      await objectStore(file.store).delete(file.key);
    } catch (error) {
      console.warn(`Bestand ${file.key} (${file.store}) kon niet worden verwijderd; de opruimtaak probeert het later opnieuw: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** The bytes and content type stored under `key`, or null when there is no such file. */
export async function readFile(db: Db, key: string): Promise<StoredFileContent | null> {
  const [row] = await db.$queryRaw<{ store: string; data: string | null; contentType: string; sha256: string }[]>`
    SELECT "store", encode("bytes", 'base64') AS data, "contentType", "sha256" FROM "StoredFile" WHERE "key" = ${key}`;
  if (!row) return null;
  if (row.store === "database") {
    if (row.data === null) return null;
    return { bytes: new Uint8Array(Buffer.from(row.data, "base64")), contentType: row.contentType };
  }
  if (row.store !== "disk" && row.store !== "s3") throw new Error(`Bestand ${key} staat in een onbekende opslag: ${row.store}.`);
  const bytes = await objectStore(row.store).get(key);
  if (!bytes) {
    console.warn(`Bestand ${key} heeft een rij in StoredFile, maar ontbreekt in de opslag (${row.store}).`);
    return null;
  }
  // the object outside the database could have been changed or damaged behind our back
  if (sha256Hex(bytes) !== row.sha256) throw new Error(`Bestand ${key} (${row.store}) is beschadigd: de SHA-256 klopt niet met die bij het plaatsen.`);
  return { bytes, contentType: row.contentType };
}

export { sweepOrphanFiles, ORPHAN_MIN_AGE_MS } from "./sweep";
