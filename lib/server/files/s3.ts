import "server-only";
import { AwsClient } from "aws4fetch";
import type { S3Config } from "../../domain/file-storage-config";
import type { ObjectStore } from "./object-store";
import { assertFileKey, isFileKey } from "./keys";

/** Every object Regiotafel writes is under this prefix, so the bucket may hold other things too. */
export const S3_PREFIX = "files/";
const TIMEOUT_MS = 60_000;

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (name.toLowerCase() in named) return named[name.toLowerCase()];
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
  });
}

function tag(xml: string, name: string): string | null {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return match ? decodeXml(match[1]) : null;
}

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, Ceph, Garage, …), signed with AWS Signature
 * Version 4 by aws4fetch over the platform's fetch. The object name is `files/<key>`.
 */
export class S3Store implements ObjectStore {
  readonly name = "s3" as const;
  private readonly client: AwsClient;

  constructor(private readonly config: S3Config) {
    this.client = new AwsClient({ accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, service: "s3", region: config.region, retries: 2 });
  }

  /** The bucket's address: `<endpoint>/<bucket>` (path style) or `<bucket>.<host>` (virtual host). */
  private bucketUrl(): string {
    const { endpoint, bucket, forcePathStyle } = this.config;
    if (forcePathStyle) return `${endpoint}/${bucket}`;
    const url = new URL(endpoint);
    return `${url.protocol}//${bucket}.${url.host}${url.pathname.replace(/\/+$/, "")}`;
  }

  private objectUrl(key: string): string {
    return `${this.bucketUrl()}/${S3_PREFIX}${assertFileKey(key)}`;
  }

  private async send(url: string, init: RequestInit = {}): Promise<Response> {
    return this.client.fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  }

  private async failure(what: string, response: Response): Promise<Error> {
    const body = await response.text().catch(() => "");
    const code = tag(body, "Code");
    return new Error(`De opslag in S3 weigerde ${what}: HTTP ${response.status}${code ? ` (${code})` : ""}.`);
  }

  async put(key: string, bytes: Uint8Array, contentType: string, sha256: string): Promise<void> {
    // the payload's hash is signed: the server refuses bytes that changed on the way
    const response = await this.send(this.objectUrl(key), {
      method: "PUT",
      body: bytes as BodyInit,
      headers: { "Content-Type": contentType, "X-Amz-Content-Sha256": sha256 },
    });
    if (!response.ok) throw await this.failure("het bestand op te slaan", response);
    await response.body?.cancel();
  }

  async get(key: string): Promise<Uint8Array | null> {
    const response = await this.send(this.objectUrl(key));
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) throw await this.failure("het bestand te lezen", response);
    return new Uint8Array(await response.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const response = await this.send(this.objectUrl(key), { method: "DELETE" });
    if (!response.ok && response.status !== 404) throw await this.failure("het bestand te verwijderen", response);
    await response.body?.cancel();
  }

  async keysWrittenBefore(before: Date): Promise<string[]> {
    const keys: string[] = [];
    let token: string | null = null;
    do {
      const query = new URLSearchParams({ "list-type": "2", prefix: S3_PREFIX });
      if (token) query.set("continuation-token", token);
      const response = await this.send(`${this.bucketUrl()}?${query}`);
      if (!response.ok) throw await this.failure("de lijst van bestanden te geven", response);
      const xml = await response.text();
      for (const [, entry] of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
        const name = tag(entry, "Key") ?? "";
        const key = name.slice(S3_PREFIX.length);
        const modified = Date.parse(tag(entry, "LastModified") ?? "");
        if (name.startsWith(S3_PREFIX) && isFileKey(key) && Number.isFinite(modified) && modified < before.getTime()) keys.push(key);
      }
      token = tag(xml, "IsTruncated") === "true" ? tag(xml, "NextContinuationToken") : null;
    } while (token);
    return keys;
  }
}
