import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { SESSION_EXPIRED_MESSAGE, errorBodyOf } from "@/lib/domain/errors";
import { MAX_IMPORT_BYTES } from "@/lib/domain/import/format";
import type { Actor } from "@/lib/domain/actor";

/**
 * The route handlers and the proxy, called as the platform calls them: every refusal has the one
 * body {code, message, fieldErrors} with the status of its code, and every download the same
 * headers. Only the session is a test double.
 */
vi.mock("@/lib/server/accounts/session", () => import("../support/session-double"));
const { session } = await import("../support/session-double");
const exportRoute = await import("@/app/api/export/route");
const templateRoute = await import("@/app/api/import/sjabloon/route");
const importRoute = await import("@/app/api/import/route");
const { proxy } = await import("@/proxy");

const body = async (res: Response) => ({ status: res.status, body: (await res.json()) as unknown });
const upload = (bytes: number, headers: Record<string, string> = {}) => {
  const form = new FormData();
  form.append("bestand", new File([new Uint8Array(bytes)], "leeg.csv", { type: "text/csv" }));
  return new NextRequest("http://localhost/api/import", { method: "POST", body: form, headers });
};

describe("the proxy", () => {
  it("answers a signed-out API call (an upload) with 401 and the body the import form reads as 'session expired'", async () => {
    process.env.NEXTAUTH_SECRET ??= "test-secret-for-the-proxy";
    const res = await proxy(upload(10));
    expect(res.status).toBe(401);
    const json = await res.json();
    expect(json).toEqual({ code: "unauthenticated", message: SESSION_EXPIRED_MESSAGE, fieldErrors: {} });
    // what components/forms/import-form.tsx shows for it
    expect(errorBodyOf(res.status, json).message).toMatch(/sessie is verlopen/);
  });
});

for (const backend of testBackends()) {
  describe(`route handlers on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const actors = {} as Record<"wir" | "leader", Actor>;
    beforeAll(async () => {
      actors.wir = await makeActor(t.db, [{ role: "WIR" }]);
      actors.leader = await makeActor(t.db, [{ role: "PROJECTLEIDER" }]);
    });
    const as = (who: keyof typeof actors | null) => (session.ctx = who ? ctxOf(t.db, actors[who]) : null);

    it("import: 401 signed out, 403 without permission, 413 too large, each with the one body", async () => {
      as(null);
      expect(await body(await importRoute.POST(upload(10)))).toEqual({ status: 401, body: { code: "unauthenticated", message: SESSION_EXPIRED_MESSAGE, fieldErrors: {} } });
      as("leader");
      const forbidden = await body(await importRoute.POST(upload(10)));
      expect(forbidden.status).toBe(403);
      expect(forbidden.body).toMatchObject({ code: "forbidden", fieldErrors: {} });
      as("wir");
      const big = await body(await importRoute.POST(upload(10, { "content-length": String(MAX_IMPORT_BYTES + 1024 * 1024) })));
      expect(big.status).toBe(413);
      expect(big.body).toMatchObject({ code: "tooLarge", message: expect.stringContaining("te groot") });
    });

    it("import: an upload from another site is refused (Origin), before anything is read", async () => {
      as("wir");
      const foreign = await body(await importRoute.POST(upload(10, { origin: "https://evil.example" })));
      expect(foreign.status).toBe(403);
      expect(foreign.body).toMatchObject({ code: "forbidden", message: "Dit verzoek komt niet van Regiotafel zelf en is geweigerd." });
      const crossSite = await importRoute.POST(upload(10, { "sec-fetch-site": "cross-site" }));
      expect(crossSite.status).toBe(403);
      const own = await importRoute.POST(upload(10, { origin: "http://localhost" }));
      expect(own.status).toBe(200);
    });

    it("export: a bad format or sheet is a 400 with the field named", async () => {
      as("wir");
      expect(await body(await exportRoute.GET(new NextRequest("http://localhost/api/export?formaat=pdf")))).toEqual({
        status: 400,
        body: { code: "validation", message: "Onbekend formaat: kies xlsx of csv.", fieldErrors: { formaat: ["Kies xlsx of csv."] } },
      });
      const sheet = await body(await exportRoute.GET(new NextRequest("http://localhost/api/export?formaat=csv&blad=geheim")));
      expect(sheet.status).toBe(400);
      expect(sheet.body).toMatchObject({ code: "validation", fieldErrors: { blad: ["Onbekend blad."] } });
      as("leader");
      expect((await exportRoute.GET(new NextRequest("http://localhost/api/export"))).status).toBe(403);
    });

    it("every download: attachment with a safe name, its type, never cached", async () => {
      as("wir");
      for (const res of [
        await templateRoute.GET(),
        await exportRoute.GET(new NextRequest("http://localhost/api/export?formaat=xlsx")),
        await exportRoute.GET(new NextRequest("http://localhost/api/export?formaat=csv&blad=organisaties")),
      ]) {
        expect(res.status).toBe(200);
        expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.(xlsx|csv)"$/);
        expect(res.headers.get("Content-Type")).toMatch(/spreadsheetml|text\/csv/);
        expect(res.headers.get("Cache-Control")).toBe("private, no-store");
        expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0);
      }
      expect((await templateRoute.GET()).headers.get("Content-Disposition")).toBe('attachment; filename="regiotafel-sjabloon.xlsx"');
    });
  });
}
