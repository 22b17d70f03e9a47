/**
 * Results for the demo portfolio (issue 14): indicators with a baseline (the scan) and a target,
 * measurements in the periods the project was judged in, and the traject stages from intake on.
 * Added to the tables the portfolio generator made, with a random stream of its own, so the rest
 * of the demo (and every table of the January 2021 report) stays exactly as it was. Loaded through
 * the importer like the rest (sheets Indicatoren, Metingen, Traject).
 */
import { HOOFDRUBRIEKEN } from "../reference-data";
import { PROJECT_STATUS, type ProjectStatus } from "../enums";
import { FUNDING_DECISION, INDICATOR_DIRECTION, INDICATOR_UNIT, TRAJECT_STAGE, type IndicatorUnit, type TrajectStage } from "../results/enums";
import { STANDARD_INDICATORS } from "../results/standard-indicators";
import { periodNames } from "../periods";
import type { OutCell, PortfolioTables } from "../import/write";
import { DEMO_LEADERS, DEMO_PERIODS, seededRandom } from "./portfolio";

/** Where an indicator's baseline usually lies, and how far a project aims to move it. */
const PROFILE: Record<string, { base: [number, number]; change: [number, number]; relative?: boolean }> = {
  VERZUIM: { base: [6, 10], change: [-2.5, -1] },
  VERLOOP: { base: [12, 20], change: [-5, -2] },
  INSTROOM: { base: [5, 30], change: [0.3, 0.6], relative: true },
  OPGELEID: { base: [5, 40], change: [0.5, 1], relative: true },
  CLIENTTEVREDENHEID: { base: [6.8, 7.6], change: [0.3, 0.6] },
  MEDEWERKERTEVREDENHEID: { base: [6.5, 7.4], change: [0.3, 0.6] },
  DIRECTE_TIJD: { base: [55, 70], change: [5, 10] },
  WACHTTIJD: { base: [20, 90], change: [-0.4, -0.2], relative: true },
  INFORMELE_ZORG: { base: [200, 2000], change: [0.15, 0.3], relative: true },
  OVERHEAD: { base: [10, 18], change: [-3, -1] },
};
const OWN = [
  { name: "Deelnemende bewoners", definition: "Aantal bewoners dat meedoet aan de activiteiten van het project.", unit: "COUNT" as IndicatorUnit, base: [10, 50] as [number, number], change: [0.4, 0.8] as [number, number] },
  { name: "Ingezette zorgtechnologie", definition: "Aantal cliënten dat een hulpmiddel van het project gebruikt.", unit: "COUNT" as IndicatorUnit, base: [5, 30] as [number, number], change: [0.5, 1.2] as [number, number] },
];

/** The demo is as of January 2021: nothing later has happened. */
const AS_OF = "2021-01-15";

const addMonths = (date: string, months: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};
const round = (unit: IndicatorUnit, v: number) => (unit === "COUNT" || unit === "DAYS" || unit === "HOURS" ? Math.max(0, Math.round(v)) : Math.round(v * 10) / 10);
const clamp = (unit: IndicatorUnit, v: number) => (unit === "SCORE_10" ? Math.min(10, Math.max(1, v)) : unit === "PERCENT" ? Math.min(100, Math.max(0, v)) : Math.max(0, v));

