/**
 * Every number of the January 2021 progress report (peildatum 1 November 2020, compared with
 * March 2020), transcribed from the published report's tables (docs/domain.md says which tables
 * there are and why the numbering skips 9). Keys are the codes of lib/domain/enums.ts and lib/domain/reference-data.ts, so a test
 * can compare a computed Report value by value. Used by the report's exact-numbers test and by the
 * demo portfolio (import) tests. Do not "fix" a number here: the source's tables win.
 */

export const PERIOD = "2020-10";
export const COMPARE = "2020-03";
/** Columns of Tabels 1–3, in order. */
export const REGION_PERIODS = ["2019-03", "2019-10", "2020-03", "2020-10"] as const;

export const REGION_COUNT = 34;

type PerPeriod = readonly [number, number, number, number];

/** Tabel 1 Afspraken / convenanten: phase → counts at mrt-19, okt-19, mrt-20, okt-20. */
export const TABEL1: Record<"1" | "2" | "3" | "4", PerPeriod> = {
  "1": [1, 0, 0, 0],
  "2": [7, 7, 3, 0],
  "3": [10, 6, 4, 2],
  "4": [16, 21, 27, 32],
};
/** Tabel 2 Samenwerkingsdynamiek. */
export const TABEL2: Record<"1" | "2" | "3" | "4", PerPeriod> = {
  "1": [2, 1, 0, 0],
  "2": [14, 12, 4, 0],
  "3": [17, 19, 13, 11],
  "4": [1, 2, 17, 23],
};
/** Tabel 3 Regiovisie / stip op de horizon. */
export const TABEL3: Record<"1" | "2" | "3" | "4" | "5", PerPeriod> = {
  "1": [4, 0, 0, 0],
  "2": [15, 11, 4, 0],
  "3": [13, 8, 6, 2],
  "4": [2, 13, 16, 14],
  "5": [0, 2, 8, 18],
};

/** Tabel 4 columns (concessiehouder codes) in report order. */
export const TABEL4_COLUMNS = ["CZ", "ZK-DF", "ENO", "MENZIS", "VGZ", "ZK", "ZZ"] as const;
/** Tabel 4 Hoofdrubriek × concessiehouder at okt-20: [CZ, ZK-DF, ENO, MENZIS, VGZ, ZK, ZZ, totaal]. */
export const TABEL4: Record<string, readonly [number, number, number, number, number, number, number, number]> = {
  ANDERS_OPLEIDEN: [6, 0, 1, 2, 10, 3, 3, 25],
  ANDERS_WERKEN: [5, 0, 0, 2, 1, 5, 2, 15],
  BEHANDELFUNCTIE: [4, 0, 0, 2, 9, 8, 1, 24],
  EFFICIENT_WERKEN: [0, 0, 0, 0, 0, 0, 0, 0],
  LEREN_VERBETEREN: [3, 1, 0, 2, 0, 8, 2, 16],
  NIEUWE_PROFESSIONALS: [8, 1, 0, 9, 12, 3, 2, 35],
  PERSOONSGERICHTE_ZORG: [5, 0, 0, 3, 5, 8, 3, 24],
  PROFESSIONALS_BEHOUDEN: [7, 1, 0, 13, 12, 5, 1, 39],
  REGIONALE_STRATEGIE: [1, 2, 2, 4, 11, 16, 0, 36],
  SAMENWERKING_KETEN: [14, 7, 3, 1, 4, 27, 2, 58],
  TECHNOLOGIE: [12, 2, 1, 5, 12, 12, 2, 46],
  TOTAAL: [65, 14, 7, 43, 76, 95, 18, 318],
};

type Pair = readonly [number, number];

/** Tabel 5 Aantal betrokken zorgorganisaties: bucket → [mrt-20, okt-20]. */
export const TABEL5: Record<"1-3" | "4-6" | "7-9" | "10+" | "UNKNOWN", Pair> = {
  "1-3": [24, 20],
  "4-6": [92, 95],
  "7-9": [92, 122],
  "10+": [60, 61],
  // The source's columns add up to 268 and 298; the rest had no known count.
  UNKNOWN: [0, 20],
};

