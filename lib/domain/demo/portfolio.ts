/**
 * The demo portfolio, generated deterministically (same output every run): 318 projects in the 34
 * (sub)regions, their period records of maart 2020 (268) and oktober 2020 (318), and the region
 * scores of four periods, such that every table of the January 2021 report (docs/domain.md)
 * comes out exactly. `npm run demo:generate` writes it to data/demo-portfolio.xlsx, which
 * `npm start` loads through the importer into an empty database.
 *
 * How the numbers are met: each table is a marginal count, so the generator builds the exact
 * multiset of values per table (and per sub-population where tables overlap: Technologie for
 * Tabel 12, the 50 projects without a March record) and hands them out in a seeded order, paired
 * with project "maturity" so that the combinations stay plausible (finished projects are old,
 * projects starting in 2021 are "Nog niet gestart", counts grow rather than shrink).
 */
import {
  IMPACT,
  ORGANISATION_TYPE,
  PROJECT_STATUS,
  RESULT_SHARING,
  SCALABILITY,
  type Impact,
  type OrganisationType,
  type ProjectStatus,
  type ResultSharing,
  type Scalability,
} from "../enums";
import { CONCESSIEHOUDERS, HOOFDRUBRIEKEN, KWALITEITSKADER_THEMES, REGIONS, ZORGKANTOORREGIOS } from "../reference-data";
import { periodNames } from "../periods";
import type { OutCell, PortfolioTables } from "../import/write";
import { ARNHEM_CARDS, SHOWCASE_PROJECTS, type NamedProject } from "./showcase";

// ------------------------------------------------------------------------------------------------
// Target figures (seed 004, tables as listed in domain.md)
// ------------------------------------------------------------------------------------------------

