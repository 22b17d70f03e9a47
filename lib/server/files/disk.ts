import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { ObjectStore } from "./object-store";
import { assertFileKey, isFileKey } from "./keys";

const TEMP_PREFIX = ".tmp-";

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOENT";
}

/**
 * Files in one directory (FILE_STORAGE_DIR, by default `<data directory>/files`), each under its
 * generated key. A write goes to a temporary name in the same directory, is flushed, then renamed:
 * a reader sees the whole file or none.
 */
export class DiskStore implements ObjectStore {
  readonly name = "disk" as const;
  constructor(readonly dir: string) {}

  private pathOf(key: string): string {
    return path.join(this.dir, assertFileKey(key));
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    await fs.mkdir(this.dir, { recursive: true });
    const temp = path.join(this.dir, `${TEMP_PREFIX}${key}-${crypto.randomBytes(6).toString("hex")}`);
    try {
      const handle = await fs.open(temp, "wx", 0o640);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, target);
    } catch (error) {
      await fs.rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await fs.readFile(this.pathOf(key)));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  async keysWrittenBefore(before: Date): Promise<string[]> {
    const keys: string[] = [];
    for (const name of await this.names()) {
      if (!isFileKey(name)) continue;
      const written = await this.mtime(name);
      if (written !== null && written < before.getTime()) keys.push(name);
    }
    return keys;
  }

  /** Removes temporary files left by a write that never finished (a crash), written before `before`. */
  async removeStaleTemporaryFiles(before: Date): Promise<number> {
    let removed = 0;
    for (const name of await this.names()) {
      if (!name.startsWith(TEMP_PREFIX)) continue;
      const written = await this.mtime(name);
      if (written === null || written >= before.getTime()) continue;
      await fs.rm(path.join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }

  private async names(): Promise<string[]> {
    try {
      return await fs.readdir(this.dir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  private async mtime(name: string): Promise<number | null> {
    try {
      return (await fs.stat(path.join(this.dir, name))).mtimeMs;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
}
