/**
 * Where uploaded files (kennisbank products) are stored (docs/decisions/0023-kennisbank-file-stores.md):
 * the configuration read from the environment. Pure: the caller passes the environment.
 */

export const FILE_STORES = ["disk", "s3", "database"] as const;
export type FileStoreName = (typeof FILE_STORES)[number];

export type S3Config = {
  bucket: string;
  /** the server's address without a trailing slash, e.g. `https://s3.eu-central-1.amazonaws.com` or `http://minio:9000` */
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `<endpoint>/<bucket>/<key>` (MinIO and most S3-compatible servers) rather than `<bucket>.<host>/<key>` */
  forcePathStyle: boolean;
};

export type FileStorageConfig = {
  /** the store new files are written to */
  store: FileStoreName;
  /** the directory of the disk store (relative to the working directory unless absolute); always known, so files written there stay readable after a switch */
  dir: string;
  /** the S3 connection when configured (files written to S3 stay readable after a switch), else null */
  s3: S3Config | null;
};

export type FileStorageConfigResult = { ok: true; config: FileStorageConfig } | { ok: false; problem: string };

export const S3_DEFAULT_REGION = "us-east-1";
const S3_REQUIRED = ["S3_BUCKET", "S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
const S3_OPTIONAL = ["S3_REGION", "S3_FORCE_PATH_STYLE"] as const;

/**
 * The data directory's default: beside the embedded database, never inside it (PGlite refuses to
 * create a database in a folder that already holds something): `<PGLITE_DATA_DIR>-files` when
 * that is set, else `.data/files`.
 */
export function defaultFileDir(env: Record<string, string | undefined>): string {
  const dataDir = env.PGLITE_DATA_DIR?.trim();
  if (dataDir && dataDir !== ":memory:") return `${dataDir.replace(/\/+$/, "")}-files`;
  return ".data/files";
}

function parseBoolean(raw: string): boolean | null {
  const v = raw.toLowerCase();
  if (["true", "1", "on", "yes", "ja"].includes(v)) return true;
  if (["false", "0", "off", "no", "nee"].includes(v)) return false;
  return null;
}

/**
 * FILE_STORAGE (`disk` | `s3` | `database`; default `s3` when S3_BUCKET is set, else `disk`),
 * FILE_STORAGE_DIR (default `<PGLITE_DATA_DIR>-files`, else `.data/files`), and the S3 connection: S3_BUCKET,
 * S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (all four, or none), S3_REGION (default
 * us-east-1), S3_FORCE_PATH_STYLE (default true). A problem is a Dutch sentence for `npm start`,
 * which refuses to start on it.
 */
export function readFileStorageConfig(env: Record<string, string | undefined>): FileStorageConfigResult {
  const value = (key: string) => env[key]?.trim() || "";

  const set = S3_REQUIRED.filter((key) => value(key));
  let s3: S3Config | null = null;
  if (set.length > 0 && set.length < S3_REQUIRED.length) {
    const missing = S3_REQUIRED.filter((key) => !value(key));
    return {
      ok: false,
      problem: `De opslag in S3 is half ingesteld: ${set.join(", ")} ${set.length === 1 ? "is" : "zijn"} gezet, maar ${missing.join(" en ")} ${missing.length === 1 ? "ontbreekt" : "ontbreken"}. Zet alle vier (${S3_REQUIRED.join(", ")}) of geen ervan.`,
    };
  }
  if (set.length === 0) {
    const stray = S3_OPTIONAL.filter((key) => value(key));
    if (stray.length > 0) {
      return { ok: false, problem: `${stray.join(" en ")} ${stray.length === 1 ? "is" : "zijn"} gezet, maar de opslag in S3 niet: zet ook ${S3_REQUIRED.join(", ")}, of laat ${stray.length === 1 ? "hem" : "ze"} leeg.` };
    }
  } else {
    let url: URL;
    try {
      url = new URL(value("S3_ENDPOINT"));
    } catch {
      return { ok: false, problem: `S3_ENDPOINT "${value("S3_ENDPOINT")}" is geen geldig adres.` };
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, problem: `S3_ENDPOINT ${value("S3_ENDPOINT")} moet met https:// (of http://) beginnen.` };
    if (url.search || url.hash || url.username || url.password) return { ok: false, problem: `S3_ENDPOINT ${url.origin} mag geen gebruikersnaam, ? of # bevatten; de sleutels horen in S3_ACCESS_KEY_ID en S3_SECRET_ACCESS_KEY.` };
    const bucket = value("S3_BUCKET");
    // S3's bucket naming rules: 3–63 lower-case letters, digits, dots and dashes
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) return { ok: false, problem: `S3_BUCKET "${bucket}" is geen geldige bucketnaam (3 tot 63 kleine letters, cijfers, punten en streepjes).` };
    let forcePathStyle = true;
    if (value("S3_FORCE_PATH_STYLE")) {
      const parsed = parseBoolean(value("S3_FORCE_PATH_STYLE"));
      if (parsed === null) return { ok: false, problem: `S3_FORCE_PATH_STYLE "${value("S3_FORCE_PATH_STYLE")}" is geen ja of nee; gebruik true of false.` };
      forcePathStyle = parsed;
    }
    s3 = {
      bucket,
      endpoint: url.href.replace(/\/+$/, ""),
      region: value("S3_REGION") || S3_DEFAULT_REGION,
      accessKeyId: value("S3_ACCESS_KEY_ID"),
      secretAccessKey: value("S3_SECRET_ACCESS_KEY"),
      forcePathStyle,
    };
  }

  const chosen = value("FILE_STORAGE").toLowerCase();
  let store: FileStoreName;
  if (!chosen) store = s3 ? "s3" : "disk";
  else if ((FILE_STORES as readonly string[]).includes(chosen)) store = chosen as FileStoreName;
  else return { ok: false, problem: `FILE_STORAGE "${value("FILE_STORAGE")}" is onbekend; kies disk, s3 of database.` };
  if (store === "s3" && !s3) return { ok: false, problem: `FILE_STORAGE=s3, maar de opslag in S3 is niet ingesteld: zet ${S3_REQUIRED.join(", ")}.` };

  return { ok: true, config: { store, dir: value("FILE_STORAGE_DIR") || defaultFileDir(env), s3 } };
}

/** A line for the start-up log: where new files go. */
export function describeFileStorage(config: FileStorageConfig): string {
  if (config.store === "s3" && config.s3) return `bestanden in S3-bucket ${config.s3.bucket} op ${config.s3.endpoint}`;
  if (config.store === "database") return "bestanden in de database";
  return `bestanden in de map ${config.dir}`;
}
