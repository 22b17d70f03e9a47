import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

/**
 * The key that signs session tokens: NEXTAUTH_SECRET, or for the embedded single-machine setup a
 * random key kept in .data/auth-secret (made on first start). Several app instances behind a load
 * balancer must share one NEXTAUTH_SECRET.
 */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.join(process.cwd(), ".data", "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}
