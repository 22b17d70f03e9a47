/**
 * Pure computation of the progress report from small count tuples (no I/O). lib/server/report
 * fetches the tuples with a few GROUP BY queries; everything else happens here.
 */
import {
  CARE_ORG_BUCKET,
  IMPACT,
  PROJECT_STATUS,
  REGION_SCALES,
  RESULT_SHARING,
  SCALABILITY,
  SCALABLE_VALUES,
  type RegionScale,
} from "../enums";
import type { LabelledEnum } from "../labels";
import { CROSS_ORGANISATIONAL_RUBRIEKEN } from "../reference-data";
import { tableSummary } from "./summaries";
import { formatChange, formatCount, formatPercent, formatSigned } from "./format";
import {
  CHANGE_KEY,
  NOT_ASSESSED_KEY,
  TOTAL_KEY,
  type ComparisonTable,
  type HeadlineFigure,
  type Report,
  type ReportColumn,
  type ReportPeriodRef,
  type ReportRow,
  type ReportScope,
  type ReportTableKey,
  type ThemeTable,
  type ValueTable,
} from "./types";

/** The dimensions counted per project assessment. */
export type CountDimension = "status" | "impact" | "sharing" | "scalability" | "careOrg" | "startYear";

/**
 * One count tuple: the number of assessed projects at `period` with hoofdrubriek `hoofdrubriek`,
 * in a region held by `concessiehouder` at that period, whose `dimension` has `value`.
 * value null = not assessed (status/impact/sharing/scalability), unknown (careOrg: a bucket code
 * is used instead, "UNKNOWN") or no start date (startYear: a year as a string otherwise).
 */
export type AssessmentCount = {
  period: string;
  hoofdrubriek: string;
  concessiehouder: string | null;
  dimension: CountDimension;
  value: string | null;
  count: number;
};

/** A (sub)region's scores at a period, with the concessiehouder holding it then. */
export type RegionScoreInput = {
  period: string;
  region: string;
  concessiehouder: string | null;
  agreements: number | null;
  dynamics: number | null;
  vision: number | null;
};

export type ShowcaseInput = { id: string; wirNumber: string; title: string; region: string; hoofdrubriek: string; description: string };

export type CodeName = { code: string; name: string };

/** Projects (assessed at `period`, in scope) serving one Kwaliteitskader theme; `theme` null = none. */
export type ThemeCount = { period: string; theme: string | null; count: number };

export type ReportInput = {
  period: ReportPeriodRef;
  comparePeriod: ReportPeriodRef;
  /** all periods up to and including `period`, oldest first (columns of Tabels 1–3) */
  periods: ReportPeriodRef[];
  /** supported concessiehouders in report order */
  concessiehouders: CodeName[];
  /** (sub)regions in report order */
  regions: CodeName[];
  /** hoofdrubrieken in report order */
  hoofdrubrieken: { code: string; label: string }[];
  scope: ReportScope;
  /** Tabel 4 columns: concessiehouder codes shown in detail (all, or an inkoper's own) */
  tabel4Concessiehouders: string[];
  /** hoofdrubriek of Tabel 12 */
  theme: string;
  /** counts in the selection (equal to national when unfiltered) */
  counts: AssessmentCount[];
  /** national counts, only when the selection is filtered */
  nationalCounts: AssessmentCount[] | null;
  /**
   * Region scores of every period in `periods`. Regions of the selection are those whose
   * concessiehouder (at that period) and code match the scope's filters; others only feed the
   * national aggregates.
   */
  regionScores: RegionScoreInput[];
  /** every tracked (sub)region with its concessiehouder per period: { [period]: { [region]: chCode } } */
  regionConcessiehouders: Record<string, Record<string, string | null>>;
  /** Kwaliteitskader themes in report order */
  themes?: { code: string; label: string }[];
  /** projects per theme (null: no theme) at both periods, in the selection */
  themeCounts?: ThemeCount[];
  /** the same nationally, only when the selection is filtered */
  nationalThemeCounts?: ThemeCount[] | null;
  /** showcase projects of the selection at the report period */
  showcase: ShowcaseInput[];
  generatedAt: string;
};

const sum = (xs: Iterable<number>) => {
  let s = 0;
  for (const x of xs) s += x;
  return s;
};

