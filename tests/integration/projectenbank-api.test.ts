import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "@/tests/support/db";
import { createAssessment, createProject, createReportingPeriod } from "@/tests/support/factories";
import { ANONYMOUS_LIMIT, cachedResponse, catalogueApiBody, cardApiBody, limitAnonymous, parseApiQuery } from "@/lib/server/projectenbank/api";
import { getPublicCard } from "@/lib/server/projectenbank/card";
import { consumeRateLimit } from "@/lib/server/core/rate-limit";
import { problemResponse } from "@/lib/server/core/boundary";
import { CLIENT_PROOF_ENV, stampClientAddress } from "@/lib/domain/client-address";

/** Request headers as the server (scripts/serve.ts) stamps them for a client at `address`. */
function stampedHeaders(address: string): Record<string, string> {
  process.env[CLIENT_PROOF_ENV] ??= "proef-voor-tests";
  const headers: Record<string, string | string[] | undefined> = { "x-forwarded-for": "6.6.6.6" };
  stampClientAddress(headers, address, [], process.env[CLIENT_PROOF_ENV]!);
  return headers as Record<string, string>;
}

for (const backend of testBackends()) {
  describe(`Projectenbank open-data API (${backend.name})`, () => {
    const t = useTestDb(backend);

    it("returns published cards only, pages with links, and no notes, open-period judgements or contacts without consent", async () => {
      const db = t.db.prisma;
      for (let i = 1; i <= 3; i++) {
        await createProject(db, { wirNumber: `API-000${i}`, title: `Openbare kaart ${i}`, regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE", isPublic: true, goal: "Leren van elkaar" });
      }
      const secret = await createProject(db, { wirNumber: "API-0009", title: "Verborgen kaart", regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE", isPublic: false });
      await createProject(db, { wirNumber: "API-0008", title: "Concept kaart", regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE", isPublic: true, lifecycle: "DRAFT" });
      const first = await db.project.findUniqueOrThrow({ where: { wirNumber: "API-0001" } });
      await db.contactPerson.create({ data: { projectId: first.id, name: "Zonder Toestemming", email: "geheim@example.test" } });
      await createReportingPeriod(db, { code: "2021-03", peildatum: "2021-03-01", state: "OPEN" });
      await createAssessment(db, { projectId: first.id, periodCode: "2021-03", status: "STOPPED_EARLY", note: "Notitie open periode" });

      const { query } = parseApiQuery(new URLSearchParams("per=2"));
      const page1 = JSON.parse((await catalogueApiBody({ db }, query, "json")).body);
      expect(page1.totaal).toBe(3);
      expect(page1._embedded.projecten.map((p: { wirNummer: string }) => p.wirNummer)).toEqual(["API-0001", "API-0002"]);
      expect(page1._links.next.href).toMatch(/\/api\/projectenbank\?pagina=2&per=2$/);
      expect(page1._links.prev).toBeUndefined();
      const all = JSON.stringify(page1) + (await catalogueApiBody({ db }, parseApiQuery(new URLSearchParams("formaat=csv")).query, "csv")).body + cardApiBody(await getPublicCard({ db }, "API-0001")).body;
      expect(all).not.toMatch(/Verborgen kaart|Concept kaart|Zonder Toestemming|geheim@|Notitie open periode|STOPPED_EARLY|Vroegtijdig/);
      await expect(getPublicCard({ db }, "API-0009")).rejects.toThrow();
      expect(secret.isPublic).toBe(false);
      const csv = (await catalogueApiBody({ db }, parseApiQuery(new URLSearchParams("formaat=csv&q=kaart")).query, "csv")).body;
      expect(csv.trim().split("\r\n")).toHaveLength(4);
    });

    it("refuses bad parameters as problem+json naming each parameter", async () => {
      let response: Response | null = null;
      try {
        parseApiQuery(new URLSearchParams("per=500&formaat=xml&kleur=rood"));
      } catch (error) {
        response = problemResponse(error, "/api/projectenbank", "1.0.0");
      }
      expect(response?.status).toBe(400);
      expect(response?.headers.get("content-type")).toBe("application/problem+json");
      const body = await response!.json();
      expect(body.invalidParams).toEqual(
        expect.arrayContaining([
          { name: "formaat", reason: "Kies als formaat json of csv." },
          { name: "kleur", reason: "Onbekende parameter." },
          { name: "per", reason: "Hoogstens 100 per pagina." },
        ]),
      );
    });

    it("answers 304 to a matching If-None-Match and always revalidates", async () => {
      const body = { contentType: "application/hal+json", body: '{"a":1}', headers: {} };
      const first = cachedResponse(new Request("http://x/api/projectenbank"), body);
      expect(first.status).toBe(200);
      expect(first.headers.get("cache-control")).toBe("public, no-cache");
      const etag = first.headers.get("etag")!;
      const second = cachedResponse(new Request("http://x/api/projectenbank", { headers: { "If-None-Match": etag } }), body);
      expect(second.status).toBe(304);
      const changed = cachedResponse(new Request("http://x/api/projectenbank", { headers: { "If-None-Match": etag } }), { ...body, body: '{"a":2}' });
      expect(changed.status).toBe(200);
    });

    it("counts requests per client in the database, atomically, and starts a new window when it has passed", async () => {
      const db = t.db.prisma;
      const now = new Date("2026-01-01T10:00:00Z");
      const results = await Promise.all(Array.from({ length: 5 }, () => consumeRateLimit(db, "test:1.2.3.4", 3, 60, now)));
      expect(results.map((r) => r.allowed).sort()).toEqual([false, false, true, true, true]);
      expect((await consumeRateLimit(db, "test:5.6.7.8", 3, 60, now)).allowed).toBe(true);
      const later = await consumeRateLimit(db, "test:1.2.3.4", 3, 60, new Date("2026-01-01T10:01:01Z"));
      expect(later).toMatchObject({ allowed: true, remaining: 2 });
    });

    it("answers the anonymous call over the limit with a 429 problem and Retry-After; signed-in calls are not counted", async () => {
      const db = t.db.prisma;
      const request = new Request("http://x/api/projectenbank", { headers: stampedHeaders("203.0.113.9") });
      for (let i = 0; i < ANONYMOUS_LIMIT; i++) await limitAnonymous({ db }, request, false);
      expect(await limitAnonymous({ db }, request, true)).toEqual({});
      let response: Response | null = null;
      try {
        await limitAnonymous({ db }, request, false);
      } catch (error) {
        response = problemResponse(error, "/api/projectenbank", "1.0.0");
      }
      expect(response?.status).toBe(429);
      expect(Number(response?.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await response!.json()).detail).toMatch(/meer dan 60 verzoeken per minuut/);
      const other = new Request("http://x/api/projectenbank", { headers: stampedHeaders("198.51.100.1") });
      expect((await limitAnonymous({ db }, other, false))["RateLimit-Remaining"]).toBe(String(ANONYMOUS_LIMIT - 1));
    });
  });
}