/** Project totals: [mrt-20, okt-20]. */
export const PROJECTS: Pair = [268, 318];

/** Tabel 6 Projectstatus. */
export const TABEL6: Record<"FINISHED_UNSUCCESSFUL" | "FINISHED_SUCCESSFUL" | "RUNNING" | "NOT_STARTED" | "STOPPED_EARLY", Pair> = {
  FINISHED_UNSUCCESSFUL: [5, 7],
  FINISHED_SUCCESSFUL: [12, 31],
  RUNNING: [237, 244],
  NOT_STARTED: [8, 30],
  STOPPED_EARLY: [6, 6],
};

/**
 * Tabel 7 new projects per hoofdrubriek by start year (at okt-20):
 * [start 2020, start 2021, total 2020–2021, share % (1 decimal), start 2018–2019, share % (2 decimals)].
 */
export const TABEL7: Record<string, readonly [number, number, number, number, number, number]> = {
  ANDERS_OPLEIDEN: [2, 2, 4, 3.5, 21, 10.24],
  ANDERS_WERKEN: [8, 1, 9, 8.0, 6, 2.93],
  BEHANDELFUNCTIE: [3, 1, 4, 3.5, 20, 9.76],
  EFFICIENT_WERKEN: [0, 0, 0, 0.0, 0, 0.0],
  LEREN_VERBETEREN: [1, 2, 3, 2.7, 13, 6.34],
  NIEUWE_PROFESSIONALS: [5, 2, 7, 6.2, 28, 13.66],
  PERSOONSGERICHTE_ZORG: [9, 4, 13, 11.5, 11, 5.37],
  PROFESSIONALS_BEHOUDEN: [9, 1, 10, 8.8, 29, 14.15],
  REGIONALE_STRATEGIE: [16, 3, 19, 16.8, 17, 8.29],
  SAMENWERKING_KETEN: [17, 12, 29, 25.7, 29, 14.15],
  TECHNOLOGIE: [13, 2, 15, 13.3, 31, 15.12],
  TOTAAL: [83, 30, 113, 100.0, 205, 100.0],
};
/** The 30 projects starting in 2021 are exactly the 30 "Nog niet gestart" of okt-20. */
export const TABEL7_START_2021_ARE_NOT_STARTED = true;

/** Tabel 8 Mate van impact: [mrt-20, okt-20]. */
export const TABEL8: Record<"SMALL_LIMITED" | "SMALL_MUCH" | "MEDIUM_LIMITED" | "MEDIUM_MUCH" | "LARGE_LIMITED" | "LARGE_GREAT" | "UNKNOWN", Pair> = {
  SMALL_LIMITED: [38, 40],
  SMALL_MUCH: [41, 54],
  MEDIUM_LIMITED: [26, 27],
  MEDIUM_MUCH: [80, 111],
  LARGE_LIMITED: [8, 12],
  LARGE_GREAT: [67, 74],
  UNKNOWN: [8, 0],
};

/** Tabel 10 Delen van resultaten: [mrt-20, okt-20]. */
export const TABEL10: Record<"NO_RESULTS" | "NOT_YET_SOON" | "YES" | "UNKNOWN", Pair> = {
  NO_RESULTS: [48, 69],
  NOT_YET_SOON: [103, 93],
  YES: [100, 156],
  UNKNOWN: [17, 0],
};

/** Tabel 11 Opschaalbaarheid: [mrt-20, okt-20]. */
export const TABEL11: Record<"NOT_USEFUL" | "NOT_YET_USEFUL" | "THIS_REGION_ONLY" | "SOME_OTHER_REGIONS" | "NATIONAL", Pair> = {
  NOT_USEFUL: [44, 54],
  NOT_YET_USEFUL: [98, 86],
  THIS_REGION_ONLY: [34, 58],
  SOME_OTHER_REGIONS: [62, 77],
  NATIONAL: [30, 43],
};