/** Counts of one dimension at one period, by value, optionally restricted to a hoofdrubriek. */
export function tally(counts: readonly AssessmentCount[], period: string, dimension: CountDimension, hoofdrubriek?: string): Map<string | null, number> {
  const m = new Map<string | null, number>();
  for (const c of counts) {
    if (c.period !== period || c.dimension !== dimension) continue;
    if (hoofdrubriek !== undefined && c.hoofdrubriek !== hoofdrubriek) continue;
    m.set(c.value, (m.get(c.value) ?? 0) + c.count);
  }
  return m;
}

/** Number of assessed projects at a period (each project is counted once per dimension). */
export function projectTotal(counts: readonly AssessmentCount[], period: string, hoofdrubriek?: string): number {
  return sum(tally(counts, period, "status", hoofdrubriek).values());
}

function compareColumns(compare: ReportPeriodRef, period: ReportPeriodRef): ReportColumn[] {
  return [
    { key: compare.code, label: compare.shortLabel },
    { key: period.code, label: period.shortLabel },
    { key: CHANGE_KEY, label: "Verschil" },
  ];
}

/**
 * A table of an enumerated dimension at two periods: one row per value (report order), an
 * "Niet beoordeeld" row when some projects have no value (conditional), and a Totaal row.
 */
export function enumComparison(
  counts: readonly AssessmentCount[],
  dimension: CountDimension,
  labelled: LabelledEnum<string>,
  compare: ReportPeriodRef,
  period: ReportPeriodRef,
  hoofdrubriek?: string,
): ValueTable {
  const a = tally(counts, compare.code, dimension, hoofdrubriek);
  const b = tally(counts, period.code, dimension, hoofdrubriek);
  const rows: ReportRow[] = labelled.values.map((v) => ({ key: v, label: labelled.label(v) }));
  const values: ValueTable["values"] = {};
  const put = (key: string, x: number, y: number) => {
    values[key] = { [compare.code]: x, [period.code]: y, [CHANGE_KEY]: y - x };
  };
  for (const v of labelled.values) put(v, a.get(v) ?? 0, b.get(v) ?? 0);
  const known = new Set<string | null>(labelled.values);
  const other = (m: Map<string | null, number>) => sum([...m].filter(([k]) => !known.has(k)).map(([, n]) => n));
  const [oa, ob] = [other(a), other(b)];
  if (oa > 0 || ob > 0) {
    rows.push({ key: NOT_ASSESSED_KEY, label: "Nog niet beoordeeld" });
    put(NOT_ASSESSED_KEY, oa, ob);
  }
  rows.push({ key: TOTAL_KEY, label: "Totaal", total: true });
  put(TOTAL_KEY, sum(a.values()), sum(b.values()));
  return { columns: compareColumns(compare, period), rows, values };
}

function comparisonTable(
  key: ReportTableKey,
  number: string,
  title: string,
  input: ReportInput,
  build: (counts: readonly AssessmentCount[]) => ValueTable,
  subject: string,
): ComparisonTable {
  const table = build(input.counts);
  return {
    key,
    number,
    title,
    ...table,
    summary: tableSummary(table, input.comparePeriod, input.period, subject),
    ...(input.nationalCounts ? { national: build(input.nationalCounts) } : {}),
  };
}

