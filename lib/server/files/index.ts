import "server-only";
import crypto from "node:crypto";
import type { Db } from "../db";

/**
 * Uploaded files, kept in the database (table StoredFile; ADR 0016) so that every app instance
 * behind a load balancer serves the same files and a backup of the database holds them too.
 *
 * The bytes travel as base64 text through SQL (`decode`/`encode`) rather than as Prisma `Bytes`:
 * the PGlite adapter (ADR 0002) does not take Prisma 6.19's bytes arguments, and both adapters
 * would hand a read back as an array of numbers — for 20 MB some hundreds of MB of memory.
 */

export type StoredFileContent = { bytes: Uint8Array; contentType: string };

/** Stores the bytes; returns the key to keep on the record that owns the file. Call inside the owner's transaction. */
export async function putFile(db: Db, bytes: Uint8Array, contentType: string): Promise<string> {
  const key = `f${crypto.randomUUID().replaceAll("-", "")}`;
  const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
  const base64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  await db.$executeRaw`
    INSERT INTO "StoredFile" ("key", "bytes", "contentType", "size", "sha256")
    VALUES (${key}, decode(${base64}, 'base64'), ${contentType}, ${bytes.byteLength}, ${sha256})`;
  return key;
}

/** The bytes and content type stored under `key`, or null. */
export async function readFile(db: Db, key: string): Promise<StoredFileContent | null> {
  const [row] = await db.$queryRaw<{ data: string; contentType: string }[]>`
    SELECT encode("bytes", 'base64') AS data, "contentType" FROM "StoredFile" WHERE "key" = ${key}`;
  if (!row) return null;
  return { bytes: new Uint8Array(Buffer.from(row.data, "base64")), contentType: row.contentType };
}