const CH_ORDER = ["CZ", "ZK-DF", "ENO", "MENZIS", "VGZ", "ZK", "ZZ"] as const;
/** Tabel 4: hoofdrubriek → count per concessiehouder in CH_ORDER. */
const TABEL4: Record<string, readonly number[]> = {
  ANDERS_OPLEIDEN: [6, 0, 1, 2, 10, 3, 3],
  ANDERS_WERKEN: [5, 0, 0, 2, 1, 5, 2],
  BEHANDELFUNCTIE: [4, 0, 0, 2, 9, 8, 1],
  EFFICIENT_WERKEN: [0, 0, 0, 0, 0, 0, 0],
  LEREN_VERBETEREN: [3, 1, 0, 2, 0, 8, 2],
  NIEUWE_PROFESSIONALS: [8, 1, 0, 9, 12, 3, 2],
  PERSOONSGERICHTE_ZORG: [5, 0, 0, 3, 5, 8, 3],
  PROFESSIONALS_BEHOUDEN: [7, 1, 0, 13, 12, 5, 1],
  REGIONALE_STRATEGIE: [1, 2, 2, 4, 11, 16, 0],
  SAMENWERKING_KETEN: [14, 7, 3, 1, 4, 27, 2],
  TECHNOLOGIE: [12, 2, 1, 5, 12, 12, 2],
};
/** Tabel 7: hoofdrubriek → [start 2020, start 2021, start 2018–2019]. */
const TABEL7: Record<string, readonly [number, number, number]> = {
  ANDERS_OPLEIDEN: [2, 2, 21],
  ANDERS_WERKEN: [8, 1, 6],
  BEHANDELFUNCTIE: [3, 1, 20],
  EFFICIENT_WERKEN: [0, 0, 0],
  LEREN_VERBETEREN: [1, 2, 13],
  NIEUWE_PROFESSIONALS: [5, 2, 28],
  PERSOONSGERICHTE_ZORG: [9, 4, 11],
  PROFESSIONALS_BEHOUDEN: [9, 1, 29],
  REGIONALE_STRATEGIE: [16, 3, 17],
  SAMENWERKING_KETEN: [17, 12, 29],
  TECHNOLOGIE: [13, 2, 31],
};
type Pair = readonly [number, number];
const STATUS: Record<ProjectStatus, Pair> = { FINISHED_UNSUCCESSFUL: [5, 7], FINISHED_SUCCESSFUL: [12, 31], RUNNING: [237, 244], NOT_STARTED: [8, 30], STOPPED_EARLY: [6, 6] };
const IMPACT_ALL: Record<Impact, Pair> = { SMALL_LIMITED: [38, 40], SMALL_MUCH: [41, 54], MEDIUM_LIMITED: [26, 27], MEDIUM_MUCH: [80, 111], LARGE_LIMITED: [8, 12], LARGE_GREAT: [67, 74], UNKNOWN: [8, 0] };
const IMPACT_TECH: Record<Impact, Pair> = { SMALL_LIMITED: [5, 5], SMALL_MUCH: [4, 5], MEDIUM_LIMITED: [3, 2], MEDIUM_MUCH: [16, 18], LARGE_LIMITED: [1, 1], LARGE_GREAT: [12, 15], UNKNOWN: [0, 0] };
const SHARING_ALL: Record<ResultSharing, Pair> = { NO_RESULTS: [48, 69], NOT_YET_SOON: [103, 93], YES: [100, 156], UNKNOWN: [17, 0] };
const SHARING_TECH: Record<ResultSharing, Pair> = { NO_RESULTS: [3, 5], NOT_YET_SOON: [21, 16], YES: [14, 25], UNKNOWN: [3, 0] };
const SCAL_ALL: Record<Scalability, Pair> = { NOT_USEFUL: [44, 54], NOT_YET_USEFUL: [98, 86], THIS_REGION_ONLY: [34, 58], SOME_OTHER_REGIONS: [62, 77], NATIONAL: [30, 43] };
const SCAL_TECH: Record<Scalability, Pair> = { NOT_USEFUL: [4, 2], NOT_YET_USEFUL: [16, 12], THIS_REGION_ONLY: [3, 8], SOME_OTHER_REGIONS: [8, 11], NATIONAL: [10, 13] };
/** Tabel 5 buckets [mrt-20, okt-20]; okt-20 has 20 unknown counts besides. */
const BUCKETS: readonly { min: number; max: number; counts: Pair }[] = [
  { min: 1, max: 3, counts: [24, 20] },
  { min: 4, max: 6, counts: [92, 95] },
  { min: 7, max: 9, counts: [92, 122] },
  { min: 10, max: 16, counts: [60, 61] },
];
const UNKNOWN_COUNT_OCT = 20;
/** Projects without a maart 2020 record: [starting 2020, starting 2021]; 5 of them Technologie. */
const NO_MARCH = { start2020: 28, start2021: 22, technologie: 5 };
/** Tabels 1–3 per period (mrt-19, okt-19, mrt-20; okt-20 is Bijlage 1): phase counts. */
const REGION_TABLES = {
  agreements: [[1, 7, 10, 16], [0, 7, 6, 21], [0, 3, 4, 27]],
  dynamics: [[2, 14, 17, 1], [1, 12, 19, 2], [0, 4, 13, 17]],
  vision: [[4, 15, 13, 2, 0], [0, 11, 8, 13, 2], [0, 4, 6, 16, 8]],
} as const;
/** Bijlage 1: okt-20 phases per region code [agreements, dynamics, vision]. */
const BIJLAGE1: Record<string, readonly [number, number, number]> = {
  zeeland: [4, 4, 5], "west-brabant": [4, 4, 5], "zuid-hollandse-eilanden": [4, 3, 4], haaglanden: [4, 3, 4], "zuid-limburg": [4, 3, 4],
  "zuidoost-brabant": [4, 4, 4], friesland: [4, 4, 5], "midden-ijssel": [4, 4, 5], groningen: [4, 4, 5], twente: [4, 4, 4],
  arnhem: [4, 3, 4], "food-valley": [4, 3, 5], achterhoek: [4, 4, 4], waardenland: [4, 4, 5], "midden-holland": [4, 4, 5],
  "midden-brabant": [4, 4, 5], "noordoost-brabant": [4, 4, 4], "noord-holland-noord": [4, 4, 5], "noord-en-midden-limburg": [4, 4, 4],
  nijmegen: [4, 4, 5], rivierenland: [4, 3, 4], "amstelland-meerlanden": [4, 3, 3], "zuid-holland-noord": [4, 3, 3], rotterdam: [4, 4, 5],
  "capelle-krimpen": [4, 4, 5], drenthe: [4, 4, 5], amsterdam: [4, 4, 5], zwolle: [3, 3, 4], "apeldoorn-zutphen": [3, 3, 4],
  flevoland: [4, 4, 4], kennemerland: [4, 4, 5], "zaanstreek-waterland": [4, 4, 5], utrecht: [4, 3, 5], "t-gooi": [4, 4, 4],
};
export const DEMO_PERIODS = { compare: "2020-03", current: "2020-10", regionPeriods: ["2019-03", "2019-10", "2020-03", "2020-10"] } as const;
/** Demo project leaders (lib/server/demo/users.ts) and the region whose projects they lead. */
export const DEMO_LEADERS: readonly { email: string; region: string; count: number }[] = [
  { email: "projectleider@regiotafel.demo", region: "zeeland", count: 5 },
  { email: "projectleider2@regiotafel.demo", region: "utrecht", count: 5 },
];

// ------------------------------------------------------------------------------------------------
// Deterministic randomness
// ------------------------------------------------------------------------------------------------

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function multiset<T extends string>(counts: Record<T, Pair>, column: 0 | 1, minus?: Record<T, Pair>): T[] {
  const out: T[] = [];
  for (const [k, v] of Object.entries(counts) as [T, Pair][]) {
    const n = v[column] - (minus ? minus[k][column] : 0);
    if (n < 0) throw new Error(`negatieve telling voor ${k}`);
    for (let i = 0; i < n; i++) out.push(k);
  }
  return out;
}

/**
 * Pairs projects with values: both sorted by rank plus noise, so higher-ranked values tend to go
 * to more mature projects while every value is used exactly as often as its count says.
 */
function handOut<P, V>(projects: P[], values: V[], maturity: (p: P) => number, rank: (v: V) => number, random: () => number, noise = 1.5): Map<P, V> {
  if (projects.length !== values.length) throw new Error(`aantallen wijken af: ${projects.length} projecten, ${values.length} waarden`);
  const ps = projects.map((p) => ({ p, k: maturity(p) + random() * noise })).sort((a, b) => a.k - b.k);
  const vs = values.map((v) => ({ v, k: rank(v) + random() * noise })).sort((a, b) => a.k - b.k);
  return new Map(ps.map((x, i) => [x.p, vs[i].v]));
}