/** Tabels 1–3: regions per phase of one scale, with every period as a column. */
export function regionPhaseTable(input: ReportInput, scale: RegionScale, selectionOnly: boolean): ValueTable {
  const def = REGION_SCALES[scale];
  const labelled = def.phases as LabelledEnum<string>;
  const phases = labelled.values;
  const rows: ReportRow[] = phases.map((p) => ({ key: p, label: `Fase ${p}: ${labelled.label(p)}` }));
  const values: ValueTable["values"] = {};
  for (const r of [...phases, NOT_ASSESSED_KEY, TOTAL_KEY]) values[r] = {};
  const scoreOf = new Map(input.regionScores.map((s) => [`${s.period}|${s.region}`, s[scale]]));
  let anyUnscored = false;
  for (const p of input.periods) {
    for (const r of [...phases, NOT_ASSESSED_KEY, TOTAL_KEY]) values[r][p.code] = 0;
    const held = input.regionConcessiehouders[p.code] ?? {};
    for (const region of input.regions) {
      const ch = held[region.code];
      if (ch == null) continue; // not tracked (no supported concessiehouder) at that period
      if (selectionOnly && !inSelection(input.scope, region.code, ch)) continue;
      const phase = scoreOf.get(`${p.code}|${region.code}`);
      const key = phase != null && phase >= 1 && phase <= def.max ? String(phase) : NOT_ASSESSED_KEY;
      if (key === NOT_ASSESSED_KEY) anyUnscored = true;
      values[key][p.code] += 1;
      values[TOTAL_KEY][p.code] += 1;
    }
  }
  if (anyUnscored) rows.push({ key: NOT_ASSESSED_KEY, label: "Nog niet gescoord" });
  else delete values[NOT_ASSESSED_KEY];
  rows.push({ key: TOTAL_KEY, label: "Totaal", total: true });
  const { comparePeriod: c, period: q } = input;
  for (const r of Object.keys(values)) values[r][CHANGE_KEY] = (values[r][q.code] ?? 0) - (values[r][c.code] ?? 0);
  const columns: ReportColumn[] = [...input.periods.map((p) => ({ key: p.code, label: p.shortLabel })), { key: CHANGE_KEY, label: `Verschil ${c.shortLabel}–${q.shortLabel}` }];
  return { columns, rows, values };
}

function inSelection(scope: ReportScope, region: string, concessiehouder: string | null): boolean {
  if (scope.region && scope.region.code !== region) return false;
  if (scope.concessiehouder && scope.concessiehouder.code !== concessiehouder) return false;
  return true;
}

function regionTable(input: ReportInput, key: "tabel1" | "tabel2" | "tabel3", number: string, scale: RegionScale): ComparisonTable {
  // Region phases do not depend on the hoofdrubriek filter; they do on concessiehouder and region.
  const filtered = !!(input.scope.concessiehouder || input.scope.region);
  const table = regionPhaseTable(input, scale, true);
  const top = REGION_SCALES[scale].phases.values.at(-1)!;
  return {
    key,
    number,
    title: REGION_SCALES[scale].title,
    ...table,
    summary: regionSummary(table, top, (REGION_SCALES[scale].phases as LabelledEnum<string>).label(top), input.comparePeriod, input.period),
    ...(filtered ? { national: regionPhaseTable(input, scale, false) } : {}),
  };
}

function regionSummary(t: ValueTable, top: string, topLabel: string, c: ReportPeriodRef, p: ReportPeriodRef): string {
  const total = t.values[TOTAL_KEY][p.code] ?? 0;
  const now = t.values[top][p.code] ?? 0;
  const before = t.values[top][c.code] ?? 0;
  if (total === 0) return `In ${p.label} zijn er geen regio's gescoord.`;
  return `In ${p.label} zitten ${now} van de ${total} regio's (${formatPercent(now / total)}) in fase ${top} (${topLabel}), ${formatChange(before, now, c.label)}.`;
}

/** Tabel 4: hoofdrubriek × concessiehouder at the report period, with the total at the comparison period. */
export function rubriekByConcessiehouder(input: ReportInput, counts: readonly AssessmentCount[], chCodes: readonly string[]): ValueTable {
  const { period: p, comparePeriod: c } = input;
  const columns: ReportColumn[] = [
    ...chCodes.map((code) => ({ key: code, label: input.concessiehouders.find((x) => x.code === code)?.name ?? code })),
    { key: TOTAL_KEY, label: "Totaal" },
    { key: c.code, label: `Totaal ${c.shortLabel}` },
    { key: CHANGE_KEY, label: "Verschil" },
  ];
  const rows: ReportRow[] = [...input.hoofdrubrieken.map((h) => ({ key: h.code, label: h.label })), { key: TOTAL_KEY, label: "Totaal", total: true }];
  const values: ValueTable["values"] = {};
  for (const r of rows) values[r.key] = Object.fromEntries(columns.map((col) => [col.key, 0]));
  for (const t of counts) {
    if (t.dimension !== "status") continue;
    const target = t.period === p.code ? "now" : t.period === c.code ? "before" : null;
    if (!target || !values[t.hoofdrubriek]) continue;
    if (target === "now") {
      if (t.concessiehouder && chCodes.includes(t.concessiehouder)) {
        values[t.hoofdrubriek][t.concessiehouder] += t.count;
        values[TOTAL_KEY][t.concessiehouder] += t.count;
      }
      values[t.hoofdrubriek][TOTAL_KEY] += t.count;
      values[TOTAL_KEY][TOTAL_KEY] += t.count;
    } else {
      values[t.hoofdrubriek][c.code] += t.count;
      values[TOTAL_KEY][c.code] += t.count;
    }
  }
  for (const r of rows) values[r.key][CHANGE_KEY] = values[r.key][TOTAL_KEY] - values[r.key][c.code];
  return { columns, rows, values };
}