export function addDemoResults(tables: PortfolioTables): void {
  const random = seededRandom(2_021_014);
  const between = ([a, b]: readonly [number, number]) => a + random() * (b - a);
  const rubriekCode = new Map(HOOFDRUBRIEKEN.map((h) => [h.label, h.code]));
  const statusCode = new Map(PROJECT_STATUS.options.map((o) => [o.label, o.value]));
  const demoLeaders = new Set(DEMO_LEADERS.map((l) => l.email));
  const periods = [DEMO_PERIODS.compare, DEMO_PERIODS.current].map((code) => ({ code, label: periodNames(Number(code.slice(0, 4)), Number(code.slice(5))).label, peildatum: `${code}-01` }));
  const recordsOf = new Map<string, Map<string, ProjectStatus | null>>();
  for (const r of tables.records) {
    const byPeriod = recordsOf.get(String(r.wirNumber)) ?? new Map<string, ProjectStatus | null>();
    byPeriod.set(String(r.period), r.status ? (statusCode.get(String(r.status)) ?? null) : null);
    recordsOf.set(String(r.wirNumber), byPeriod);
  }

  for (const p of tables.projects) {
    const wir = String(p.wirNumber);
    const start = String(p.startDate);
    const end = p.endDate ? String(p.endDate) : addMonths(start, 24);
    const records = recordsOf.get(wir) ?? new Map();
    const latest = (records.get(periods[1].label) ?? records.get(periods[0].label) ?? null) as ProjectStatus | null;
    const led = String(p.leaders ?? "").split(";").some((e) => demoLeaders.has(e.trim()));
    const started = latest !== "NOT_STARTED" && latest !== null;

    // --- traject: most projects record it; not-started ones stop before the funding decision
    const hasTraject = led || random() < 0.7;
    const scanDate = addMonths(start, -3);
    const stages: [TrajectStage, string, Record<string, OutCell>?][] = [];
    if (hasTraject) {
      stages.push(["INTAKE", addMonths(start, -4)], ["SCAN", scanDate], ["PLAN", addMonths(start, -2)]);
      if (started || random() < 0.3) {
        const budget = Number(p.budgetEuros ?? 0);
        const partly = random() < 0.15;
        stages.push([
          "FUNDING",
          addMonths(start, -1),
          { fundingDecision: FUNDING_DECISION.label(partly ? "PARTLY_GRANTED" : "GRANTED"), fundingAmountEuros: partly ? Math.round((budget * 0.7) / 500) * 500 : budget },
        ]);
      }
      if (started) {
        stages.push(["EXECUTION", start]);
        const mid = new Date((Date.parse(start) + Date.parse(end)) / 2).toISOString().slice(0, 10);
        if (mid <= AS_OF) stages.push(["MIDTERM", mid]);
        const finished = latest === "FINISHED_SUCCESSFUL" || latest === "FINISHED_UNSUCCESSFUL";
        if (finished && end <= AS_OF) stages.push(["FINAL", end]);
        if (latest === "FINISHED_SUCCESSFUL" && addMonths(end, 1) <= AS_OF) stages.push(["BORGING", addMonths(end, 1)]);
      }
      for (const [stage, date, extra] of stages) {
        tables.traject.push({
          wirNumber: wir,
          stage: TRAJECT_STAGE.label(stage),
          date,
          note: stage === "BORGING" ? "De aanpak is opgenomen in het reguliere werk van de deelnemende organisaties." : null,
          fundingDecision: null,
          fundingAmountEuros: null,
          ...extra,
        });
      }
    }

    // --- indicators: about half of the projects, always the demo leaders' (so the update form shows them)
    if (!(led || (hasTraject && random() < 0.65))) continue;
    const rubriek = rubriekCode.get(String(p.hoofdrubriek)) ?? "";
    const fitting = STANDARD_INDICATORS.filter((i) => i.hoofdrubriekCodes.includes(rubriek));
    const pool = [...(fitting.length ? fitting : STANDARD_INDICATORS)];
    const chosen: { code: string; unit: IndicatorUnit; lowerIsBetter: boolean; base: [number, number]; change: [number, number]; relative: boolean; own?: (typeof OWN)[number] }[] = [];
    const count = Math.min(pool.length, 1 + Math.floor(random() * 3));
    for (let n = 0; n < count; n++) {
      const i = pool.splice(Math.floor(random() * pool.length), 1)[0];
      const profile = PROFILE[i.code] ?? { base: [10, 50], change: [0.2, 0.4], relative: true };
      chosen.push({ code: i.code, unit: i.unit, lowerIsBetter: i.direction === "LOWER_IS_BETTER", base: profile.base, change: profile.change, relative: !!profile.relative });
    }
    if (random() < 0.1) {
      const own = OWN[Math.floor(random() * OWN.length)];
      chosen.push({ code: `EIGEN-${wir}-1`, unit: own.unit, lowerIsBetter: false, base: own.base, change: own.change, relative: true, own });
    }
    const baselineDate = hasTraject ? scanDate : start;
    const targetDate = end > baselineDate ? end : addMonths(baselineDate, 24);
    for (const c of chosen) {
      const baseline = round(c.unit, between(c.base));
      const delta = between(c.change);
      const target = round(c.unit, clamp(c.unit, c.relative ? baseline * (1 + delta) : baseline + delta));
      tables.indicators.push({
        wirNumber: wir,
        indicator: c.code,
        ownName: c.own?.name ?? null,
        ownDefinition: c.own?.definition ?? null,
        ownUnit: c.own ? INDICATOR_UNIT.label(c.own.unit) : null,
        ownDirection: c.own ? INDICATOR_DIRECTION.label("HIGHER_IS_BETTER") : null,
        baselineValue: baseline,
        baselineDate,
        baselineMethod: pickMethod(c.unit, random),
        targetValue: target,
        targetDate,
      });
      if (!started) continue;
      // measured in the periods the project was judged in, mostly on the way to the target
      let share = 0;
      for (const period of periods) {
        if (!records.has(period.label) || period.peildatum <= baselineDate) continue;
        share = Math.min(1.1, share + (random() < 0.15 ? -0.1 : between([0.2, 0.5])));
        const value = round(c.unit, clamp(c.unit, baseline + (target - baseline) * share + (random() - 0.5) * Math.abs(target - baseline) * 0.2));
        tables.measurements.push({ wirNumber: wir, indicator: c.code, period: period.label, value, note: null });
      }
    }
  }
}

function pickMethod(unit: IndicatorUnit, random: () => number): string {
  const methods: Record<IndicatorUnit, string[]> = {
    PERCENT: ["Uit de personeelsadministratie, twaalf maanden", "Tijdschrijven gedurende twee weken"],
    COUNT: ["Telling in de projectadministratie", "Aanmeldingen bij de opleidingen"],
    SCORE_10: ["Cliëntenraadpleging (vragenlijst)", "Medewerkersonderzoek (vragenlijst)"],
    DAYS: ["Wachtlijstgegevens van het zorgkantoor"],
    HOURS: ["Registratie van de vrijwilligerscoördinator"],
  };
  const list = methods[unit];
  return list[Math.floor(random() * list.length)];
}
