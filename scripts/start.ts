/**
 * `npm start`: prepare the database (migrations, reference data, demo data on an empty
 * database), build the app when the build is missing or older than the sources, then serve it
 * on PORT (default 3000). Telemetry is off: nothing leaves the machine.
 */
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { baseUrlProblem } from "../lib/domain/base-url";
import { oidcCallbackUrl, readOidcConfig } from "../lib/domain/oidc-config";
import { describeFileStorage, readFileStorageConfig } from "../lib/domain/file-storage-config";
import { SERVER_NODE_FLAGS } from "./server-flags";

const root = process.cwd();
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: process.env.PORT ?? "3000",
};
env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;
const insecure = baseUrlProblem(env.NEXTAUTH_URL);
if (insecure) {
  console.error(`Regiotafel start niet: ${insecure}`);
  process.exit(1);
}
// OpenID Connect sign-in is all or nothing: a half configuration would silently leave it off
const oidc = readOidcConfig(env);
if (!oidc.ok) {
  console.error(`Regiotafel start niet: ${oidc.problem}`);
  process.exit(1);
}
// so is the S3 file store: a half configuration would silently put the files on this machine's disk
const files = readFileStorageConfig(env);
if (!files.ok) {
  console.error(`Regiotafel start niet: ${files.problem}`);
  process.exit(1);
}
console.log(`Regiotafel: ${describeFileStorage(files.config)}`);
if (oidc.config) console.log(`Regiotafel: inloggen via OpenID Connect (${oidc.config.issuer}) staat aan; callback-adres bij de provider: ${oidcCallbackUrl(env.NEXTAUTH_URL)}`);
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(full)) {
    if (child === "generated" || child.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "public", "package-lock.json", "next.config.ts", "postcss.config.mjs", "prisma/schema.prisma"];
  return sources.some((s) => newestMtime(s) > built);
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(["--conditions=react-server", "--import", "tsx", path.join(root, "scripts", "prepare-db.ts")]);
if (buildIsStale()) {
  console.log("Regiotafel: de app wordt gebouwd (eenmalig na installatie of een wijziging) …");
  run([nextBin, "build"]);
}
console.log(`Regiotafel draait op ${env.NEXTAUTH_URL}`);
// scripts/serve.ts: next's request handler behind our own HTTP server (the client address)
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--import", "tsx", path.join(root, "scripts", "serve.ts")], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