/**
 * Tabel 7: projects at the report period by start year, per hoofdrubriek; then, as in every other
 * table, the new projects (start in the report period's year or later, the headline figure's
 * definition) at the comparison period and the change.
 */
export function startYearTable(input: ReportInput, counts: readonly AssessmentCount[]): ValueTable {
  const { period: p, comparePeriod: c } = input;
  const year = Number(p.code.slice(0, 4));
  const byRubriek = new Map<string, { now: number; later: number; earlier: number; unknown: number; before: number }>();
  const laterYears = new Set<number>();
  const earlierYears = new Set<number>();
  for (const h of input.hoofdrubrieken) byRubriek.set(h.code, { now: 0, later: 0, earlier: 0, unknown: 0, before: 0 });
  for (const t of counts) {
    if (t.dimension !== "startYear") continue;
    const b = byRubriek.get(t.hoofdrubriek);
    if (!b) continue;
    const y = t.value == null ? NaN : Number(t.value);
    if (t.period === c.code && y >= year) b.before += t.count;
    if (t.period !== p.code) continue;
    if (!Number.isFinite(y)) b.unknown += t.count;
    else if (y === year) b.now += t.count;
    else if (y > year) {
      b.later += t.count;
      laterYears.add(y);
    } else {
      b.earlier += t.count;
      earlierYears.add(y);
    }
  }
  const maxLater = Math.max(year + 1, ...laterYears);
  const minEarlier = Math.min(year - 1, ...earlierYears);
  const columns: ReportColumn[] = [
    { key: "START_JAAR", label: `Start ${year}` },
    { key: "START_LATER", label: maxLater === year + 1 ? `Start ${year + 1}` : `Start ${year + 1}–${maxLater}` },
    { key: "NIEUW", label: `Totaal ${year}–${maxLater}` },
    { key: "NIEUW_AANDEEL", label: "Aandeel", kind: "share", of: "NIEUW" },
    { key: c.code, label: `Totaal nieuw ${c.shortLabel}` },
    { key: CHANGE_KEY, label: "Verschil" },
    { key: "EERDER", label: minEarlier === year - 1 ? `Start ${year - 1}` : `Start ${minEarlier}–${year - 1}` },
    { key: "EERDER_AANDEEL", label: "Aandeel", kind: "share", of: "EERDER" },
  ];
  const anyUnknown = [...byRubriek.values()].some((b) => b.unknown > 0);
  if (anyUnknown) columns.push({ key: "START_ONBEKEND", label: "Startdatum onbekend" });
  const rows: ReportRow[] = [...input.hoofdrubrieken.map((h) => ({ key: h.code, label: h.label })), { key: TOTAL_KEY, label: "Totaal", total: true }];
  const tot = { now: 0, later: 0, earlier: 0, unknown: 0, before: 0 };
  for (const b of byRubriek.values()) for (const k of Object.keys(tot) as (keyof typeof tot)[]) tot[k] += b[k];
  const newTotal = tot.now + tot.later;
  const values: ValueTable["values"] = {};
  for (const r of rows) {
    const b = r.key === TOTAL_KEY ? tot : byRubriek.get(r.key)!;
    const n = b.now + b.later;
    values[r.key] = {
      START_JAAR: b.now,
      START_LATER: b.later,
      NIEUW: n,
      NIEUW_AANDEEL: newTotal ? n / newTotal : 0,
      [c.code]: b.before,
      [CHANGE_KEY]: n - b.before,
      EERDER: b.earlier,
      EERDER_AANDEEL: tot.earlier ? b.earlier / tot.earlier : 0,
      ...(anyUnknown ? { START_ONBEKEND: b.unknown } : {}),
    };
  }
  return { columns, rows, values };
}

