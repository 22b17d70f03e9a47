/**
 * Serves the built app (`npm run serve`; `npm start` prepares the database, builds when needed,
 * then runs this). The same as `next start`, with one addition: before the app sees a request,
 * the client address is determined from the TCP peer and, only when that peer is one of
 * TRUSTED_PROXIES, from X-Forwarded-For (lib/domain/client-address.ts), and handed to the app in
 * headers only this process can make. Without this server (`next dev`, a bare `next start`) the
 * app believes no address header at all.
 */
import http from "node:http";
import crypto from "node:crypto";
import { CLIENT_PROOF_ENV, parseTrustedProxies, stampClientAddress, type AddressRange } from "../lib/domain/client-address";

const env = process.env as Record<string, string | undefined>;
env.NODE_ENV = "production";
env.NEXT_TELEMETRY_DISABLED = "1";
const port = Number(env.PORT ?? 3000);
let trusted: AddressRange[];
try {
  trusted = parseTrustedProxies(env.TRUSTED_PROXIES);
} catch (error) {
  console.error(`Regiotafel start niet: ${(error as Error).message}`);
  process.exit(1);
}
// a fresh secret per process: a client cannot forge the address headers (see CLIENT_PROOF_HEADER)
const proof = crypto.randomBytes(24).toString("base64url");
env[CLIENT_PROOF_ENV] = proof;

const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  stampClientAddress(req.headers, req.socket.remoteAddress, trusted, proof);
  void handle(req, res);
});
server.listen(port, () => {
  const proxies = trusted.length ? `vertrouwde proxy's: ${env.TRUSTED_PROXIES}` : "geen vertrouwde proxy's: X-Forwarded-For wordt genegeerd";
  console.log(`Regiotafel luistert op poort ${port} (${proxies}).`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
