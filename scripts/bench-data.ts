/**
 * Bulk data for the report benchmark: `scale` copies of the January 2021 fixture plan
 * (tests/support/january-2021-fixture.ts), written with multi-row INSERTs (no factories).
 */
import crypto from "node:crypto";
import type { DbHandle } from "../lib/server/db/connection";
import { january2021Plan } from "../tests/support/january-2021-fixture";
import * as J from "../tests/support/january-2021";

const id = () => `b${crypto.randomBytes(11).toString("hex")}`;

async function insertRows(db: DbHandle, table: string, columns: string[], rows: unknown[][], casts: Record<string, string> = {}) {
  const chunk = Math.floor(30000 / columns.length);
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const params: unknown[] = [];
    const tuples = part.map((row) => `(${row.map((v, j) => {
      params.push(v);
      const cast = casts[columns[j]];
      return `$${params.length}${cast ? `::${cast}` : ""}`;
    }).join(",")})`);
    await db.raw.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${tuples.join(",")}`, params);
  }
}

/**
 * Fills the database with `scale` copies of the January 2021 plan. The plan predates chapter 3
 * (kwaliteitskader themes), so each project gets themes by its position: one theme, every third
 * project a second one, every tenth none — so the report's theme count has rows to join.
 */
export async function fillBenchData(db: DbHandle, scale: number) {
  await db.raw.exec(`DELETE FROM "ProjectAssessment"; DELETE FROM "ProjectTheme"; DELETE FROM "Project"; DELETE FROM "RegionScore";`);
  const plan = january2021Plan();
  const [regions, rubrieken, periods, themes] = await Promise.all([
    db.raw.query<{ id: string; code: string }>(`SELECT id, code FROM "Region"`),
    db.raw.query<{ id: string; code: string }>(`SELECT id, code FROM "Hoofdrubriek"`),
    db.raw.query<{ id: string; code: string }>(`SELECT id, code FROM "ReportingPeriod"`),
    db.raw.query<{ id: string }>(`SELECT id FROM "KwaliteitskaderTheme" ORDER BY "reportOrder"`),
  ]);
  const regionId = new Map(regions.map((r) => [r.code, r.id]));
  const rubriekId = new Map(rubrieken.map((r) => [r.code, r.id]));
  const periodId = new Map(periods.map((r) => [r.code, r.id]));
  const now = new Date();
  const projects: unknown[][] = [];
  const assessments: unknown[][] = [];
  const projectThemes: unknown[][] = [];
  for (let copy = 0; copy < scale; copy++) {
    for (const p of plan.projects) {
      const pid = id();
      const showcase = copy === 0 && !!plan.showcase[p.region] && !projects.some((x) => x[3] === regionId.get(p.region) && x[6] === true);
      projects.push([pid, `B${copy}-${p.wirNumber}`, `Project ${copy}-${p.wirNumber}`, regionId.get(p.region), rubriekId.get(p.hoofdrubriek), `${p.startYear}-09-01`, showcase, now]);
      const a = (period: string, v: typeof p.oct) => [id(), pid, periodId.get(period), v.status ?? null, v.impact ?? null, v.sharing ?? null, v.scalability ?? null, v.careOrgCount ?? null, now];
      const n = projects.length;
      if (n % 10 !== 0) projectThemes.push([pid, themes[n % themes.length].id]);
      if (n % 10 !== 0 && n % 3 === 0) projectThemes.push([pid, themes[(n + 3) % themes.length].id]);
      assessments.push(a(J.PERIOD, p.oct));
      if (p.inMarch) assessments.push(a(J.COMPARE, p.mar));
    }
  }
  await insertRows(db, "Project", ["id", "wirNumber", "title", "regionId", "hoofdrubriekId", "startDate", "isShowcase", "updatedAt"], projects, { startDate: "date" });
  await insertRows(db, "ProjectTheme", ["projectId", "themeId"], projectThemes);
  await insertRows(db, "ProjectAssessment", ["id", "projectId", "periodId", "status", "impact", "sharing", "scalability", "careOrgCount", "updatedAt"], assessments, {
    status: '"ProjectStatus"',
    impact: '"Impact"',
    sharing: '"ResultSharing"',
    scalability: '"Scalability"',
  });
  await insertRows(
    db,
    "RegionScore",
    ["id", "regionId", "periodId", "agreements", "dynamics", "vision", "updatedAt"],
    plan.regionScores.map((s) => [id(), regionId.get(s.region), periodId.get(s.period), s.agreements, s.dynamics, s.vision, now]),
  );
  // The theme trigger rewrote every project row once (Project.themeKey); compact the table so the
  // figures compare with runs before it (the bare GROUP BY reads Project too).
  await db.raw.exec(`VACUUM FULL ANALYZE`);
  return { projects: projects.length, assessments: assessments.length };
}


/**
 * Ten years of history: closed periods back to `fromYear` (March and October) so that the
 * database holds 20 periods, and a record for every project in every period that has none
 * (a copy of its oktober 2020 record). Returns the number of periods and assessment rows.
 */
export async function addHistory(db: DbHandle, fromYear = 2011) {
  const periods: unknown[][] = [];
  for (let year = fromYear; year < 2019; year++) {
    const short = String(year).slice(2);
    periods.push([id(), `${year}-03`, `maart ${year}`, `mrt-${short}`, `${year}-03-01`, "CLOSED"]);
    periods.push([id(), `${year}-10`, `oktober ${year}`, `okt-${short}`, `${year}-11-01`, "CLOSED"]);
  }
  await insertRows(db, "ReportingPeriod", ["id", "code", "label", "shortLabel", "peildatum", "state", "updatedAt"], periods.map((p) => [...p, new Date()]), {
    peildatum: "date",
    state: '"PeriodState"',
  });
  await db.raw.exec(`
    INSERT INTO "ProjectAssessment" ("id", "projectId", "periodId", "status", "impact", "sharing", "scalability", "careOrgCount", "updatedAt")
    SELECT 'h' || md5(a."projectId" || rp."id"), a."projectId", rp."id", a."status", a."impact", a."sharing", a."scalability", a."careOrgCount", now()
    FROM "ProjectAssessment" a
    JOIN "ReportingPeriod" oct ON oct."id" = a."periodId" AND oct."code" = '${J.PERIOD}'
    CROSS JOIN "ReportingPeriod" rp
    WHERE rp."code" <> '${J.PERIOD}'
      AND NOT EXISTS (SELECT 1 FROM "ProjectAssessment" x WHERE x."projectId" = a."projectId" AND x."periodId" = rp."id");
    ANALYZE;`);
  const [counts] = await db.raw.query<{ periods: number; assessments: number }>(
    `SELECT (SELECT count(*)::int FROM "ReportingPeriod") AS periods, (SELECT count(*)::int FROM "ProjectAssessment") AS assessments`,
  );
  return counts;
}