/** New projects (starting in the report period's year or later) at a period, and those in the cross-organisational rubrieken. */
export function newProjects(counts: readonly AssessmentCount[], period: string, year: number): { total: number; cross: number } {
  let total = 0;
  let cross = 0;
  for (const t of counts) {
    if (t.period !== period || t.dimension !== "startYear" || t.value == null) continue;
    if (Number(t.value) < year) continue;
    total += t.count;
    if (CROSS_ORGANISATIONAL_RUBRIEKEN.includes(t.hoofdrubriek)) cross += t.count;
  }
  return { total, cross };
}

function theme(input: ReportInput, counts: readonly AssessmentCount[]) {
  const { comparePeriod: c, period: p } = input;
  return {
    projectCounts: { [c.code]: projectTotal(counts, c.code, input.theme), [p.code]: projectTotal(counts, p.code, input.theme) },
    impact: enumComparison(counts, "impact", IMPACT, c, p, input.theme),
    sharing: enumComparison(counts, "sharing", RESULT_SHARING, c, p, input.theme),
    scalability: enumComparison(counts, "scalability", SCALABILITY, c, p, input.theme),
  };
}

function themeTable(input: ReportInput): ThemeTable {
  const h = input.hoofdrubrieken.find((x) => x.code === input.theme) ?? { code: input.theme, label: input.theme };
  const t = theme(input, input.counts);
  const { comparePeriod: c, period: p } = input;
  const before = t.projectCounts[c.code];
  const now = t.projectCounts[p.code];
  const scalableNow = sum(SCALABLE_VALUES.map((v) => t.scalability.values[v][p.code]));
  const sharingNow = t.sharing.values.YES[p.code];
  return {
    key: "tabel12",
    number: "Tabel 12",
    title: `Thema ${h.label}: impact, delen van resultaten en opschaalbaarheid`,
    hoofdrubriek: { code: h.code, label: h.label },
    ...t,
    summary:
      now === 0
        ? `In ${p.label} zijn er geen projecten met hoofdrubriek ${h.label}.`
        : `Hoofdrubriek ${h.label} telt in ${p.label} ${now} projecten, ${formatChange(before, now, c.label)}; ${scalableNow} daarvan zijn opschaalbaar en ${sharingNow} hebben resultaten om te delen.`,
    ...(input.nationalCounts ? { national: theme(input, input.nationalCounts) } : {}),
  };
}