/** Tabel 12 for hoofdrubriek Technologie: [mrt-20, okt-20]. */
export const TABEL12 = {
  hoofdrubriek: "TECHNOLOGIE",
  projects: [41, 46] as Pair,
  impact: {
    SMALL_LIMITED: [5, 5],
    SMALL_MUCH: [4, 5],
    MEDIUM_LIMITED: [3, 2],
    MEDIUM_MUCH: [16, 18],
    LARGE_LIMITED: [1, 1],
    LARGE_GREAT: [12, 15],
    UNKNOWN: [0, 0],
  } as Record<keyof typeof TABEL8, Pair>,
  sharing: {
    NO_RESULTS: [3, 5],
    NOT_YET_SOON: [21, 16],
    YES: [14, 25],
    UNKNOWN: [3, 0],
  } as Record<keyof typeof TABEL10, Pair>,
  scalability: {
    NOT_USEFUL: [4, 2],
    NOT_YET_USEFUL: [16, 12],
    THIS_REGION_ONLY: [3, 8],
    SOME_OTHER_REGIONS: [8, 11],
    NATIONAL: [10, 13],
  } as Record<keyof typeof TABEL11, Pair>,
};

/**
 * Headline figures: okt-20 value, its base ("of"), and the mrt-20 value and base where the
 * source states or implies them (derived from the tables above).
 */
export const HEADLINE = {
  projects: { value: 318, of: null, compare: 268 },
  finished: { value: 38, of: 318, compare: 17, compareOf: 268 },
  /** 31 of 38 = ruim 81%; March 12 of 17 = 70% */
  finishedSuccessful: { value: 31, of: 38, compare: 12, compareOf: 17 },
  running: { value: 244, of: 318, compare: 237, compareOf: 268 },
  notStarted: { value: 30, of: 318, compare: 8, compareOf: 268 },
  stoppedEarly: { value: 6, of: 318, compare: 6, compareOf: 268 },
  /** the three "Ja" rows of Tabel 11 */
  scalable: { value: 178, of: 318, compare: 126, compareOf: 268 },
  notYetScalable: { value: 86, of: 318, compare: 98, compareOf: 268 },
  sharing: { value: 156, of: 318, compare: 100, compareOf: 268 },
  sharingSoon: { value: 93, of: 318, compare: 103, compareOf: 268 },
  /** projects starting 2020–2021 */
  newProjects: { value: 113, of: 318 },
  /** 80 of 113 (71%) in the five cross-organisational rubrieken */
  newCrossOrganisational: { value: 80, of: 113 },
  /** 32 of 34 (94%, "bijna 95%"); March 27 of 34 */
  regionsImplementing: { value: 32, of: 34, compare: 27, compareOf: 34 },
  /** 23 of 34 (68%, "bijna 70%"); March 17 of 34 */
  regionsSharedVision: { value: 23, of: 34, compare: 17, compareOf: 34 },
} as const;

type Phases = { agreements: number; dynamics: number; vision: number };

