/**
 * A dataset that reproduces every table of the January 2021 report (tests/support/january-2021.ts)
 * through the factories of tests/support/factories.ts: 318 projects at oktober 2020 (268 of
 * them already at maart 2020), their assessments at both periods, the 34 regions' scores at the
 * four periods and one showcase project per Bijlage 2 region.
 *
 * How the numbers are laid out (deterministic; values are dealt in report order):
 * - Tabel 4 gives every project its hoofdrubriek and concessiehouder; regions of a concessiehouder
 *   take its projects in turn.
 * - Tabel 7 gives the start years (2018–2019 alternate); the 30 starting in 2021 are the 30
 *   "Nog niet gestart" of okt-20.
 * - maart 2020 holds every project starting 2018–2019 and the first 63 starting in 2020 (10 of
 *   them Technologie), so Technologie has 41 projects then and 46 in October.
 * - Impact, delen and opschaalbaarheid: Technologie gets Tabel 12's values, the others the rest of
 *   Tabels 8, 10 and 11. Statuses and care-organisation counts follow Tabels 5 and 6.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { REGIONS, ZORGKANTOORREGIOS } from "@/lib/domain/reference-data";
import { createAssessment, createProject, createRegionScore } from "@/tests/support/factories";
import * as J from "./january-2021";

type Plan = {
  wirNumber: string;
  hoofdrubriek: string;
  concessiehouder: string;
  region: string;
  startYear: number;
  inMarch: boolean;
  oct: { status?: string; impact?: string; sharing?: string; scalability?: string; careOrgCount?: number | null };
  mar: { status?: string; impact?: string; sharing?: string; scalability?: string; careOrgCount?: number | null };
};

/** A representative count for each Tabel 5 bucket (null = unknown). */
const BUCKET_COUNT: Record<string, number | null> = { "1-3": 2, "4-6": 5, "7-9": 8, "10+": 12, UNKNOWN: null };

/** Values of a table column as a flat list in row order: { A: 2, B: 1 } → [A, A, B]. */
function expand(counts: Record<string, number>): string[] {
  return Object.entries(counts).flatMap(([k, n]) => Array.from({ length: n }, () => k));
}

function column(table: Record<string, readonly number[]>, index: number, minus?: Record<string, readonly number[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[index] - (minus?.[k]?.[index] ?? 0)]));
}

function deal<K extends "status" | "impact" | "sharing" | "scalability">(projects: Plan[], at: "oct" | "mar", key: K, values: string[]) {
  if (projects.length !== values.length) throw new Error(`fixture: ${key} at ${at}: ${projects.length} projects, ${values.length} values`);
  projects.forEach((p, i) => (p[at][key] = values[i]));
}

