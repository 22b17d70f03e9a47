import "server-only";
import path from "node:path";
import { readFileStorageConfig, type FileStorageConfig } from "../../domain/file-storage-config";
import type { ObjectStore } from "./object-store";
import { DiskStore } from "./disk";
import { S3Store } from "./s3";

/**
 * The file storage configuration from the environment (FILE_STORAGE, FILE_STORAGE_DIR, S3_*),
 * read on every use: cheap, and a test can point it elsewhere. `npm start` has already refused a
 * bad configuration; should one get here anyway, the upload or download fails with its message.
 */
export function fileStorageConfig(env: NodeJS.ProcessEnv = process.env): FileStorageConfig {
  const result = readFileStorageConfig(env);
  if (!result.ok) throw new Error(result.problem);
  return { ...result.config, dir: path.resolve(result.config.dir) };
}

/** The object store of that name, from the configuration. */
export function objectStore(name: "disk" | "s3", config: FileStorageConfig = fileStorageConfig()): ObjectStore {
  if (name === "disk") return new DiskStore(config.dir);
  if (!config.s3) throw new Error("Dit bestand staat in de opslag in S3, maar die is niet (meer) ingesteld: zet S3_BUCKET, S3_ENDPOINT, S3_ACCESS_KEY_ID en S3_SECRET_ACCESS_KEY.");
  return new S3Store(config.s3);
}
