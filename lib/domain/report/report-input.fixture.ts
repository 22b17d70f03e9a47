/**
 * Test helper (unit tests only): turns project-level records into the count tuples and the input
 * that lib/server/report would build from the database, so the pure computation can be checked
 * without one.
 */
import { careOrgBucket } from "../enums";
import { CONCESSIEHOUDERS, HOOFDRUBRIEKEN, PERIODS, REGIONS, ZORGKANTOORREGIOS } from "../reference-data";
import type { AssessmentCount, RegionScoreInput, ReportInput, ShowcaseInput } from "./compute";
import type { ReportPeriodRef, ReportScope } from "./types";

export type FlatAssessment = {
  period: string;
  hoofdrubriek: string;
  region: string;
  status?: string | null;
  impact?: string | null;
  sharing?: string | null;
  scalability?: string | null;
  careOrgCount?: number | null;
  startYear?: number | null;
};

export const chOfRegion = (region: string) => ZORGKANTOORREGIOS.find((z) => z.cbsCode === REGIONS.find((r) => r.code === region)!.cbsCode)!.concessiehouder;

export function countsOf(rows: readonly FlatAssessment[], filter: (r: FlatAssessment) => boolean = () => true): AssessmentCount[] {
  const m = new Map<string, AssessmentCount>();
  const add = (r: FlatAssessment, dimension: AssessmentCount["dimension"], value: string | null) => {
    const ch = chOfRegion(r.region);
    const key = [r.period, r.hoofdrubriek, ch, dimension, value].join("|");
    const c = m.get(key) ?? { period: r.period, hoofdrubriek: r.hoofdrubriek, concessiehouder: ch, dimension, value, count: 0 };
    c.count++;
    m.set(key, c);
  };
  for (const r of rows) {
    if (!filter(r)) continue;
    add(r, "status", r.status ?? null);
    add(r, "impact", r.impact ?? null);
    add(r, "sharing", r.sharing ?? null);
    add(r, "scalability", r.scalability ?? null);
    add(r, "careOrg", careOrgBucket(r.careOrgCount));
    add(r, "startYear", r.startYear == null ? null : String(r.startYear));
  }
  return [...m.values()];
}

export const periodRef = (code: string): ReportPeriodRef => {
  const p = PERIODS.find((x) => x.code === code)!;
  return { code: p.code, label: p.label, shortLabel: p.shortLabel, peildatum: p.peildatum };
};

export const NATIONAL: ReportScope = { kind: "landelijk", label: "Landelijk", concessiehouder: null, region: null, hoofdrubriek: null };

export function inputOf(options: {
  period: string;
  compare: string;
  rows: readonly FlatAssessment[];
  scores?: Omit<RegionScoreInput, "concessiehouder">[];
  showcase?: ShowcaseInput[];
  scope?: ReportScope;
  theme?: string;
}): ReportInput {
  const scope = options.scope ?? NATIONAL;
  const periods = PERIODS.filter((p) => p.code <= options.period).map((p) => periodRef(p.code));
  const supported = CONCESSIEHOUDERS.filter((c) => c.supported);
  const inSel = (r: FlatAssessment) =>
    (!scope.concessiehouder || chOfRegion(r.region) === scope.concessiehouder.code) &&
    (!scope.region || r.region === scope.region.code) &&
    (!scope.hoofdrubriek || r.hoofdrubriek === scope.hoofdrubriek.code);
  const placeFiltered = !!(scope.concessiehouder || scope.region);
  const holders = Object.fromEntries(REGIONS.map((r) => [r.code, chOfRegion(r.code)]));
  return {
    period: periodRef(options.period),
    comparePeriod: periodRef(options.compare),
    periods,
    concessiehouders: supported.map((c) => ({ code: c.code, name: c.name })),
    regions: REGIONS.map((r) => ({ code: r.code, name: r.name })),
    hoofdrubrieken: HOOFDRUBRIEKEN.filter((h) => !scope.hoofdrubriek || h.code === scope.hoofdrubriek.code).map((h) => ({ ...h })),
    scope,
    tabel4Concessiehouders: scope.concessiehouder ? [scope.concessiehouder.code] : supported.map((c) => c.code),
    theme: options.theme ?? scope.hoofdrubriek?.code ?? "TECHNOLOGIE",
    counts: countsOf(options.rows, inSel),
    nationalCounts: placeFiltered ? countsOf(options.rows, (r) => !scope.hoofdrubriek || r.hoofdrubriek === scope.hoofdrubriek.code) : null,
    regionScores: (options.scores ?? []).map((s) => ({ ...s, concessiehouder: holders[s.region] })),
    regionConcessiehouders: Object.fromEntries(periods.map((p) => [p.code, holders])),
    showcase: (options.showcase ?? []).filter((s) => (!scope.concessiehouder || chOfRegion(s.region) === scope.concessiehouder.code) && (!scope.region || s.region === scope.region.code)),
    generatedAt: "2021-01-15T00:00:00.000Z",
  };
}
