import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createJanuary2021Fixture, january2021Plan } from "../support/january-2021-fixture";
import { expectJanuary2021 } from "../support/expect-january-2021";
import * as J from "../support/january-2021";
import { createAssessment, createProject } from "@/tests/support/factories";
import { getReport } from "@/lib/server/report";
import { REGIONS, ZORGKANTOORREGIOS } from "@/lib/domain/reference-data";
import type { Actor } from "@/lib/domain/actor";
import type { Report } from "@/lib/domain/report/types";
import { SESSION_EXPIRED_MESSAGE, type ErrorBody } from "@/lib/domain/errors";

// The route handlers run for real; only the session is a test double.
vi.mock("@/lib/server/accounts/session", () => import("../support/session-double"));
const { session } = await import("../support/session-double");
const reportRoute = await import("@/app/api/rapportage/route");
const exportRoute = await import("@/app/api/rapportage/export/[format]/route");

const chOf = (region: string) => ZORGKANTOORREGIOS.find((z) => z.cbsCode === REGIONS.find((r) => r.code === region)!.cbsCode)!.concessiehouder;

/**
 * The report on the January 2021 factory fixture (tests/support/january-2021-fixture.ts), on
 * PGlite and PostgreSQL: exact numbers, scope of an inkoper, and bad input.
 */