function headline(input: ReportInput, t: { tabel1: ValueTable; tabel2: ValueTable }): HeadlineFigure[] {
  const { comparePeriod: c, period: p, counts } = input;
  const status = (per: string) => tally(counts, per, "status");
  const scal = (per: string) => tally(counts, per, "scalability");
  const shar = (per: string) => tally(counts, per, "sharing");
  const figures: HeadlineFigure[] = [];
  const add = (key: HeadlineFigure["key"], label: string, f: (per: string) => { value: number; of: number | null }, sentence: (v: number, of: number | null) => string) => {
    const now = f(p.code);
    const before = f(c.code);
    const share = (x: { value: number; of: number | null }) => (x.of ? x.value / x.of : null);
    figures.push({
      key,
      label,
      value: now.value,
      of: now.of,
      share: share(now),
      compare: { value: before.value, of: before.of, share: share(before) },
      change: now.value - before.value,
      summary: `${sentence(now.value, now.of)}; in ${c.label} ${formatCount(before.value)}${before.of != null ? ` van de ${formatCount(before.of)}` : ""} (${formatSigned(now.value - before.value)}).`,
    });
  };
  const total = (per: string) => projectTotal(counts, per);
  const st = (per: string, ...keys: string[]) => sum(keys.map((k) => status(per).get(k) ?? 0));
  const pct = (v: number, of: number | null) => (of ? ` (${formatPercent(v / of)})` : "");
  add("projects", "Projecten", (per) => ({ value: total(per), of: null }), (v) => `${v} projecten`);
  add("finished", "Afgerond", (per) => ({ value: st(per, "FINISHED_SUCCESSFUL", "FINISHED_UNSUCCESSFUL"), of: total(per) }), (v, of) => `${v} van de ${of} projecten afgerond${pct(v, of)}`);
  add("finishedSuccessful", "Succesvol afgerond", (per) => ({ value: st(per, "FINISHED_SUCCESSFUL"), of: st(per, "FINISHED_SUCCESSFUL", "FINISHED_UNSUCCESSFUL") }), (v, of) => `${v} van de ${of} afgeronde projecten succesvol${pct(v, of)}`);
  add("running", "Lopend", (per) => ({ value: st(per, "RUNNING"), of: total(per) }), (v, of) => `${v} projecten lopend${pct(v, of)}`);
  add("notStarted", "Nog niet gestart", (per) => ({ value: st(per, "NOT_STARTED"), of: total(per) }), (v) => `${v} projecten nog niet gestart`);
  add("stoppedEarly", "Vroegtijdig gestopt", (per) => ({ value: st(per, "STOPPED_EARLY"), of: total(per) }), (v) => `${v} projecten vroegtijdig gestopt`);
  add("scalable", "Opschaalbaar", (per) => ({ value: sum(SCALABLE_VALUES.map((v) => scal(per).get(v) ?? 0)), of: total(per) }), (v, of) => `${v} projecten opschaalbaar${pct(v, of)}`);
  add("notYetScalable", "Nog niet zinvol om op te schalen", (per) => ({ value: scal(per).get("NOT_YET_USEFUL") ?? 0, of: total(per) }), (v) => `${v} projecten nog niet zinvol om op te schalen, mogelijk later wel`);
  add("sharing", "Resultaten te delen", (per) => ({ value: shar(per).get("YES") ?? 0, of: total(per) }), (v, of) => `${v} projecten met resultaten om te delen${pct(v, of)}`);
  add("sharingSoon", "Binnenkort resultaten te delen", (per) => ({ value: shar(per).get("NOT_YET_SOON") ?? 0, of: total(per) }), (v) => `${v} projecten verwachten binnenkort resultaten te delen`);
  const year = Number(p.code.slice(0, 4));
  add("newProjects", `Nieuwe projecten (start ${year} of later)`, (per) => ({ value: newProjects(counts, per, year).total, of: total(per) }), (v) => `${v} nieuwe projecten met start in ${year} of later`);
  add(
    "newCrossOrganisational",
    "Nieuwe projecten in organisatieoverstijgende rubrieken",
    (per) => {
      const n = newProjects(counts, per, year);
      return { value: n.cross, of: n.total };
    },
    (v, of) => `${v} van de ${of} nieuwe projecten${pct(v, of)} vallen in de vijf organisatieoverstijgende rubrieken`,
  );
  const regions = (table: ValueTable, phase: string) => (per: string) => ({ value: table.values[phase]?.[per] ?? 0, of: table.values[TOTAL_KEY]?.[per] ?? 0 });
  add("regionsImplementing", "Regio's in de implementatiefase", regions(t.tabel1, "4"), (v, of) => `${v} van de ${of} regio's in de implementatiefase${pct(v, of)}`);
  add("regionsSharedVision", "Regio's die samenwerken vanuit visie", regions(t.tabel2, "4"), (v, of) => `${v} van de ${of} regio's werken samen vanuit een gedeelde visie${pct(v, of)}`);
  return figures;
}

