/**
 * A real S3-compatible server for integration tests, in this process: @20minutes/s3rver (a fork
 * of s3rver that checks AWS Signature Version 4, Node 20+), on a free port of 127.0.0.1, keeping
 * its objects in a temporary directory. Its one account is "S3RVER" / "S3RVER".
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";

export const S3_TEST_BUCKET = "regiotafel-test";
export const S3_TEST_KEY = "S3RVER";

export type TestS3 = {
  endpoint: string;
  /** the environment that points Regiotafel at this server */
  env: Record<string, string>;
  /** the keys (without the `files/` prefix) of the objects in the bucket, as the server keeps them */
  keys(): string[];
  /** sets an object's last-modified time (the server takes it from its file) */
  age(key: string, at: Date): void;
  close(): Promise<void>;
};

export async function startS3(): Promise<TestS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "regiotafel-s3-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: S3_TEST_BUCKET }] });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  const prefixDir = path.join(directory, S3_TEST_BUCKET, "files");
  const objectFile = (key: string) => path.join(prefixDir, `${key}._S3rver_object`);
  return {
    endpoint,
    env: { S3_BUCKET: S3_TEST_BUCKET, S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: S3_TEST_KEY, S3_SECRET_ACCESS_KEY: S3_TEST_KEY },
    keys: () => (fs.existsSync(prefixDir) ? fs.readdirSync(prefixDir).filter((n) => n.endsWith("._S3rver_object")).map((n) => n.slice(0, -"._S3rver_object".length)) : []),
    age: (key, at) => fs.utimesSync(objectFile(key), at, at),
    async close() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
