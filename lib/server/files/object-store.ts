import "server-only";

/** A store that keeps a file's bytes outside the database, under its key (disk or S3). */
export type ObjectStore = {
  readonly name: "disk" | "s3";
  /** Writes the bytes under the key, completely or not at all. */
  put(key: string, bytes: Uint8Array, contentType: string, sha256: string): Promise<void>;
  /** The bytes under the key, or null when there is no such object. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the object; an object that is already gone is fine. */
  delete(key: string): Promise<void>;
  /** The keys of the objects last written before `before` (candidates for the orphan sweep). */
  keysWrittenBefore(before: Date): Promise<string[]>;
};