/** The whole report from the tuples. */
export function computeReport(input: ReportInput): Report {
  const { comparePeriod: c, period: p } = input;
  const tabel1 = regionTable(input, "tabel1", "Tabel 1", "agreements");
  const tabel2 = regionTable(input, "tabel2", "Tabel 2", "dynamics");
  const tabel3 = regionTable(input, "tabel3", "Tabel 3", "vision");

  const t4 = rubriekByConcessiehouder(input, input.counts, input.tabel4Concessiehouders);
  const t4Top = input.hoofdrubrieken.map((h) => h.code).reduce<string | null>((best, code) => (best == null || t4.values[code][TOTAL_KEY] > t4.values[best][TOTAL_KEY] ? code : best), null);
  const tabel4: ComparisonTable = {
    key: "tabel4",
    number: "Tabel 4",
    title: "Projecten per hoofdrubriek en concessiehouder",
    ...t4,
    summary:
      t4.values[TOTAL_KEY][TOTAL_KEY] === 0 || !t4Top
        ? `In ${p.label} zijn er geen projecten.`
        : `In ${p.label} telt de selectie ${t4.values[TOTAL_KEY][TOTAL_KEY]} projecten, ${formatChange(t4.values[TOTAL_KEY][c.code], t4.values[TOTAL_KEY][TOTAL_KEY], c.label)}; de meeste vallen in ${input.hoofdrubrieken.find((h) => h.code === t4Top)!.label} (${t4.values[t4Top][TOTAL_KEY]}).`,
    ...(input.nationalCounts ? { national: rubriekByConcessiehouder(input, input.nationalCounts, []) } : {}),
  };

  const tabel5 = comparisonTable("tabel5", "Tabel 5", "Aantal betrokken zorgorganisaties", input, (k) => enumComparison(k, "careOrg", CARE_ORG_BUCKET, c, p), "projecten");
  const tabel6 = comparisonTable("tabel6", "Tabel 6", "Projectstatus", input, (k) => enumComparison(k, "status", PROJECT_STATUS, c, p), "projecten");

  const t7 = startYearTable(input, input.counts);
  const nt = t7.values[TOTAL_KEY];
  const t7Top = input.hoofdrubrieken.map((h) => h.code).reduce<string | null>((best, code) => (best == null || t7.values[code].NIEUW > t7.values[best].NIEUW ? code : best), null);
  const allNow = nt.NIEUW + nt.EERDER + (nt.START_ONBEKEND ?? 0);
  const tabel7: ComparisonTable = {
    key: "tabel7",
    number: "Tabel 7",
    title: "Nieuwe projecten per hoofdrubriek naar startjaar",
    ...t7,
    summary:
      nt.NIEUW === 0 || !t7Top
        ? `Er zijn in ${p.label} geen projecten die in ${p.code.slice(0, 4)} of later starten${nt[c.code] ? `; in ${c.label} waren het er ${formatCount(nt[c.code])}` : ""}.`
        : `${nt.NIEUW} van de ${allNow} projecten (${formatPercent(nt.NIEUW / allNow)}) starten in ${p.code.slice(0, 4)} of later, ${formatChange(nt[c.code], nt.NIEUW, c.label)}; de meeste nieuwe projecten vallen in ${input.hoofdrubrieken.find((h) => h.code === t7Top)!.label} (${t7.values[t7Top].NIEUW}).`,
    ...(input.nationalCounts ? { national: startYearTable(input, input.nationalCounts) } : {}),
  };

  const tabel8 = comparisonTable("tabel8", "Tabel 8", "Mate van impact", input, (k) => enumComparison(k, "impact", IMPACT, c, p), "projecten");
  const tabel10 = comparisonTable("tabel10", "Tabel 10", "Delen van resultaten", input, (k) => enumComparison(k, "sharing", RESULT_SHARING, c, p), "projecten");
  const tabel11 = comparisonTable("tabel11", "Tabel 11", "Opschaalbaarheid", input, (k) => enumComparison(k, "scalability", SCALABILITY, c, p), "projecten");
  const tabel12 = themeTable(input);
  const kwaliteitskader = input.themes
    ? comparisonTable("kwaliteitskader", "", "Kwaliteitskader: projecten per thema", input, (k) => kwaliteitskaderTable(input, k, input.themeCounts ?? []), "projecten")
    : undefined;
  if (kwaliteitskader) {
    if (input.nationalThemeCounts) kwaliteitskader.national = kwaliteitskaderTable(input, input.nationalCounts ?? [], input.nationalThemeCounts);
    else delete kwaliteitskader.national;
  }

  return {
    period: p,
    comparePeriod: c,
    periods: input.periods,
    scope: input.scope,
    headline: headline(input, { tabel1, tabel2 }),
    tabel1,
    tabel2,
    tabel3,
    tabel4,
    tabel5,
    tabel6,
    tabel7,
    tabel8,
    tabel10,
    tabel11,
    tabel12,
    ...(kwaliteitskader ? { kwaliteitskader } : {}),
    bijlage1: { title: "Bijlage 1: processtatus per (sub)regio", rows: bijlage1(input) },
    bijlage2: { title: "Bijlage 2: voorbeeldprojecten per regio", regions: bijlage2(input) },
    generatedAt: input.generatedAt,
  };
}