// ------------------------------------------------------------------------------------------------
// Texts and names
// ------------------------------------------------------------------------------------------------

/** Two or three towns per region, for plausible fictitious organisation names. */
const TOWNS: Record<string, readonly string[]> = {
  zeeland: ["Middelburg", "Goes", "Terneuzen"], "west-brabant": ["Breda", "Roosendaal", "Bergen op Zoom"], "zuid-hollandse-eilanden": ["Spijkenisse", "Oud-Beijerland", "Hellevoetsluis"],
  haaglanden: ["Den Haag", "Rijswijk", "Zoetermeer"], "zuid-limburg": ["Maastricht", "Heerlen", "Sittard"], "zuidoost-brabant": ["Eindhoven", "Helmond", "Veldhoven"],
  friesland: ["Leeuwarden", "Sneek", "Heerenveen"], "midden-ijssel": ["Deventer", "Raalte", "Olst"], groningen: ["Groningen", "Veendam", "Delfzijl"],
  twente: ["Enschede", "Hengelo", "Almelo"], arnhem: ["Arnhem", "Zevenaar", "Velp"], "food-valley": ["Ede", "Barneveld", "Wageningen"],
  achterhoek: ["Doetinchem", "Winterswijk", "Lochem"], waardenland: ["Gorinchem", "Leerdam", "Hardinxveld"], "midden-holland": ["Gouda", "Alphen", "Waddinxveen"],
  "midden-brabant": ["Tilburg", "Waalwijk", "Oisterwijk"], "noordoost-brabant": ["Den Bosch", "Oss", "Uden"], "noord-holland-noord": ["Alkmaar", "Hoorn", "Den Helder"],
  "noord-en-midden-limburg": ["Venlo", "Roermond", "Weert"], nijmegen: ["Nijmegen", "Wijchen", "Beuningen"], rivierenland: ["Tiel", "Culemborg", "Zaltbommel"],
  "amstelland-meerlanden": ["Amstelveen", "Hoofddorp", "Uithoorn"], "zuid-holland-noord": ["Leiden", "Katwijk", "Alphen"], rotterdam: ["Rotterdam", "Schiedam", "Vlaardingen"],
  "capelle-krimpen": ["Capelle", "Krimpen", "Nieuwerkerk"], drenthe: ["Assen", "Emmen", "Hoogeveen"], amsterdam: ["Amsterdam", "Diemen", "Zaandam"],
  zwolle: ["Zwolle", "Kampen", "Meppel"], "apeldoorn-zutphen": ["Apeldoorn", "Zutphen", "Epe"], flevoland: ["Lelystad", "Dronten", "Emmeloord"],
  kennemerland: ["Haarlem", "Heemstede", "Beverwijk"], "zaanstreek-waterland": ["Zaandam", "Purmerend", "Volendam"], utrecht: ["Utrecht", "Amersfoort", "Zeist"],
  "t-gooi": ["Hilversum", "Huizen", "Almere"],
};
const PROVIDER_PATTERNS = ["Zorggroep {t}", "Stichting Ouderenzorg {t}", "Woonzorg {t}", "Zorgcentrum De {tree} {t}"];
const TREES = ["Linde", "Eik", "Wilg", "Beuk", "Es", "Hazelaar"];

