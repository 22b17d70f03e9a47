import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import nextConfig from "@/next.config";

/**
 * The security headers on pages and the API, as the platform produces them: proxy.ts sets the
 * Content-Security-Policy (fresh nonce per request) and HSTS, next.config.ts the static headers
 * for every path. Signed in and signed out, page, public page, API and redirect. (The e2e spec
 * tests/e2e/accounts.spec.ts checks the same on the running server.)
 */
process.env.NEXTAUTH_SECRET ??= "test-secret-for-the-proxy";
const { proxy } = await import("@/proxy");
const originalUrl = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (originalUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = originalUrl;
});

async function staticHeaders(path: string): Promise<Record<string, string>> {
  const rules = (await nextConfig.headers!()).filter((r) => r.source === "/:path*" || r.source === path);
  return Object.fromEntries(rules.flatMap((r) => r.headers.map((h) => [h.key.toLowerCase(), h.value])));
}

/** What the browser gets for `path`: the proxy's headers plus next.config's. */
async function responseHeaders(path: string, cookie?: string): Promise<Record<string, string>> {
  const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  const res = await proxy(new NextRequest(new URL(path, base), { headers: cookie ? { cookie } : {} }));
  return { ...(await staticHeaders(path)), ...Object.fromEntries(res.headers.entries()) };
}

async function sessionCookie(https: boolean): Promise<string> {
  const now = Date.now();
  const token = await encode({ token: { sub: "gebruiker-1", epoch: 0, authAt: now, seenAt: now }, secret: process.env.NEXTAUTH_SECRET!, maxAge: 3600 });
  return `${https ? "__Secure-" : ""}next-auth.session-token=${token}`;
}

function expectSecurityHeaders(h: Record<string, string>, https: boolean) {
  const csp = h["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/unsafe-eval/);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("same-origin");
  expect(h["x-frame-options"]).toBe("DENY");
  if (https) expect(h["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  else expect(h["strict-transport-security"]).toBeUndefined();
}

describe("security headers", () => {
  for (const https of [true, false]) {
    it(`are on every kind of response over ${https ? "https (with HSTS)" : "http (no HSTS)"}`, async () => {
      process.env.NEXTAUTH_URL = https ? "https://regiotafel.example.nl" : "http://localhost:3000";
      const cookie = await sessionCookie(https);
      const cases: [string, string | undefined][] = [
        ["/projecten", cookie], // a page, signed in
        ["/api/rapportage?periode=2020-10", cookie], // the API, signed in
        ["/projecten", undefined], // signed out: the redirect to the sign-in page
        ["/api/portfolio/export", undefined], // signed out API: 401
        ["/inloggen", undefined], // a public page
        ["/api/projectenbank", undefined], // the public API
      ];
      for (const [path, c] of cases) expectSecurityHeaders(await responseHeaders(path, c), https);
    });
  }

  it("gives every request its own nonce", async () => {
    const nonce = async () => /'nonce-([^']+)'/.exec((await responseHeaders("/inloggen"))["content-security-policy"])![1];
    expect(await nonce()).not.toBe(await nonce());
  });
});