/**
 * Chapter 3: projects per Kwaliteitskader theme at the comparison and report period, with the
 * change and the share of all projects at the report period. A project serving several themes
 * counts under each, so the themes add up to more than the total (the "Projecten" row, the
 * projects of Tabel 6); "Zonder thema" only when some project has none.
 */
export function kwaliteitskaderTable(input: ReportInput, counts: readonly AssessmentCount[], themeCounts: readonly ThemeCount[]): ValueTable {
  const { comparePeriod: c, period: p } = input;
  const at = (period: string, theme: string | null) => sum(themeCounts.filter((t) => t.period === period && t.theme === theme).map((t) => t.count));
  const totalNow = projectTotal(counts, p.code);
  const rows: ReportRow[] = (input.themes ?? []).map((t) => ({ key: t.code, label: t.label }));
  const values: ValueTable["values"] = {};
  const put = (key: string, before: number, now: number) => {
    values[key] = { [c.code]: before, [p.code]: now, [CHANGE_KEY]: now - before, AANDEEL: totalNow ? now / totalNow : 0 };
  };
  for (const t of input.themes ?? []) put(t.code, at(c.code, t.code), at(p.code, t.code));
  const none = [at(c.code, null), at(p.code, null)];
  if (none[0] > 0 || none[1] > 0) {
    rows.push({ key: "GEEN_THEMA", label: "Zonder thema" });
    put("GEEN_THEMA", none[0], none[1]);
  }
  rows.push({ key: TOTAL_KEY, label: "Projecten", total: true });
  put(TOTAL_KEY, projectTotal(counts, c.code), totalNow);
  return {
    columns: [...compareColumns(c, p), { key: "AANDEEL", label: `Aandeel ${p.shortLabel}`, kind: "share", of: p.code }],
    rows,
    values,
  };
}

function bijlage1(input: ReportInput): Report["bijlage1"]["rows"] {
  const { period: p, comparePeriod: c } = input;
  const held = input.regionConcessiehouders[p.code] ?? {};
  const score = new Map(input.regionScores.map((s) => [`${s.period}|${s.region}`, s]));
  const chName = new Map(input.concessiehouders.map((x) => [x.code, x.name]));
  const rows: Report["bijlage1"]["rows"] = [];
  for (const region of input.regions) {
    const ch = held[region.code];
    if (ch == null || !inSelection(input.scope, region.code, ch)) continue;
    const now = score.get(`${p.code}|${region.code}`);
    const before = score.get(`${c.code}|${region.code}`);
    const phase = (scale: RegionScale) => {
      const v = now?.[scale] ?? null;
      const ok = v != null && v >= 1 && v <= REGION_SCALES[scale].max;
      return { phase: ok ? v : null, label: ok ? (REGION_SCALES[scale].phases as LabelledEnum<string>).label(String(v)) : null, comparePhase: before?.[scale] ?? null };
    };
    rows.push({
      regionCode: region.code,
      regionName: region.name,
      concessiehouder: { code: ch, name: chName.get(ch) ?? ch },
      agreements: phase("agreements"),
      dynamics: phase("dynamics"),
      vision: phase("vision"),
    });
  }
  return rows;
}

function bijlage2(input: ReportInput): Report["bijlage2"]["regions"] {
  const label = new Map(input.hoofdrubrieken.map((h) => [h.code, h.label]));
  const out: Report["bijlage2"]["regions"] = [];
  for (const region of input.regions) {
    const projects = input.showcase
      .filter((s) => s.region === region.code)
      .sort((a, b) => a.wirNumber.localeCompare(b.wirNumber))
      .map((s) => ({ id: s.id, wirNumber: s.wirNumber, title: s.title, hoofdrubriek: label.get(s.hoofdrubriek) ?? s.hoofdrubriek, summary: firstParagraph(s.description) }));
    if (projects.length) out.push({ regionCode: region.code, regionName: region.name, projects });
  }
  return out;
}

/** The first paragraph of a description, at most about 600 characters, cut at a word. */
export function firstParagraph(text: string, max = 600): string {
  const para = text.trim().split(/\n\s*\n/)[0]?.replace(/\s+/g, " ").trim() ?? "";
  if (para.length <= max) return para;
  const cut = para.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 40)).trimEnd()}…`;
}