const TITLES: Record<string, readonly string[]> = {
  ANDERS_OPLEIDEN: ["Leerafdeling in het verpleeghuis", "Samen opleiden met het mbo", "Praktijkroute verzorgende IG", "Regionale opleidingsacademie", "Werkend leren in de wijk", "Praktijkopleiders delen", "Leren op de werkplek", "Gezamenlijke BBL-klas"],
  ANDERS_WERKEN: ["Zelfroosteren in kleine teams", "Taakherschikking in de nacht", "Flexpool voor de regio", "Slimmer plannen met teams", "Anders organiseren van de nachtzorg", "Gastvrouwen in de huiskamer"],
  BEHANDELFUNCTIE: ["Regionaal behandelteam ouderengeneeskunde", "Specialist ouderengeneeskunde op afroep", "Verpleegkundig specialist in de behandeling", "Gezamenlijke avond- en nachtdienst SO", "Consultatieteam onbegrepen gedrag", "Behandelaren over de grens van de organisatie"],
  EFFICIENT_WERKEN: ["Minder registratielast"],
  LEREN_VERBETEREN: ["Lerend netwerk kwaliteitsverpleegkundigen", "Intervisie tussen verpleeghuizen", "Regionaal kwaliteitsplan", "Samen leren van incidenten", "Kwaliteitsdialoog met bewoners"],
  NIEUWE_PROFESSIONALS: ["Zij-instromers in de ouderenzorg", "Regionale banenpool zorg", "Snuffelstages voor scholieren", "Herintreders terug in de zorg", "Regionaal werkgeversmerk", "Welkom in de zorg", "Gezamenlijke arbeidsmarktcampagne"],
  PERSOONSGERICHTE_ZORG: ["Levensverhalen in het zorgplan", "Zinvolle dag voor bewoners", "Samen met naasten", "Kleinschalig wonen met dementie", "Welzijn op recept", "Mantelzorg als partner"],
  PROFESSIONALS_BEHOUDEN: ["Loopbaanpunt zorg en welzijn", "Vitaal in de zorg", "Begeleiding van nieuwe collega's", "Regionale mobiliteitspool", "Werkplezier in teams", "Duurzame inzetbaarheid", "Coaching voor jonge verpleegkundigen"],
  REGIONALE_STRATEGIE: ["Regiobeeld ouderenzorg 2030", "Scenario's voor de regionale zorgvraag", "Regionale huisvestingsagenda", "Bestuurlijke agenda ouderenzorg", "Capaciteitsplanning verpleeghuiszorg", "Regionale arbeidsmarktanalyse"],
  SAMENWERKING_KETEN: ["Doorstroom ziekenhuis naar verpleeghuis", "Regionaal coördinatiepunt crisisbedden", "Eén loket spoedzorg ouderen", "Samenwerking met huisartsen", "Regionale wachtlijstafspraken", "Triage eerstelijnsverblijf", "Ketenafspraken dementie", "Transferpunt ouderen"],
  TECHNOLOGIE: ["Leefcirkels en slimme sensoren", "Beeldzorg in de nacht", "Medicatierobots thuis", "Digicoaches in de regio", "Akoestische monitoring", "Slim incontinentiemateriaal", "Zorg op afstand", "Proeftuin zorgtechnologie"],
};
const GOALS: Record<string, string> = {
  ANDERS_OPLEIDEN: "Meer leerlingen opleiden in de praktijk en hen na de opleiding voor de regio behouden.",
  ANDERS_WERKEN: "Werk anders verdelen, zodat medewerkers meer tijd voor bewoners hebben.",
  BEHANDELFUNCTIE: "De behandeling door specialisten ouderengeneeskunde en behandelaren regionaal beschikbaar houden.",
  EFFICIENT_WERKEN: "Minder tijd kwijt aan administratie.",
  LEREN_VERBETEREN: "Van elkaar leren en de kwaliteit van zorg samen verbeteren.",
  NIEUWE_PROFESSIONALS: "Nieuwe medewerkers voor de ouderenzorg in de regio vinden.",
  PERSOONSGERICHTE_ZORG: "Zorg die aansluit bij wie de bewoner is en wat hij belangrijk vindt.",
  PROFESSIONALS_BEHOUDEN: "Medewerkers voor de zorg in de regio behouden.",
  REGIONALE_STRATEGIE: "Samen bepalen hoe de regio de groeiende zorgvraag opvangt.",
  SAMENWERKING_KETEN: "Ouderen sneller en beter op de juiste plek in de keten.",
  TECHNOLOGIE: "Technologie inzetten die bewoners meer vrijheid en medewerkers meer tijd geeft.",
};
const APPROACHES = [
  "De deelnemende organisaties vormen een gezamenlijke projectgroep die elk kwartaal de voortgang bespreekt.",
  "Het project start met een pilot op twee locaties; daarna volgen de andere organisaties.",
  "Medewerkers van de werkvloer ontwerpen de aanpak mee en toetsen haar in hun eigen team.",
  "Een externe projectleider begeleidt de organisaties; de bestuurders zitten in de stuurgroep.",
  "De aanpak wordt per fase geëvalueerd, zodat bijsturen mogelijk is.",
];
const RESULTS = [
  "De aanpak is op alle deelnemende locaties ingevoerd.",
  "Een werkwijze die andere organisaties kunnen overnemen.",
  "Eerste resultaten zijn gedeeld op een regionale bijeenkomst.",
  "Een evaluatie met aanbevelingen voor vervolg.",
];
const FIRST_NAMES = ["Anouk", "Bas", "Carla", "Daan", "Esra", "Frank", "Greet", "Hamza", "Ilse", "Joris", "Karin", "Luuk", "Mirjam", "Nadia", "Olaf", "Petra", "Quinten", "Rianne", "Sander", "Tessa", "Ugur", "Vera", "Wouter", "Yara"];
const LAST_NAMES = ["de Boer", "van Dijk", "Meijer", "Bos", "Smit", "de Graaf", "Mulder", "Vermeulen", "Kok", "Jacobs", "van Leeuwen", "Peters", "Hoekstra", "Dekker", "Brouwer", "Kuipers", "Postma", "Verbeek"];

function slug(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]+/g, ".").replace(/^\.|\.$/g, "");
}

// ------------------------------------------------------------------------------------------------
// Generation
// ------------------------------------------------------------------------------------------------

type DemoProject = {
  wir: string;
  region: string;
  ch: string;
  rubriek: string;
  named: NamedProject | null;
  title: string;
  lead: string;
  partners: string[];
  startYear: 2018 | 2019 | 2020 | 2021;
  startDate: string;
  endDate: string;
  hasMarch: boolean;
  status: [ProjectStatus | null, ProjectStatus];
  impact: [Impact | null, Impact];
  sharing: [ResultSharing | null, ResultSharing];
  scalability: [Scalability | null, Scalability];
  careOrgs: [number | null, number | null];
  leaders: string[];
  isPublic: boolean;
};

