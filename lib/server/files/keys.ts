import "server-only";
import crypto from "node:crypto";

/**
 * A stored file's key: `f` and 32 hex digits, made here and nowhere else. On disk and in the
 * bucket it is the whole object name, so no user input ever reaches a path or an object key.
 */
const KEY_PATTERN = /^f[0-9a-f]{32}$/;

export function newFileKey(): string {
  return `f${crypto.randomUUID().replaceAll("-", "")}`;
}

export function isFileKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** Refuses anything but a generated key before it becomes a path or an object name. */
export function assertFileKey(key: string): string {
  if (!isFileKey(key)) throw new Error(`Ongeldige bestandssleutel: ${JSON.stringify(key.slice(0, 80))}`);
  return key;
}

export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash("sha256").update(bytes).digest("hex");
}