for (const backend of testBackends()) {
  describe(`report on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const actors = {} as Record<"wir" | "inkoperCz" | "leader", Actor>;
    let national: Report;

    beforeAll(async () => {
      const db = t.db;
      await createJanuary2021Fixture(db.prisma);
      // Noise that must not count: a draft project, and an assessment at a period outside the report.
      const draft = await createProject(db.prisma, { title: "Concept", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", lifecycle: "DRAFT", isShowcase: true, startDate: "2020-05-01" });
      await createAssessment(db.prisma, { projectId: draft.id, periodCode: J.PERIOD, status: "RUNNING", impact: "LARGE_GREAT", sharing: "YES", scalability: "NATIONAL", careOrgCount: 4 });
      const old = await createProject(db.prisma, { title: "Oud", regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE", startDate: "2018-01-01" });
      await createAssessment(db.prisma, { projectId: old.id, periodCode: "2019-10", status: "RUNNING" });
      // An open period after the report's: the default stays on the latest closed one.
      await db.prisma.reportingPeriod.create({ data: { code: "2021-03", label: "maart 2021", shortLabel: "mrt-21", peildatum: new Date("2021-03-01"), state: "OPEN" } });
      actors.wir = await makeActor(db, [{ role: "WIR" }]);
      actors.inkoperCz = await makeActor(db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
      actors.leader = await makeActor(db, [{ role: "PROJECTLEIDER" }]);
      national = await getReport(ctxOf(db, actors.wir), { period: J.PERIOD, compare: J.COMPARE });
    });

    it("reproduces the January 2021 report (oktober 2020 vs maart 2020) number by number", () => {
      expectJanuary2021(national);
      const titles = Object.fromEntries(national.bijlage2.regions.map((r) => [r.regionCode, r.projects.map((p) => p.title)]));
      expect(titles).toEqual(Object.fromEntries(Object.entries(J.BIJLAGE2).map(([k, v]) => [k, [v]])));
      expect(national.scope).toMatchObject({ kind: "landelijk", label: "Landelijk" });
    });

    it("defaults to the latest closed period compared with the one before it", async () => {
      const r = await getReport(ctxOf(t.db, actors.wir), {});
      expect([r.period.code, r.comparePeriod.code]).toEqual([J.PERIOD, J.COMPARE]);
      expect(r.tabel6.values).toEqual(national.tabel6.values);
      const open = await getReport(ctxOf(t.db, actors.wir), { period: "2021-03" });
      expect([open.period.code, open.comparePeriod.code]).toEqual(["2021-03", J.PERIOD]);
      expect(open.tabel6.values.TOTAAL).toEqual({ [J.PERIOD]: 318, "2021-03": 0, VERSCHIL: -318 });
      expect(open.periods.map((p) => p.code)).toEqual([...J.REGION_PERIODS, "2021-03"]);
    });

    it("compares any two periods: oktober 2020 with oktober 2019", async () => {
      const r = await getReport(ctxOf(t.db, actors.wir), { period: J.PERIOD, compare: "2019-10" });
      expect(r.tabel6.values.TOTAAL).toEqual({ "2019-10": 1, "2020-10": 318, VERSCHIL: 317 });
      expect(r.tabel1.values["4"].VERSCHIL).toBe(32 - 21);
    });

    it("filters by concessiehouder, region and hoofdrubriek, with national aggregates beside", async () => {
      const vgz = await getReport(ctxOf(t.db, actors.wir), { period: J.PERIOD, compare: J.COMPARE, concessiehouder: "VGZ" });
      expect(vgz.tabel4.values.TOTAAL.VGZ).toBe(76);
      expect(vgz.tabel6.values.TOTAAL[J.PERIOD]).toBe(76);
      expect(vgz.tabel6.national!.values.TOTAAL[J.PERIOD]).toBe(318);
      const tech = await getReport(ctxOf(t.db, actors.wir), { period: J.PERIOD, compare: J.COMPARE, hoofdrubriek: "TECHNOLOGIE" });
      expect(tech.tabel6.values.TOTAAL[J.PERIOD]).toBe(46);
      expect(tech.tabel4.rows.map((r) => r.key)).toEqual(["TECHNOLOGIE", "TOTAAL"]);
      expect(tech.tabel4.values.TECHNOLOGIE.CZ).toBe(12);
      const zeeland = await getReport(ctxOf(t.db, actors.wir), { period: J.PERIOD, compare: J.COMPARE, region: "zeeland" });
      expect(zeeland.tabel1.values.TOTAAL[J.PERIOD]).toBe(1);
      expect(zeeland.bijlage1.rows.map((r) => r.regionCode)).toEqual(["zeeland"]);
      expect(zeeland.tabel4.columns[0].key).toBe("CZ");
      const cz = await getReport(ctxOf(t.db, actors.wir), { period: J.PERIOD, compare: J.COMPARE, concessiehouder: "CZ" });
      const sum = zeeland.tabel6.values.TOTAAL[J.PERIOD];
      expect(sum).toBeGreaterThan(0);
      expect(sum).toBeLessThan(cz.tabel6.values.TOTAAL[J.PERIOD]);
    });

    it("an inkoper gets its own concessiehouder in detail and national figures only as aggregates", async () => {
      const r = await getReport(ctxOf(t.db, actors.inkoperCz), { period: J.PERIOD, compare: J.COMPARE });
      expect(r.scope).toMatchObject({ kind: "selectie", concessiehouder: { code: "CZ" } });
      expect(r.tabel4.columns.map((c) => c.key)).toEqual(["CZ", "TOTAAL", J.COMPARE, "VERSCHIL"]);
      for (const [rubriek, row] of Object.entries(J.TABEL4)) expect(r.tabel4.values[rubriek].CZ, rubriek).toBe(row[0]);
      expect(r.tabel4.national!.columns.map((c) => c.key)).toEqual(["TOTAAL", J.COMPARE, "VERSCHIL"]);
      expect(r.tabel4.national!.values.TOTAAL.TOTAAL).toBe(318);
      expect(r.tabel6.values.TOTAAL[J.PERIOD]).toBe(65);
      expect(r.tabel6.national!.values).toEqual(national.tabel6.values);
      expect(r.tabel1.national!.values).toEqual(national.tabel1.values);
      const czRegions = REGIONS.filter((x) => chOf(x.code) === "CZ").map((x) => x.code);
      expect(r.bijlage1.rows.map((x) => x.regionCode)).toEqual(czRegions);
      expect(r.bijlage2.regions.map((x) => x.regionCode).every((c) => czRegions.includes(c))).toBe(true);
      // No detail of other concessiehouders or their regions or projects anywhere in the output.
      const json = JSON.stringify(r);
      for (const other of ["ZK-DF", "ENO", "MENZIS", "VGZ", "ZZ", "Zilveren Kruis", "Menzis"]) expect(json).not.toContain(`"${other}"`);
      for (const region of REGIONS.filter((x) => !czRegions.includes(x.code))) expect(json).not.toContain(`"${region.code}"`);
      for (const title of Object.entries(J.BIJLAGE2).filter(([k]) => !czRegions.includes(k)).map(([, v]) => v)) expect(json.includes(`"title":${JSON.stringify(title)}`), title).toBe(false);
      const czWirs = new Set(january2021Plan().projects.filter((p) => p.concessiehouder === "CZ").map((p) => p.wirNumber));
      const wirs = [...json.matchAll(/"wirNumber":"([^"]+)"/g)].map((m) => m[1]);
      expect(wirs.length).toBeGreaterThan(0);
      expect(wirs.filter((w) => !czWirs.has(w))).toEqual([]);
    });

    describe("bad input: a clear Dutch message with the right status, never a crash or a leak", () => {
      /** GET /api/rapportage?query as `actor`: status and parsed body. */
      const call = async (actor: Actor | null, query: string) => {
        session.ctx = actor ? ctxOf(t.db, actor) : null;
        const res = await reportRoute.GET(new NextRequest(`http://localhost/api/rapportage?${query}`));
        return { status: res.status, body: (await res.json()) as unknown };
      };
      /** The same query on the JSON export of the report. */
      const callExport = async (actor: Actor | null, query: string) => {
        session.ctx = actor ? ctxOf(t.db, actor) : null;
        const res = await exportRoute.GET(new NextRequest(`http://localhost/api/rapportage/export/json?${query}`), { params: Promise.resolve({ format: "json" }) });
        return { status: res.status, body: (await res.json()) as unknown };
      };

      it("answers the documented example with 200", async () => {
        const res = await call(actors.wir, "periode=2020-10&vergelijk=2020-03");
        expect(res.status).toBe(200);
        expect((res.body as Report).tabel6.values.TOTAAL).toEqual(national.tabel6.values.TOTAAL);
        expect((await call(actors.wir, "periode=okt-20&vergelijk=mrt-20")).status).toBe(200);
      });

      it.each([
        ["comparison after the report period", "periode=2020-03&vergelijk=2020-10", 400, "De vergelijkingsperiode moet vóór de rapportageperiode liggen."],
        ["comparison equal to the report period", "periode=2020-10&vergelijk=2020-10", 400, "De vergelijkingsperiode moet vóór de rapportageperiode liggen."],
        ["not a period", "periode=gisteren", 400, '"gisteren" is geen periode. Gebruik bijvoorbeeld 2020-10 of okt-20.'],
        ["month 13", "periode=2020-13", 400, '"2020-13" is geen periode. Gebruik bijvoorbeeld 2020-10 of okt-20.'],
        ["unknown parameter", "periode=2020-10&foo=1", 400, 'Onbekende parameter "foo". Toegestaan: periode, vergelijk, concessiehouder, regio, hoofdrubriek, thema, versie.'],
        ["repeated parameter", "periode=2020-10&periode=2020-03", 400, 'Parameter "periode" mag maar één keer voorkomen.'],
        ["malformed code", "regio=%3Cscript%3E", 400, '"<script>" is geen geldige code van een regio.'],
        ["comparison without period", "vergelijk=2020-03", 400, "Geef ook de periode (periode=…) op als u een vergelijkingsperiode kiest."],
        ["unknown period", "periode=2021-10&vergelijk=2020-10", 404, "De periode 2021-10 bestaat niet in Regiotafel."],
        ["unknown comparison period", "periode=2020-10&vergelijk=2018-10", 404, "De vergelijkingsperiode 2018-10 bestaat niet in Regiotafel."],
        ["no earlier period", "periode=2019-03", 400, "Er is geen periode vóór maart 2019 om mee te vergelijken."],
        ["unknown region", "regio=atlantis", 404, "Regio atlantis is onbekend."],
        ["unknown concessiehouder", "concessiehouder=XYZ", 404, "Concessiehouder XYZ is onbekend."],
        ["unsupported concessiehouder", "concessiehouder=DSW", 404, "Concessiehouder DSW is onbekend."],
        ["unknown hoofdrubriek", "hoofdrubriek=KOKEN", 404, "Hoofdrubriek KOKEN is onbekend."],
        ["region of another concessiehouder", "concessiehouder=CZ&regio=utrecht", 400, "Regio Utrecht hoort in oktober 2020 niet bij concessiehouder CZ."],
      ])("%s", async (_name, query, status, message) => {
        const res = await call(actors.wir, query);
        expect(res.status).toBe(status);
        expect((res.body as ErrorBody).message).toBe(message);
      });

      it("an inkoper asking for another concessiehouder or its region gets 403, without data", async () => {
        for (const query of ["concessiehouder=ZK", "regio=utrecht", "periode=2020-10&vergelijk=2020-03&regio=amsterdam"]) {
          const res = await call(actors.inkoperCz, query);
          expect(res.status, query).toBe(403);
          expect(Object.keys(res.body as object).sort()).toEqual(["code", "fieldErrors", "message"]);
        }
        expect((await call(actors.inkoperCz, "concessiehouder=ZK")).body).toEqual({ code: "forbidden", message: "Deze concessiehouder valt buiten uw portefeuille.", fieldErrors: {} });
        expect(((await call(actors.inkoperCz, "regio=utrecht")).body as ErrorBody).message).toBe("Deze regio valt buiten uw portefeuille.");
        const own = await call(actors.inkoperCz, "regio=zeeland");
        expect(own.status).toBe(200);
        expect((own.body as Report).bijlage1.rows.map((r) => r.regionCode)).toEqual(["zeeland"]);
        const wirZeeland = await getReport(ctxOf(t.db, actors.wir), { region: "zeeland" });
        expect((own.body as Report).tabel6.values).toEqual(wirZeeland.tabel6.values);
        expect((own.body as Report).tabel6.national!.values).toEqual(national.tabel6.values);
        expect(wirZeeland.tabel6.values.TOTAAL[J.PERIOD]).toBe(january2021Plan().projects.filter((p) => p.region === "zeeland").length);
      });

      // The report API and its JSON export share the query parser and the error mapping.
      it.each([
        ["wir", "periode=2031-10"],
        ["wir", "periode=2031-10&vergelijk=2020-10"],
        ["wir", "periode=2020-03&vergelijk=2020-10"],
        ["wir", "periode=gisteren"],
        ["wir", "periode=2020-10&foo=1"],
        ["wir", "periode=2020-10&periode=2020-03"],
        ["wir", "regio=%3Cscript%3E"],
        ["wir", "vergelijk=2020-03"],
        ["wir", "periode=2019-03"],
        ["wir", "regio=atlantis"],
        ["wir", "concessiehouder=DSW"],
        ["wir", "concessiehouder=CZ&regio=utrecht"],
        ["inkoperCz", "concessiehouder=ZK"],
        ["inkoperCz", "regio=utrecht"],
        ["leader", "periode=2020-10"],
        [null, "periode=2020-10"],
      ] as const)("the same bad query gets the same status and body from the report API and its JSON export (%s, %s)", async (who, query) => {
        const actor = who ? actors[who] : null;
        const api = await call(actor, query);
        expect(api.status, query).toBeGreaterThanOrEqual(400);
        expect(await callExport(actor, query)).toEqual(api);
      });

      it("without report:read 403, signed out 401", async () => {
        expect((await call(actors.leader, "")).status).toBe(403);
        const res = await call(null, "periode=2020-10");
        expect(res).toEqual({ status: 401, body: { code: "unauthenticated", message: SESSION_EXPIRED_MESSAGE, fieldErrors: {} } });
      });
    });
  });
}