/** The plan of the fixture, without touching a database (also unit-checked against the tables). */
export function january2021Plan(): { projects: Plan[]; regionScores: { region: string; period: string; agreements: number; dynamics: number; vision: number }[]; showcase: Record<string, string> } {
  const regionsOf = new Map<string, string[]>();
  for (const r of REGIONS) {
    const ch = ZORGKANTOORREGIOS.find((z) => z.cbsCode === r.cbsCode)!.concessiehouder;
    regionsOf.set(ch, [...(regionsOf.get(ch) ?? []), r.code]);
  }
  const projects: Plan[] = [];
  const turn = new Map<string, number>();
  // Start years per hoofdrubriek from Tabel 7, dealt over the rubriek's projects in Tabel 4 order.
  for (const [rubriek, row] of Object.entries(J.TABEL4)) {
    if (rubriek === "TOTAAL") continue;
    const [s2020, s2021, , , earlier] = J.TABEL7[rubriek];
    const years = [...Array.from({ length: earlier }, (_, i) => (i % 2 === 0 ? 2018 : 2019)), ...Array.from({ length: s2020 }, () => 2020), ...Array.from({ length: s2021 }, () => 2021)];
    let y = 0;
    J.TABEL4_COLUMNS.forEach((ch, ci) => {
      for (let i = 0; i < row[ci]; i++) {
        const regions = regionsOf.get(ch)!;
        const t = turn.get(ch) ?? 0;
        turn.set(ch, t + 1);
        projects.push({
          wirNumber: `J21-${String(projects.length + 1).padStart(3, "0")}`,
          hoofdrubriek: rubriek,
          concessiehouder: ch,
          region: regions[t % regions.length],
          startYear: years[y++],
          inMarch: false,
          oct: {},
          mar: {},
        });
      }
    });
    if (y !== years.length) throw new Error(`fixture: start years of ${rubriek} do not match Tabel 4`);
  }
  // maart 2020: all earlier starters plus 63 of the 2020 starters (10 Technologie, 53 others).
  let tech2020 = 0;
  let other2020 = 0;
  for (const p of projects) {
    if (p.startYear < 2020) p.inMarch = true;
    else if (p.startYear === 2020) {
      if (p.hoofdrubriek === "TECHNOLOGIE" ? tech2020++ < 10 : other2020++ < 53) p.inMarch = true;
    }
  }
  const oct = projects;
  const mar = projects.filter((p) => p.inMarch);
  const isTech = (p: Plan) => p.hoofdrubriek === J.TABEL12.hoofdrubriek;

  // Status: the 2021 starters are exactly "Nog niet gestart" in October.
  const octStatus = column(J.TABEL6, 1);
  deal(oct.filter((p) => p.startYear === 2021), "oct", "status", expand({ NOT_STARTED: octStatus.NOT_STARTED }));
  deal(oct.filter((p) => p.startYear !== 2021), "oct", "status", expand({ ...octStatus, NOT_STARTED: 0 }));
  deal(mar, "mar", "status", expand(column(J.TABEL6, 0)));

  for (const [at, index, list] of [["oct", 1, oct], ["mar", 0, mar]] as const) {
    const tech = list.filter(isTech);
    const other = list.filter((p) => !isTech(p));
    deal(tech, at, "impact", expand(column(J.TABEL12.impact, index)));
    deal(other, at, "impact", expand(column(J.TABEL8, index, J.TABEL12.impact)));
    deal(tech, at, "sharing", expand(column(J.TABEL12.sharing, index)));
    deal(other, at, "sharing", expand(column(J.TABEL10, index, J.TABEL12.sharing)));
    deal(tech, at, "scalability", expand(column(J.TABEL12.scalability, index)));
    deal(other, at, "scalability", expand(column(J.TABEL11, index, J.TABEL12.scalability)));
    const buckets = expand(column(J.TABEL5, index));
    if (buckets.length !== list.length) throw new Error(`fixture: Tabel 5 at ${at}`);
    list.forEach((p, i) => (p[at].careOrgCount = BUCKET_COUNT[buckets[i]]));
  }

  // Region scores: okt-20 is Bijlage 1; earlier periods dealt from Tabels 1–3 (low phases first).
  const regionScores: ReturnType<typeof january2021Plan>["regionScores"] = [];
  J.REGION_PERIODS.forEach((period, index) => {
    const scale = (table: Record<string, readonly number[]>) => expand(column(table, index)).map(Number);
    const [ag, dy, vi] = [scale(J.TABEL1), scale(J.TABEL2), scale(J.TABEL3)];
    REGIONS.forEach((r, i) => {
      const b = J.BIJLAGE1[r.code];
      regionScores.push(
        period === J.PERIOD ? { region: r.code, period, agreements: b.agreements, dynamics: b.dynamics, vision: b.vision } : { region: r.code, period, agreements: ag[i], dynamics: dy[i], vision: vi[i] },
      );
    });
  });
  return { projects, regionScores, showcase: J.BIJLAGE2 };
}

/** Writes the fixture through the factories. Returns the project ids by WIR number. */
export async function createJanuary2021Fixture(db: PrismaClient): Promise<Map<string, string>> {
  const plan = january2021Plan();
  const ids = new Map<string, string>();
  const showcaseDone = new Set<string>();
  for (const p of plan.projects) {
    const showcaseTitle = !showcaseDone.has(p.region) ? plan.showcase[p.region] : undefined;
    if (showcaseTitle) showcaseDone.add(p.region);
    const project = await createProject(db, {
      wirNumber: p.wirNumber,
      title: showcaseTitle ?? `Project ${p.wirNumber}`,
      regionCode: p.region,
      hoofdrubriekCode: p.hoofdrubriek,
      startDate: `${p.startYear}-${p.startYear === 2021 ? "02" : "09"}-01`,
      isShowcase: !!showcaseTitle,
      description: showcaseTitle ? `Voorbeeldproject van de regio: ${showcaseTitle}.\n\nTweede alinea.` : "",
    });
    ids.set(p.wirNumber, project.id);
    await createAssessment(db, { projectId: project.id, periodCode: J.PERIOD, ...(p.oct as object) });
    if (p.inMarch) await createAssessment(db, { projectId: project.id, periodCode: J.COMPARE, ...(p.mar as object) });
  }
  for (const s of plan.regionScores) {
    await createRegionScore(db, { regionCode: s.region, periodCode: s.period, agreements: s.agreements, dynamics: s.dynamics, vision: s.vision });
  }
  return ids;
}