export type DemoPortfolio = { tables: PortfolioTables; projectCount: number };

export function generateDemoPortfolio(seed = 2021): DemoPortfolio {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];

  const chOfCbs = new Map(ZORGKANTOORREGIOS.map((z) => [z.cbsCode, z.concessiehouder]));
  const regionsOf = new Map<string, string[]>();
  for (const r of REGIONS) {
    const ch = chOfCbs.get(r.cbsCode)!;
    regionsOf.set(ch, [...(regionsOf.get(ch) ?? []), r.code]);
  }
  const chOfRegion = new Map(REGIONS.map((r) => [r.code, chOfCbs.get(r.cbsCode)!]));

  // 1. Slots per (concessiehouder, rubriek); named projects take theirs first.
  const named = [...SHOWCASE_PROJECTS, ...ARNHEM_CARDS];
  const projects: Omit<DemoProject, "wir" | "startYear" | "startDate" | "endDate" | "hasMarch" | "status" | "impact" | "sharing" | "scalability" | "careOrgs" | "leaders" | "isPublic">[] = [];
  const remaining = new Map<string, number>();
  for (const [rubriek, counts] of Object.entries(TABEL4)) CH_ORDER.forEach((ch, i) => remaining.set(`${ch}|${rubriek}`, counts[i]));
  for (const n of named) {
    const ch = chOfRegion.get(n.region)!;
    const key = `${ch}|${n.hoofdrubriek}`;
    const left = remaining.get(key) ?? 0;
    if (left <= 0) throw new Error(`Geen ruimte in Tabel 4 voor ${n.title} (${key})`);
    remaining.set(key, left - 1);
    projects.push({ region: n.region, ch, rubriek: n.hoofdrubriek, named: n, title: n.title, lead: n.lead, partners: n.partners ?? [] });
  }
  // other projects: spread over the concessiehouder's regions, fewest-first
  const regionLoad = new Map<string, number>(REGIONS.map((r) => [r.code, 0]));
  for (const p of projects) regionLoad.set(p.region, regionLoad.get(p.region)! + 1);
  const usedTitles = new Set(projects.map((p) => `${p.title}|${p.region}`));
  for (const ch of CH_ORDER) {
    const slots: string[] = [];
    for (const h of HOOFDRUBRIEKEN) for (let i = 0; i < (remaining.get(`${ch}|${h.code}`) ?? 0); i++) slots.push(h.code);
    shuffle(slots, random);
    for (const rubriek of slots) {
      const region = [...regionsOf.get(ch)!].sort((a, b) => regionLoad.get(a)! - regionLoad.get(b)! || a.localeCompare(b))[0];
      regionLoad.set(region, regionLoad.get(region)! + 1);
      const regionName = REGIONS.find((r) => r.code === region)!.name;
      const towns = TOWNS[region];
      let title = "";
      for (let attempt = 0; attempt < 50; attempt++) {
        const base = pick(TITLES[rubriek]);
        const candidate = attempt < 10 ? `${base} ${regionName}` : `${base} ${pick(towns)}`;
        if (!usedTitles.has(`${candidate}|${region}`)) {
          title = candidate;
          break;
        }
      }
      if (!title) title = `${pick(TITLES[rubriek])} ${regionName} ${usedTitles.size}`;
      usedTitles.add(`${title}|${region}`);
      projects.push({ region, ch, rubriek, named: null, title, lead: "", partners: [] });
    }
  }

  // 2. Organisations: the named ones, and 3–4 fictitious providers, an ROC and a municipality per region.
  const orgs = new Map<string, { type: OrganisationType; city: string | null }>();
  const regionOrgs = new Map<string, string[]>();
  for (const r of REGIONS) {
    const towns = TOWNS[r.code];
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      const t = towns[i % towns.length];
      const name = PROVIDER_PATTERNS[i].replace("{t}", t).replace("{tree}", TREES[(i + r.code.length) % TREES.length]);
      if (!orgs.has(name)) orgs.set(name, { type: "ZORGAANBIEDER", city: t });
      names.push(name);
    }
    regionOrgs.set(r.code, names);
    const roc = `ROC ${r.name}`;
    orgs.set(roc, { type: "ONDERWIJS", city: towns[0] });
    orgs.set(`Gemeente ${towns[0]}`, { type: "GEMEENTE", city: towns[0] });
  }
  const orgType = (name: string): OrganisationType =>
    /College|ROC|Hogeschool/.test(name) ? "ONDERWIJS" : name.startsWith("Gemeente") ? "GEMEENTE" : /Zorgverleners$|Samen Zorgen$/.test(name) ? "ZORGAANBIEDER" : "ZORGAANBIEDER";
  for (const n of named) for (const name of [n.lead, ...(n.partners ?? [])]) if (!orgs.has(name)) orgs.set(name, { type: orgType(name), city: TOWNS[n.region]?.[0] ?? null });
  for (const p of projects) {
    if (p.named) continue;
    const local = regionOrgs.get(p.region)!;
    p.lead = pick(local);
    const others = local.filter((o) => o !== p.lead);
    p.partners = shuffle([...others], random).slice(0, int(1, 3));
    if (p.rubriek === "ANDERS_OPLEIDEN" || p.rubriek === "NIEUWE_PROFESSIONALS") p.partners.push(`ROC ${REGIONS.find((r) => r.code === p.region)!.name}`);
  }

  // 3. Order by region (report order) and rubriek; WIR-nummers follow.
  const regionOrder = new Map(REGIONS.map((r, i) => [r.code, i]));
  const rubriekOrder = new Map(HOOFDRUBRIEKEN.map((h, i) => [h.code, i]));
  projects.sort((a, b) => regionOrder.get(a.region)! - regionOrder.get(b.region)! || (a.named ? 0 : 1) - (b.named ? 0 : 1) || rubriekOrder.get(a.rubriek)! - rubriekOrder.get(b.rubriek)! || a.title.localeCompare(b.title));
  const full: DemoProject[] = projects.map((p, i) => ({
    ...p,
    wir: `WIR-${String(i + 1).padStart(4, "0")}`,
    startYear: 2018,
    startDate: "",
    endDate: "",
    hasMarch: true,
    status: [null, "RUNNING"],
    impact: [null, "MEDIUM_MUCH"],
    sharing: [null, "YES"],
    scalability: [null, "NATIONAL"],
    careOrgs: [null, null],
    leaders: [],
    isPublic: false,
  }));

  // 4. Start years per rubriek (Tabel 7); named projects are the older ones.
  for (const h of HOOFDRUBRIEKEN) {
    const [y2020, y2021] = TABEL7[h.code];
    const ps = full.filter((p) => p.rubriek === h.code);
    const order = [...shuffle(ps.filter((p) => !p.named), random), ...ps.filter((p) => p.named)];
    order.forEach((p, i) => (p.startYear = i < y2021 ? 2021 : i < y2021 + y2020 ? 2020 : random() < 0.45 ? 2018 : 2019));
  }

  // 5. Which projects have no maart 2020 record: 28 starting 2020, 22 starting 2021, 5 of all 50 Technologie.
  {
    const tech2021 = shuffle(full.filter((p) => p.rubriek === "TECHNOLOGIE" && p.startYear === 2021), random);
    const tech2020 = shuffle(full.filter((p) => p.rubriek === "TECHNOLOGIE" && p.startYear === 2020), random);
    const techNoMarch = [...tech2021, ...tech2020].slice(0, NO_MARCH.technologie);
    const t2021 = techNoMarch.filter((p) => p.startYear === 2021).length;
    const t2020 = techNoMarch.length - t2021;
    const other2021 = shuffle(full.filter((p) => p.rubriek !== "TECHNOLOGIE" && p.startYear === 2021), random).slice(0, NO_MARCH.start2021 - t2021);
    const other2020 = shuffle(full.filter((p) => p.rubriek !== "TECHNOLOGIE" && p.startYear === 2020 && !p.named), random).slice(0, NO_MARCH.start2020 - t2020);
    for (const p of [...techNoMarch, ...other2021, ...other2020]) p.hasMarch = false;
  }

  // 6. Start and end dates.
  for (const p of full) {
    const month = p.startYear === 2021 ? int(1, 6) : p.startYear === 2020 ? (p.hasMarch ? int(1, 2) : int(4, 10)) : int(1, 12);
    p.startDate = `${p.startYear}-${String(month).padStart(2, "0")}-01`;
    const endYear = Math.max(p.startYear + int(1, 3), 2021);
    p.endDate = `${endYear}-${pick(["06-30", "12-31", "03-31", "09-30"])}`;
  }

  // 7. Status (Tabel 6), coherent between periods.
  {
    const old = full.filter((p) => p.startYear <= 2019);
    shuffle(old, random);
    // March: 6 stopped, 5 finished unsuccessful, 12 finished successful among the oldest; October adds 2 + 19.
    let i = 0;
    const take = (n: number) => old.slice(i, (i += n));
    for (const p of take(STATUS.STOPPED_EARLY[0])) p.status = ["STOPPED_EARLY", "STOPPED_EARLY"];
    for (const p of take(STATUS.FINISHED_UNSUCCESSFUL[0])) p.status = ["FINISHED_UNSUCCESSFUL", "FINISHED_UNSUCCESSFUL"];
    for (const p of take(STATUS.FINISHED_SUCCESSFUL[0])) p.status = ["FINISHED_SUCCESSFUL", "FINISHED_SUCCESSFUL"];
    for (const p of take(STATUS.FINISHED_UNSUCCESSFUL[1] - STATUS.FINISHED_UNSUCCESSFUL[0])) p.status = ["RUNNING", "FINISHED_UNSUCCESSFUL"];
    for (const p of take(STATUS.FINISHED_SUCCESSFUL[1] - STATUS.FINISHED_SUCCESSFUL[0])) p.status = ["RUNNING", "FINISHED_SUCCESSFUL"];
    for (const p of old.slice(i)) p.status = ["RUNNING", "RUNNING"];
    for (const p of full.filter((x) => x.startYear === 2020)) p.status = [p.hasMarch ? "RUNNING" : null, "RUNNING"];
    for (const p of full.filter((x) => x.startYear === 2021)) p.status = [p.hasMarch ? "NOT_STARTED" : null, "NOT_STARTED"];
    for (const p of full) {
      if (!p.hasMarch) p.status[0] = null;
      if (p.status[1] === "FINISHED_SUCCESSFUL" || p.status[1] === "FINISHED_UNSUCCESSFUL" || p.status[1] === "STOPPED_EARLY") {
        // finished between the two peildata, or before maart 2020 (all these projects started by 2019)
        p.endDate = p.status[0] === "RUNNING" ? `2020-${pick(["06-30", "09-30"])}` : pick(["2019-12-31", "2020-01-31"]);
        if (p.endDate < p.startDate) p.endDate = "2020-01-31";
      }
    }
  }

  // 8. Impact, sharing, scalability (Tabels 8, 10, 11, 12), per period, Technologie separately.
  const maturity = (p: DemoProject, period: 0 | 1) => {
    const s = p.status[period];
    const base = s === "FINISHED_SUCCESSFUL" ? 4 : s === "RUNNING" ? 2.5 : s === "FINISHED_UNSUCCESSFUL" ? 1 : s === "STOPPED_EARLY" ? 0 : -1;
    return base + (2021 - p.startYear) * 0.5;
  };
  const impactRank: Record<Impact, number> = { UNKNOWN: 0, SMALL_LIMITED: 1, MEDIUM_LIMITED: 2, LARGE_LIMITED: 2.5, SMALL_MUCH: 3, MEDIUM_MUCH: 4, LARGE_GREAT: 5 };
  const sharingRank: Record<ResultSharing, number> = { UNKNOWN: 0, NO_RESULTS: 1, NOT_YET_SOON: 2, YES: 4 };
  const scalRank: Record<Scalability, number> = { NOT_USEFUL: 1, NOT_YET_USEFUL: 1.5, THIS_REGION_ONLY: 2.5, SOME_OTHER_REGIONS: 3.5, NATIONAL: 4.5 };
  for (const period of [0, 1] as const) {
    const inPeriod = full.filter((p) => period === 1 || p.hasMarch);
    for (const tech of [true, false]) {
      const ps = inPeriod.filter((p) => (p.rubriek === "TECHNOLOGIE") === tech);
      const m = (p: DemoProject) => maturity(p, period);
      const impacts = tech ? multiset(IMPACT_TECH, period) : multiset(IMPACT_ALL, period, IMPACT_TECH);
      for (const [p, v] of handOut(ps, impacts, m, (v) => impactRank[v], random, 3)) p.impact[period] = v;
      const sharings = tech ? multiset(SHARING_TECH, period) : multiset(SHARING_ALL, period, SHARING_TECH);
      for (const [p, v] of handOut(ps, sharings, m, (v) => sharingRank[v], random, 2.5)) p.sharing[period] = v;
      const scals = tech ? multiset(SCAL_TECH, period) : multiset(SCAL_ALL, period, SCAL_TECH);
      for (const [p, v] of handOut(ps, scals, m, (v) => scalRank[v], random, 3.5)) p.scalability[period] = v;
    }
  }

  // 9. Number of care organisations (Tabel 5): March counts; October mostly equal or higher; 20 new projects unknown.
  {
    const march = shuffle(full.filter((p) => p.hasMarch), random);
    const marchBuckets: number[] = BUCKETS.flatMap((b, i) => Array(b.counts[0]).fill(i));
    march.forEach((p, i) => {
      const b = BUCKETS[marchBuckets[i]];
      p.careOrgs[0] = int(b.min, b.max);
    });
    const newOnes = shuffle(full.filter((p) => !p.hasMarch), random);
    for (const p of newOnes.slice(0, UNKNOWN_COUNT_OCT)) p.careOrgs[1] = null;
    const octBuckets = shuffle(BUCKETS.flatMap((b, i) => Array(b.counts[1]).fill(i) as number[]), random);
    const forNew = octBuckets.slice(0, newOnes.length - UNKNOWN_COUNT_OCT);
    newOnes.slice(UNKNOWN_COUNT_OCT).forEach((p, i) => {
      const b = BUCKETS[forNew[i]];
      p.careOrgs[1] = int(b.min, b.max);
    });
    const rest = octBuckets.slice(forNew.length).sort((a, b) => a - b);
    const byMarch = [...march].sort((a, b) => a.careOrgs[0]! - b.careOrgs[0]! || a.wir.localeCompare(b.wir));
    byMarch.forEach((p, i) => {
      const b = BUCKETS[rest[i]];
      const before = p.careOrgs[0]!;
      p.careOrgs[1] = before >= b.min && before <= b.max ? before : before < b.min ? int(b.min, Math.min(b.max, b.min + 1)) : int(Math.max(b.min, b.max - 1), b.max);
    });
  }

  // 10. Leaders and publication.
  for (const l of DEMO_LEADERS) {
    const own = full.filter((p) => p.region === l.region && p.status[1] !== "STOPPED_EARLY").slice(0, l.count);
    for (const p of own) p.leaders.push(l.email);
  }
  for (const p of full) p.isPublic = !!p.named || random() < 0.3;

  // 11. Tables.
  const tables: PortfolioTables = { organisations: [], projects: [], records: [], scores: [], indicators: [], measurements: [], traject: [] };
  for (const [name, o] of [...orgs.entries()].sort(([a], [b]) => a.localeCompare(b, "nl"))) {
    tables.organisations.push({ name, type: ORGANISATION_TYPE.label(o.type), city: o.city });
  }
  const periodLabel = (code: string) => periodNames(Number(code.slice(0, 4)), Number(code.slice(5))).label;
  const regionName = new Map(REGIONS.map((r) => [r.code, r.name]));
  const rubriekLabel = new Map(HOOFDRUBRIEKEN.map((h) => [h.code, h.label]));
  const themeLabels = KWALITEITSKADER_THEMES.map((t) => t.label);
  const themeFor: Record<string, readonly number[]> = {
    ANDERS_OPLEIDEN: [5, 3], ANDERS_WERKEN: [5, 6], BEHANDELFUNCTIE: [0, 2], EFFICIENT_WERKEN: [6], LEREN_VERBETEREN: [3, 4], NIEUWE_PROFESSIONALS: [5],
    PERSOONSGERICHTE_ZORG: [0, 1], PROFESSIONALS_BEHOUDEN: [5, 4], REGIONALE_STRATEGIE: [4, 6], SAMENWERKING_KETEN: [0, 6], TECHNOLOGIE: [7, 6, 2],
  };
  for (const p of full) {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const n = p.named;
    const themes = themeFor[p.rubriek].slice(0, int(1, themeFor[p.rubriek].length)).map((i) => themeLabels[i]);
    const row: Record<string, OutCell> = {
      wirNumber: p.wir,
      title: p.title,
      region: regionName.get(p.region)!,
      hoofdrubriek: rubriekLabel.get(p.rubriek)!,
      themes: themes.join("; "),
      leadOrganisation: p.lead,
      partners: p.partners.join("; ") || null,
      startDate: p.startDate,
      endDate: p.endDate,
      budgetEuros: int(3, 50) * 5000,
      goal: n?.goal ?? GOALS[p.rubriek],
      description: n?.description ?? `${pick(APPROACHES)} Deelnemers: ${[p.lead, ...p.partners].join(", ")}.`,
      results: n?.results ?? (p.status[1] === "NOT_STARTED" ? null : pick(RESULTS)),
      deliveredProducts: n?.products ?? null,
      lessonsLearned: p.status[1] === "FINISHED_SUCCESSFUL" || p.status[1] === "FINISHED_UNSUCCESSFUL" ? pick(["Begin klein en maak successen zichtbaar.", "Betrek de werkvloer vanaf het begin.", "Spreek vooraf af wie na de subsidie eigenaar is."]) : null,
      contactName: `${first} ${last}`,
      contactEmail: `${slug(first)}.${slug(last)}@voorbeeld.example`,
      contactPhone: `06-${String(int(10_000_000, 99_999_999))}`,
      leaders: p.leaders.join("; ") || null,
      isPublic: p.isPublic ? "Ja" : "Nee",
      isShowcase: n?.showcase ? "Ja" : "Nee",
      lifecycle: "Actief",
    };
    tables.projects.push(row);
    ([0, 1] as const).forEach((period) => {
      if (period === 0 && !p.hasMarch) return;
      tables.records.push({
        wirNumber: p.wir,
        period: periodLabel(period === 0 ? DEMO_PERIODS.compare : DEMO_PERIODS.current),
        status: PROJECT_STATUS.label(p.status[period]!),
        impact: IMPACT.label(p.impact[period]!),
        sharing: RESULT_SHARING.label(p.sharing[period]!),
        scalability: SCALABILITY.label(p.scalability[period]!),
        careOrgCount: p.careOrgs[period],
        note: null,
      });
    });
  }

  // 12. Region scores: okt-20 from Bijlage 1; earlier periods by matching sorted values, so that
  // no region goes back a phase and every period has the counts of Tabels 1–3.
  const scales = ["agreements", "dynamics", "vision"] as const;
  const scoreOf = new Map<string, number[][]>(REGIONS.map((r) => [r.code, [[], [], [], []]]));
  scales.forEach((scale, s) => {
    let later = new Map(REGIONS.map((r) => [r.code, BIJLAGE1[r.code][s]]));
    for (const r of REGIONS) scoreOf.get(r.code)![3][s] = later.get(r.code)!;
    for (let period = 2; period >= 0; period--) {
      const counts = REGION_TABLES[scale][period];
      const values = counts.flatMap((c, i) => Array(c).fill(i + 1) as number[]);
      const order = [...REGIONS].map((r) => ({ code: r.code, k: later.get(r.code)! + random() * 0.5 })).sort((a, b) => a.k - b.k);
      const now = new Map<string, number>();
      order.forEach((o, i) => now.set(o.code, values[i]));
      for (const r of REGIONS) scoreOf.get(r.code)![period][s] = now.get(r.code)!;
      later = now;
    }
  });
  for (const r of REGIONS) {
    DEMO_PERIODS.regionPeriods.forEach((code, period) => {
      const [agreements, dynamics, vision] = scoreOf.get(r.code)![period];
      tables.scores.push({ region: r.name, period: periodLabel(code), agreements, dynamics, vision, note: null });
    });
  }

  if (CONCESSIEHOUDERS.length === 0) throw new Error("referentiegegevens ontbreken");
  return { tables, projectCount: full.length };
}
