import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { unsafeSeedDemo } from "@/lib/server/demo/seed";
import {
  BIJLAGE1,
  BIJLAGE2,
  HEADLINE,
  PROJECTS,
  REGION_PERIODS,
  TABEL1,
  TABEL2,
  TABEL3,
  TABEL4,
  TABEL4_COLUMNS,
  TABEL5,
  TABEL6,
  TABEL7,
  TABEL8,
  TABEL10,
  TABEL11,
  TABEL12,
} from "../support/january-2021";
import { HOOFDRUBRIEKEN } from "@/lib/domain/reference-data";

/**
 * The demo database, loaded by `npm start`'s path (demo users + data/demo-portfolio.xlsx through
 * the importer), reproduces every table of the January 2021 report. Each table is recomputed
 * here with plain SQL, independent of the app's report code, and compared number by number with
 * tests/support/january-2021.ts.
 */
for (const backend of testBackends()) {
  describe(`demo portfolio on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const q = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => t.db.raw.query<T>(sql, params);

    beforeAll(async () => {
      await unsafeSeedDemo(t.db.prisma);
    }, 300_000);

    /** rows of (key, period, n) → { key: [n at periods...] } */
    async function perPeriod(sql: string, periods: readonly string[], params: unknown[] = []): Promise<Record<string, number[]>> {
      const rows = await q<{ k: string | null; period: string; n: string | number }>(sql, params);
      const out: Record<string, number[]> = {};
      for (const r of rows) {
        const key = r.k ?? "NULL";
        out[key] ??= periods.map(() => 0);
        const i = periods.indexOf(r.period);
        if (i >= 0) out[key][i] = Number(r.n);
      }
      return out;
    }
    const pair = ["2020-03", "2020-10"] as const;
    const expectTable = (actual: Record<string, number[]>, expected: Record<string, readonly number[]>) => {
      for (const [k, v] of Object.entries(expected)) expect(actual[k] ?? v.map(() => 0), k).toEqual([...v]);
      for (const k of Object.keys(actual)) expect(Object.keys(expected), `onverwachte waarde ${k}`).toContain(k);
    };
    const assessmentCount = (column: string, where = "") => `
      SELECT a."${column}"::text AS k, rp.code AS period, count(*) AS n
      FROM "ProjectAssessment" a JOIN "ReportingPeriod" rp ON rp.id = a."periodId"
      JOIN "Project" p ON p.id = a."projectId" JOIN "Hoofdrubriek" h ON h.id = p."hoofdrubriekId"
      WHERE rp.code IN ('2020-03', '2020-10') ${where}
      GROUP BY 1, 2`;

    it("has 268 projects in maart 2020 and 318 in oktober 2020, in 34 regions", async () => {
      const rows = await q<{ period: string; n: string }>(`SELECT rp.code AS period, count(*) AS n FROM "ProjectAssessment" a JOIN "ReportingPeriod" rp ON rp.id = a."periodId" GROUP BY 1 ORDER BY 1`);
      expect(rows.map((r) => [r.period, Number(r.n)])).toEqual([["2020-03", PROJECTS[0]], ["2020-10", PROJECTS[1]]]);
      const [regions] = await q<{ n: string }>(`SELECT count(DISTINCT "regionId") AS n FROM "Project"`);
      expect(Number(regions.n)).toBe(34);
      const [projects] = await q<{ n: string }>(`SELECT count(*) AS n FROM "Project"`);
      expect(Number(projects.n)).toBe(318);
    });

    it("Tabels 1–3: region phases per period", async () => {
      for (const [column, expected] of [["agreements", TABEL1], ["dynamics", TABEL2], ["vision", TABEL3]] as const) {
        const actual = await perPeriod(
          `SELECT rs."${column}"::text AS k, rp.code AS period, count(*) AS n FROM "RegionScore" rs JOIN "ReportingPeriod" rp ON rp.id = rs."periodId" GROUP BY 1, 2`,
          REGION_PERIODS,
        );
        expectTable(actual, expected);
      }
    });

    it("Tabel 4: hoofdrubriek × concessiehouder in oktober 2020", async () => {
      const rows = await q<{ rubriek: string; ch: string; n: string }>(`
        SELECT h.code AS rubriek, c.code AS ch, count(*) AS n
        FROM "ProjectAssessment" a
        JOIN "ReportingPeriod" rp ON rp.id = a."periodId" AND rp.code = '2020-10'
        JOIN "Project" p ON p.id = a."projectId"
        JOIN "Hoofdrubriek" h ON h.id = p."hoofdrubriekId"
        JOIN "Region" r ON r.id = p."regionId"
        JOIN "ConcessionAssignment" ca ON ca."zorgkantoorregioId" = r."zorgkantoorregioId" AND ca."validTo" IS NULL
        JOIN "Concessiehouder" c ON c.id = ca."concessiehouderId"
        GROUP BY 1, 2`);
      const actual: Record<string, number[]> = {};
      for (const h of HOOFDRUBRIEKEN) actual[h.code] = Array(8).fill(0);
      actual.TOTAAL = Array(8).fill(0);
      for (const r of rows) {
        const i = TABEL4_COLUMNS.indexOf(r.ch as (typeof TABEL4_COLUMNS)[number]);
        expect(i, r.ch).toBeGreaterThanOrEqual(0);
        for (const key of [r.rubriek, "TOTAAL"]) {
          actual[key][i] += Number(r.n);
          actual[key][7] += Number(r.n);
        }
      }
      expectTable(actual, TABEL4);
    });

    it("Tabel 5: number of care organisations, with the 20 unknown counts of oktober 2020", async () => {
      const actual = await perPeriod(
        `SELECT CASE WHEN a."careOrgCount" IS NULL OR a."careOrgCount" < 1 THEN 'UNKNOWN' WHEN a."careOrgCount" <= 3 THEN '1-3'
                     WHEN a."careOrgCount" <= 6 THEN '4-6' WHEN a."careOrgCount" <= 9 THEN '7-9' ELSE '10+' END AS k,
                rp.code AS period, count(*) AS n
         FROM "ProjectAssessment" a JOIN "ReportingPeriod" rp ON rp.id = a."periodId" GROUP BY 1, 2`,
        pair,
      );
      expectTable(actual, TABEL5);
    });

    it("Tabel 6: project status", async () => {
      expectTable(await perPeriod(assessmentCount("status"), pair), TABEL6);
    });

    it("Tabel 7: new projects per hoofdrubriek by start year, with shares", async () => {
      const rows = await q<{ rubriek: string; y: number; n: string }>(`
        SELECT h.code AS rubriek, extract(year FROM p."startDate")::int AS y, count(*) AS n
        FROM "Project" p JOIN "Hoofdrubriek" h ON h.id = p."hoofdrubriekId"
        JOIN "ProjectAssessment" a ON a."projectId" = p.id JOIN "ReportingPeriod" rp ON rp.id = a."periodId" AND rp.code = '2020-10'
        GROUP BY 1, 2`);
      const count = (rubriek: string | null, years: number[]) =>
        rows.filter((r) => (rubriek == null || r.rubriek === rubriek) && years.includes(Number(r.y))).reduce((s, r) => s + Number(r.n), 0);
      const totalNew = count(null, [2020, 2021]);
      const totalOld = count(null, [2018, 2019]);
      expect(count(null, [2018, 2019, 2020, 2021])).toBe(318);
      for (const [key, [y2020, y2021, sum, share, old, oldShare]] of Object.entries(TABEL7)) {
        const rubriek = key === "TOTAAL" ? null : key;
        expect([count(rubriek, [2020]), count(rubriek, [2021]), count(rubriek, [2020, 2021]), count(rubriek, [2018, 2019])], key).toEqual([y2020, y2021, sum, old]);
        expect(Math.round((count(rubriek, [2020, 2021]) / totalNew) * 1000) / 10, key).toBeCloseTo(share, 5);
        expect(Math.round((count(rubriek, [2018, 2019]) / totalOld) * 10000) / 100, key).toBeCloseTo(oldShare, 5);
      }
      // the 30 projects starting in 2021 are the 30 "Nog niet gestart" of oktober 2020
      const [same] = await q<{ n: string }>(`
        SELECT count(*) AS n FROM "Project" p JOIN "ProjectAssessment" a ON a."projectId" = p.id
        JOIN "ReportingPeriod" rp ON rp.id = a."periodId" AND rp.code = '2020-10'
        WHERE extract(year FROM p."startDate") = 2021 AND a.status = 'NOT_STARTED'`);
      expect(Number(same.n)).toBe(30);
    });

    it("Tabels 8, 10 and 11: impact, sharing of results and scalability", async () => {
      expectTable(await perPeriod(assessmentCount("impact"), pair), TABEL8);
      expectTable(await perPeriod(assessmentCount("sharing"), pair), TABEL10);
      expectTable(await perPeriod(assessmentCount("scalability"), pair), TABEL11);
    });

    it("Tabel 12: the same for hoofdrubriek Technologie", async () => {
      const where = `AND h.code = 'TECHNOLOGIE'`;
      const projects = await perPeriod(`SELECT 'all' AS k, rp.code AS period, count(*) AS n FROM "ProjectAssessment" a JOIN "ReportingPeriod" rp ON rp.id = a."periodId" JOIN "Project" p ON p.id = a."projectId" JOIN "Hoofdrubriek" h ON h.id = p."hoofdrubriekId" WHERE true ${where} GROUP BY 1, 2`, pair);
      expect(projects.all).toEqual([...TABEL12.projects]);
      expectTable(await perPeriod(assessmentCount("impact", where), pair), TABEL12.impact);
      expectTable(await perPeriod(assessmentCount("sharing", where), pair), TABEL12.sharing);
      expectTable(await perPeriod(assessmentCount("scalability", where), pair), TABEL12.scalability);
    });

    it("headline figures", async () => {
      const status = await perPeriod(assessmentCount("status"), pair);
      const scal = await perPeriod(assessmentCount("scalability"), pair);
      const sharing = await perPeriod(assessmentCount("sharing"), pair);
      const at = (m: Record<string, number[]>, keys: string[], i: number) => keys.reduce((s, k) => s + (m[k]?.[i] ?? 0), 0);
      expect(at(status, ["FINISHED_SUCCESSFUL", "FINISHED_UNSUCCESSFUL"], 1)).toBe(HEADLINE.finished.value);
      expect(at(status, ["FINISHED_SUCCESSFUL", "FINISHED_UNSUCCESSFUL"], 0)).toBe(HEADLINE.finished.compare);
      expect(at(status, ["FINISHED_SUCCESSFUL"], 1)).toBe(HEADLINE.finishedSuccessful.value);
      expect(at(status, ["RUNNING"], 1)).toBe(HEADLINE.running.value);
      expect(at(status, ["NOT_STARTED"], 1)).toBe(HEADLINE.notStarted.value);
      expect(at(status, ["STOPPED_EARLY"], 1)).toBe(HEADLINE.stoppedEarly.value);
      expect(at(scal, ["THIS_REGION_ONLY", "SOME_OTHER_REGIONS", "NATIONAL"], 1)).toBe(HEADLINE.scalable.value);
      expect(at(scal, ["THIS_REGION_ONLY", "SOME_OTHER_REGIONS", "NATIONAL"], 0)).toBe(HEADLINE.scalable.compare);
      expect(at(scal, ["NOT_YET_USEFUL"], 1)).toBe(HEADLINE.notYetScalable.value);
      expect(at(sharing, ["YES"], 1)).toBe(HEADLINE.sharing.value);
      expect(at(sharing, ["NOT_YET_SOON"], 1)).toBe(HEADLINE.sharingSoon.value);
      const [cross] = await q<{ n: string; all: string }>(`
        SELECT count(*) FILTER (WHERE h.code IN ('BEHANDELFUNCTIE','PERSOONSGERICHTE_ZORG','REGIONALE_STRATEGIE','SAMENWERKING_KETEN','TECHNOLOGIE')) AS n, count(*) AS all
        FROM "Project" p JOIN "Hoofdrubriek" h ON h.id = p."hoofdrubriekId" WHERE extract(year FROM p."startDate") IN (2020, 2021)`);
      expect([Number(cross.n), Number(cross.all)]).toEqual([HEADLINE.newCrossOrganisational.value, HEADLINE.newProjects.value]);
      const phases = await q<{ period: string; impl: string; vision: string }>(`
        SELECT rp.code AS period, count(*) FILTER (WHERE rs.agreements = 4) AS impl, count(*) FILTER (WHERE rs.dynamics = 4) AS vision
        FROM "RegionScore" rs JOIN "ReportingPeriod" rp ON rp.id = rs."periodId" WHERE rp.code IN ('2020-03', '2020-10') GROUP BY 1 ORDER BY 1`);
      expect(phases.map((p) => [Number(p.impl), Number(p.vision)])).toEqual([
        [HEADLINE.regionsImplementing.compare, HEADLINE.regionsSharedVision.compare],
        [HEADLINE.regionsImplementing.value, HEADLINE.regionsSharedVision.value],
      ]);
    });

    it("Bijlage 1: every region's phases in oktober 2020; no region went back a phase", async () => {
      const rows = await q<{ code: string; agreements: number; dynamics: number; vision: number }>(`
        SELECT r.code, rs.agreements, rs.dynamics, rs.vision FROM "RegionScore" rs
        JOIN "Region" r ON r.id = rs."regionId" JOIN "ReportingPeriod" rp ON rp.id = rs."periodId" AND rp.code = '2020-10'`);
      expect(Object.fromEntries(rows.map((r) => [r.code, { agreements: r.agreements, dynamics: r.dynamics, vision: r.vision }]))).toEqual(BIJLAGE1);
      const [back] = await q<{ n: string }>(`
        SELECT count(*) AS n FROM "RegionScore" a JOIN "ReportingPeriod" pa ON pa.id = a."periodId"
        JOIN "RegionScore" b ON b."regionId" = a."regionId" JOIN "ReportingPeriod" pb ON pb.id = b."periodId" AND pb.code > pa.code
        WHERE b.agreements < a.agreements OR b.dynamics < a.dynamics OR b.vision < a.vision`);
      expect(Number(back.n)).toBe(0);
    });

    it("Bijlage 2: the showcase project of each region carries its real title", async () => {
      const rows = await q<{ code: string; title: string }>(`
        SELECT r.code, p.title FROM "Project" p JOIN "Region" r ON r.id = p."regionId" WHERE p."isShowcase"`);
      expect(Object.fromEntries(rows.map((r) => [r.code, r.title]))).toEqual(BIJLAGE2);
    });

    it("the demo project leaders lead several projects in their own region", async () => {
      const rows = await q<{ email: string; region: string; n: string }>(`
        SELECT u.email, r.code AS region, count(*) AS n FROM "ProjectLeader" pl JOIN "User" u ON u.id = pl."userId"
        JOIN "Project" p ON p.id = pl."projectId" JOIN "Region" r ON r.id = p."regionId" GROUP BY 1, 2 ORDER BY 1`);
      expect(rows.map((r) => [r.email, r.region]).sort((a, b) => a[0].localeCompare(b[0]))).toEqual([
        ["projectleider@regiotafel.demo", "zeeland"],
        ["projectleider2@regiotafel.demo", "utrecht"],
      ]);
      for (const r of rows) expect(Number(r.n)).toBeGreaterThanOrEqual(3);
    });

    it("titles are varied, contacts fictitious, and the import was audited", async () => {
      const [titles] = await q<{ n: string }>(`SELECT count(DISTINCT title) AS n FROM "Project"`);
      expect(Number(titles.n)).toBeGreaterThan(300);
      const [contacts] = await q<{ n: string }>(`SELECT count(*) AS n FROM "ContactPerson" WHERE email NOT LIKE '%.example'`);
      expect(Number(contacts.n)).toBe(0);
      const [audit] = await q<{ n: string }>(`SELECT count(*) AS n FROM "AuditLog" WHERE action = 'IMPORT' AND entity = 'Project'`);
      expect(Number(audit.n)).toBe(318);
    });
  });
}
