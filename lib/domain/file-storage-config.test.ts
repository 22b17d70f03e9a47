import { describe, expect, it } from "vitest";
import { defaultFileDir, describeFileStorage, readFileStorageConfig } from "./file-storage-config";

const s3 = { S3_BUCKET: "regiotafel", S3_ENDPOINT: "http://minio:9000/", S3_ACCESS_KEY_ID: "sleutel", S3_SECRET_ACCESS_KEY: "geheim" };

describe("file storage configuration", () => {
  it("stores on disk under the data directory by default", () => {
    expect(readFileStorageConfig({})).toEqual({ ok: true, config: { store: "disk", dir: ".data/files", s3: null } });
    expect(readFileStorageConfig({ PGLITE_DATA_DIR: ".data/e2e/" })).toMatchObject({ ok: true, config: { dir: ".data/e2e-files" } });
    expect(readFileStorageConfig({ PGLITE_DATA_DIR: ":memory:" })).toMatchObject({ ok: true, config: { dir: ".data/files" } });
    expect(readFileStorageConfig({ FILE_STORAGE_DIR: " /srv/regiotafel/bestanden " })).toMatchObject({ ok: true, config: { store: "disk", dir: "/srv/regiotafel/bestanden" } });
    expect(defaultFileDir({ PGLITE_DATA_DIR: "/var/lib/regiotafel" })).toBe("/var/lib/regiotafel-files");
  });

  it("stores in S3 when the bucket is configured, with region us-east-1 and path-style addresses by default", () => {
    expect(readFileStorageConfig(s3)).toEqual({
      ok: true,
      config: {
        store: "s3",
        dir: ".data/files",
        s3: { bucket: "regiotafel", endpoint: "http://minio:9000", region: "us-east-1", accessKeyId: "sleutel", secretAccessKey: "geheim", forcePathStyle: true },
      },
    });
    const aws = readFileStorageConfig({ ...s3, S3_ENDPOINT: "https://s3.eu-central-1.amazonaws.com", S3_REGION: "eu-central-1", S3_FORCE_PATH_STYLE: "false" });
    expect(aws.ok && aws.config.s3).toMatchObject({ endpoint: "https://s3.eu-central-1.amazonaws.com", region: "eu-central-1", forcePathStyle: false });
  });

  it("keeps the S3 connection when another store is chosen, so files already in the bucket stay readable", () => {
    const disk = readFileStorageConfig({ ...s3, FILE_STORAGE: "disk" });
    expect(disk.ok && disk.config.store).toBe("disk");
    expect(disk.ok && disk.config.s3?.bucket).toBe("regiotafel");
    expect(readFileStorageConfig({ FILE_STORAGE: "Database" })).toMatchObject({ ok: true, config: { store: "database", s3: null } });
  });

  it("refuses a half S3 configuration and names what is missing", () => {
    const bucketOnly = readFileStorageConfig({ S3_BUCKET: "regiotafel" });
    expect(bucketOnly.ok).toBe(false);
    expect(!bucketOnly.ok && bucketOnly.problem).toMatch(/half ingesteld: S3_BUCKET is gezet, maar S3_ENDPOINT en S3_ACCESS_KEY_ID en S3_SECRET_ACCESS_KEY ontbreken/);
    const noSecret = readFileStorageConfig({ ...s3, S3_SECRET_ACCESS_KEY: " " });
    expect(!noSecret.ok && noSecret.problem).toMatch(/S3_SECRET_ACCESS_KEY ontbreekt/);
    const regionOnly = readFileStorageConfig({ S3_REGION: "eu-west-1" });
    expect(!regionOnly.ok && regionOnly.problem).toMatch(/S3_REGION is gezet, maar de opslag in S3 niet/);
  });

  it("refuses FILE_STORAGE=s3 without a bucket, and an unknown store", () => {
    const s3WithoutBucket = readFileStorageConfig({ FILE_STORAGE: "s3" });
    expect(!s3WithoutBucket.ok && s3WithoutBucket.problem).toMatch(/FILE_STORAGE=s3, maar de opslag in S3 is niet ingesteld/);
    const unknown = readFileStorageConfig({ FILE_STORAGE: "nfs" });
    expect(!unknown.ok && unknown.problem).toMatch(/FILE_STORAGE "nfs" is onbekend; kies disk, s3 of database/);
  });

  it("refuses a bad endpoint, bucket name or path-style flag", () => {
    expect(readFileStorageConfig({ ...s3, S3_ENDPOINT: "minio" })).toMatchObject({ ok: false, problem: expect.stringMatching(/geen geldig adres/) });
    expect(readFileStorageConfig({ ...s3, S3_ENDPOINT: "ftp://minio" })).toMatchObject({ ok: false, problem: expect.stringMatching(/https:\/\//) });
    expect(readFileStorageConfig({ ...s3, S3_ENDPOINT: "https://key:secret@minio" })).toMatchObject({ ok: false, problem: expect.stringMatching(/geen gebruikersnaam/) });
    expect(readFileStorageConfig({ ...s3, S3_BUCKET: "Regio_Tafel" })).toMatchObject({ ok: false, problem: expect.stringMatching(/geen geldige bucketnaam/) });
    expect(readFileStorageConfig({ ...s3, S3_FORCE_PATH_STYLE: "misschien" })).toMatchObject({ ok: false, problem: expect.stringMatching(/S3_FORCE_PATH_STYLE "misschien"/) });
  });

  it("describes where new files go, without the keys", () => {
    const config = readFileStorageConfig(s3);
    expect(config.ok && describeFileStorage(config.config)).toBe("bestanden in S3-bucket regiotafel op http://minio:9000");
    expect(describeFileStorage({ store: "disk", dir: ".data/files", s3: null })).toBe("bestanden in de map .data/files");
    expect(describeFileStorage({ store: "database", dir: ".data/files", s3: null })).toBe("bestanden in de database");
  });
});
