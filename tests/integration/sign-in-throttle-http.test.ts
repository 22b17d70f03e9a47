import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { createUser } from "@/tests/support/factories";
import { LOCKED_OUT, signIn, WRONG_CREDENTIALS } from "@/lib/server/accounts/sign-in";
import { clientAddressFromHeaders } from "@/lib/server/core/client-address";
import { CLIENT_PROOF_ENV, parseTrustedProxies, stampClientAddress, type AddressRange } from "@/lib/domain/client-address";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The sign-in throttle over real HTTP: a server that does what scripts/serve.ts does to every
 * request (the client address from the TCP peer, X-Forwarded-For only behind TRUSTED_PROXIES)
 * and then signs in as the app does (the address read back by clientAddressFromHeaders).
 */
const proxy = { trusted: [] as AddressRange[], db: null as PrismaClient | null };
let server: http.Server;
let url = "";

beforeAll(async () => {
  const proof = "proef-van-deze-test";
  process.env[CLIENT_PROOF_ENV] = proof;
  server = http.createServer((req, res) => {
    stampClientAddress(req.headers, req.socket.remoteAddress, proxy.trusted, proof);
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", async () => {
      const { email, password } = JSON.parse(body) as { email: string; password: string };
      const result = await signIn(proxy.db!, { email, password, ip: clientAddressFromHeaders(req.headers) });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function attempt(email: string, password: string, forwardedFor: string) {
  const res = await fetch(url, { method: "POST", headers: { "X-Forwarded-For": forwardedFor, "X-Real-IP": forwardedFor }, body: JSON.stringify({ email, password }) });
  return (await res.json()) as { ok: boolean; message?: string };
}

for (const backend of testBackends()) {
  describe(`sign-in throttle over HTTP on ${backend.name}`, () => {
    const t = useTestDb(backend);
    beforeAll(() => {
      proxy.db = t.db.prisma;
    });

    it("six failed sign-ins for six accounts, each with another X-Forwarded-For, from a peer that is no trusted proxy lock that address", async () => {
      proxy.trusted = [];
      const auditedBefore = (await t.db.prisma.auditLog.aggregate({ _max: { id: true } }))._max.id ?? 0n;
      const results = [];
      for (let i = 1; i <= 6; i++) results.push(await attempt(`slachtoffer${i}-${backend.name}@regiotafel.test`, "geraden", `198.51.100.${i}`));
      expect(results.slice(0, 5)).toEqual(Array(5).fill({ ok: false, message: WRONG_CREDENTIALS }));
      expect(results[5]).toEqual({ ok: false, message: LOCKED_OUT });
      // the address is locked for everyone behind it, even with a right password and yet another header
      const user = await createUser(t.db.prisma, { email: `echt-${backend.name}@regiotafel.test`, password: "het juiste wachtwoord", memberships: [{ role: "WIR" }] });
      expect(await attempt(user.email, "het juiste wachtwoord", "203.0.113.77")).toEqual({ ok: false, message: LOCKED_OUT });
      // all counted for the real peer, and audited with it
      expect(await t.db.prisma.loginThrottle.findUnique({ where: { key: "ip:127.0.0.1" } })).toMatchObject({ failures: 5 });
      const audited = await t.db.prisma.auditLog.findMany({ where: { action: "SIGN_IN_FAILED", id: { gt: auditedBefore } }, select: { clientAddress: true } });
      expect(new Set(audited.map((a) => a.clientAddress))).toEqual(new Set(["127.0.0.1"]));
      await t.db.prisma.loginThrottle.deleteMany({});
    });

    it("six failed sign-ins for one account with six X-Forwarded-For headers lock the account", async () => {
      proxy.trusted = parseTrustedProxies("127.0.0.1");
      const user = await createUser(t.db.prisma, { email: `doelwit-${backend.name}@regiotafel.test`, password: "het juiste wachtwoord", memberships: [{ role: "WIR" }] });
      const results = [];
      for (let i = 1; i <= 6; i++) results.push(await attempt(user.email, "geraden", `192.0.2.${i}`));
      expect(results.at(-1)).toEqual({ ok: false, message: LOCKED_OUT });
      expect(await attempt(user.email, "het juiste wachtwoord", "192.0.2.99")).toEqual({ ok: false, message: LOCKED_OUT });
      await t.db.prisma.loginThrottle.deleteMany({});
    });

    it("behind a trusted proxy the forwarded address counts, the right-most one the proxy added", async () => {
      proxy.trusted = parseTrustedProxies("127.0.0.0/8");
      const user = await createUser(t.db.prisma, { email: `achter-proxy-${backend.name}@regiotafel.test`, password: "het juiste wachtwoord", memberships: [{ role: "WIR" }] });
      expect(await attempt(user.email, "geraden", "6.6.6.6, 198.51.100.200")).toEqual({ ok: false, message: WRONG_CREDENTIALS });
      expect(await t.db.prisma.loginThrottle.findUnique({ where: { key: "ip:198.51.100.200" } })).toMatchObject({ failures: 1 });
      expect(await t.db.prisma.loginThrottle.findUnique({ where: { key: "ip:6.6.6.6" } })).toBeNull();
      expect(await t.db.prisma.loginThrottle.findUnique({ where: { key: "ip:127.0.0.1" } })).toBeNull();
      await t.db.prisma.loginThrottle.deleteMany({});
    });
  });
}