/** Bijlage 1: okt-20 phases per (sub)region code (lib/domain/reference-data.ts REGIONS), in Bijlage order. */
export const BIJLAGE1: Record<string, Phases> = {
  zeeland: { agreements: 4, vision: 5, dynamics: 4 },
  "west-brabant": { agreements: 4, vision: 5, dynamics: 4 },
  "zuid-hollandse-eilanden": { agreements: 4, vision: 4, dynamics: 3 },
  haaglanden: { agreements: 4, vision: 4, dynamics: 3 },
  "zuid-limburg": { agreements: 4, vision: 4, dynamics: 3 },
  "zuidoost-brabant": { agreements: 4, vision: 4, dynamics: 4 },
  friesland: { agreements: 4, vision: 5, dynamics: 4 },
  "midden-ijssel": { agreements: 4, vision: 5, dynamics: 4 },
  groningen: { agreements: 4, vision: 5, dynamics: 4 },
  twente: { agreements: 4, vision: 4, dynamics: 4 },
  arnhem: { agreements: 4, vision: 4, dynamics: 3 },
  "food-valley": { agreements: 4, vision: 5, dynamics: 3 },
  achterhoek: { agreements: 4, vision: 4, dynamics: 4 },
  waardenland: { agreements: 4, vision: 5, dynamics: 4 },
  "midden-holland": { agreements: 4, vision: 5, dynamics: 4 },
  "midden-brabant": { agreements: 4, vision: 5, dynamics: 4 },
  "noordoost-brabant": { agreements: 4, vision: 4, dynamics: 4 },
  "noord-holland-noord": { agreements: 4, vision: 5, dynamics: 4 },
  "noord-en-midden-limburg": { agreements: 4, vision: 4, dynamics: 4 },
  nijmegen: { agreements: 4, vision: 5, dynamics: 4 },
  rivierenland: { agreements: 4, vision: 4, dynamics: 3 },
  "amstelland-meerlanden": { agreements: 4, vision: 3, dynamics: 3 },
  "zuid-holland-noord": { agreements: 4, vision: 3, dynamics: 3 },
  rotterdam: { agreements: 4, vision: 5, dynamics: 4 },
  "capelle-krimpen": { agreements: 4, vision: 5, dynamics: 4 },
  drenthe: { agreements: 4, vision: 5, dynamics: 4 },
  amsterdam: { agreements: 4, vision: 5, dynamics: 4 },
  zwolle: { agreements: 3, vision: 4, dynamics: 3 },
  "apeldoorn-zutphen": { agreements: 3, vision: 4, dynamics: 3 },
  flevoland: { agreements: 4, vision: 4, dynamics: 4 },
  kennemerland: { agreements: 4, vision: 5, dynamics: 4 },
  "zaanstreek-waterland": { agreements: 4, vision: 5, dynamics: 4 },
  utrecht: { agreements: 4, vision: 5, dynamics: 3 },
  "t-gooi": { agreements: 4, vision: 4, dynamics: 4 },
};

/**
 * Bijlage 2: the regions with a showcase project in seed 004 and the project's title there
 * (short titles; demo content describes them in its own words). 32 regions: all but
 * Groningen and Rivierenland (seed 004, BIJLAGE 2).
 */
export const BIJLAGE2: Record<string, string> = {
  achterhoek: "Wijkleercentra",
  twente: "Probeerservice",
  "noordoost-brabant": "Zorgtechnologie",
  "noord-en-midden-limburg": "Inzetten Expertisebril",
  "capelle-krimpen": "Regiovisie en maatschappelijk debat",
  "amstelland-meerlanden": "Technologische innovaties",
  "zuid-holland-noord": "ZZPVerZorgt",
  haaglanden: "RAAK",
  "zuid-hollandse-eilanden": "Logeerzorg",
  zeeland: "Aantrekken academici",
  "west-brabant": "Ketenzorg",
  "zuidoost-brabant": "Samenwerking rondom plaatsing, wachtlijsten en zorgtechnologie",
  "zuid-limburg": "Spraakgestuurd ECD",
  rotterdam: "Innovatielab",
  amsterdam: "Verpleeghuis Thuis",
  waardenland: "Regionale visie",
  "midden-brabant": "Teamreflectie",
  friesland: "Regiovisie",
  "midden-ijssel": "Regioverpleegkundige",
  drenthe: "Samen Slimmer",
  "t-gooi": "Regiovisie & JZODJP",
  flevoland: "DMZ",
  "midden-holland": "Aanpak tekort SO's en Ketenstage",
  kennemerland: "KEC & ZIN Festival",
  "zaanstreek-waterland": "Stip op de horizon",
  zwolle: "(Keten)samenwerking",
  utrecht: "Diverse projecten",
  "apeldoorn-zutphen": "Crisis Coördinatiepunt",
  nijmegen: "DMZ",
  "food-valley": "Anders omgaan met verzuim",
  arnhem: "Nieuwkomers",
  "noord-holland-noord": "Programma Leren is werken",
};
