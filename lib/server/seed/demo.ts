import "server-only";
import type { Db } from "../db";
import { createAssessment, createOrganisation, createProject, createRegionScore, createUser } from "./factories";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { unsafeSeedDemoOpenPeriod } from "./demo-period";
import { HOOFDRUBRIEKEN, KWALITEITSKADER_THEMES, PERIODS, REGIONS } from "../../domain/reference-data";
import { IMPACT, PROJECT_STATUS, RESULT_SHARING, SCALABILITY } from "../../domain/enums";

/** A small deterministic pseudo-random generator (mulberry32), so demo data is the same every time. */
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

export async function unsafeSeedDemoUsers(db: Db): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { email: u.email }, select: { id: true } });
    const user =
      existing ??
      (await createUser(db, {
        email: u.email,
        name: u.name,
        password: DEMO_PASSWORD,
        memberships: [{ role: u.role, concessiehouderCode: u.concessiehouderCode }],
      }));
    ids.set(u.key, user.id);
  }
  return ids;
}

const TITLE_PARTS = {
  ANDERS_OPLEIDEN: ["Leerwerkplekken in de wijk", "Regionale praktijkopleiding verzorgenden", "Samen opleiden met het mbo"],
  ANDERS_WERKEN: ["Zelfroosteren in kleine teams", "Taakherschikking in de nacht"],
  BEHANDELFUNCTIE: ["Regionaal behandelteam ouderengeneeskunde", "Specialist ouderengeneeskunde op afroep"],
  EFFICIENT_WERKEN: ["Minder registratielast"],
  LEREN_VERBETEREN: ["Lerend netwerk kwaliteitsverpleegkundigen", "Intervisie tussen verpleeghuizen"],
  NIEUWE_PROFESSIONALS: ["Zij-instromers in de ouderenzorg", "Regionale banenpool zorg", "Snuffelstages voor scholieren"],
  PERSOONSGERICHTE_ZORG: ["Levensverhalen in het zorgplan", "Zinvolle dag voor bewoners"],
  PROFESSIONALS_BEHOUDEN: ["Loopbaanpunt zorg en welzijn", "Vitaal in de zorg", "Begeleiding van nieuwe collega's"],
  REGIONALE_STRATEGIE: ["Regiobeeld ouderenzorg 2030", "Scenario's voor de regionale zorgvraag"],
  SAMENWERKING_KETEN: ["Doorstroom ziekenhuis naar verpleeghuis", "Regionaal coördinatiepunt crisisbedden", "Eén loket spoedzorg ouderen"],
  TECHNOLOGIE: ["Leefcirkels en slimme sensoren", "Beeldzorg in de nacht", "Medicatierobots thuis"],
} as Record<string, string[]>;

const DEMO_REGIONS = ["zeeland", "west-brabant", "haaglanden", "utrecht", "drenthe", "amsterdam", "nijmegen", "midden-brabant", "achterhoek", "twente"];

/**
 * The foundation's demo portfolio: a few dozen projects with period records in regions of four
 * concessiehouders, and region scores for every period. Made by factories.
 */
export async function unsafeSeedDemoPortfolio(db: Db, leaderIds: Map<string, string>): Promise<void> {
  const random = seededRandom(2021);
  const pick = <T,>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  const orgs = [];
  for (const name of ["Zorggroep Scheldeoever", "Stichting Hofzicht", "Woonzorg De Linde", "ROC Zorgcollege", "Gemeente Middelburg"]) {
    orgs.push(await createOrganisation(db, { name, type: name.startsWith("ROC") ? "ONDERWIJS" : name.startsWith("Gemeente") ? "GEMEENTE" : "ZORGAANBIEDER" }));
  }
  let n = 0;
  for (const regionCode of DEMO_REGIONS) {
    const leaders = [...leaderIds.entries()]
      .filter(([key]) => DEMO_USERS.find((u) => u.key === key)?.leadsInRegions?.includes(regionCode))
      .map(([, id]) => id);
    for (let i = 0; i < 4; i++) {
      n++;
      const rubriek = pick(HOOFDRUBRIEKEN.filter((h) => h.code !== "EFFICIENT_WERKEN"));
      const region = REGIONS.find((r) => r.code === regionCode)!;
      const project = await createProject(db, {
        wirNumber: `DEMO-${String(n).padStart(3, "0")}`,
        title: `${pick(TITLE_PARTS[rubriek.code])} ${region.name}`,
        regionCode,
        hoofdrubriekCode: rubriek.code,
        leaderIds: leaders,
        leadOrganisationId: pick(orgs).id,
        partnerIds: [orgs[0].id, orgs[1].id].slice(0, 1 + (n % 2)),
        themeCodes: [pick(KWALITEITSKADER_THEMES).code],
        isPublic: n % 3 === 0,
        startDate: `${2018 + (n % 3)}-0${1 + (n % 9)}-01`,
        endDate: `${2021 + (n % 2)}-12-31`,
        budgetEuros: 20_000 + Math.round(random() * 20) * 5_000,
        goal: "Meer tijd en aandacht voor bewoners door slimmer samen te werken in de regio.",
        description: "Zorgaanbieders in de regio werken samen aan een gezamenlijke aanpak, met kwartaalbijeenkomsten en een gedeelde projectgroep.",
      });
      for (const period of ["2020-03", "2020-10"]) {
        if (period === "2020-03" && i === 3) continue; // newer projects have only the latest period
        await createAssessment(db, {
          projectId: project.id,
          periodCode: period,
          status: pick(PROJECT_STATUS.values),
          impact: pick(IMPACT.values),
          sharing: pick(RESULT_SHARING.values),
          scalability: pick(SCALABILITY.values),
          careOrgCount: random() < 0.1 ? null : 1 + Math.floor(random() * 12),
        });
      }
    }
  }
  for (const region of REGIONS) {
    let [a, d, v] = [1 + Math.floor(random() * 2), 1 + Math.floor(random() * 2), 1 + Math.floor(random() * 2)];
    for (const period of PERIODS) {
      await createRegionScore(db, { regionCode: region.code, periodCode: period.code, agreements: a, dynamics: d, vision: v });
      [a, d, v] = [Math.min(4, a + (random() < 0.6 ? 1 : 0)), Math.min(4, d + (random() < 0.5 ? 1 : 0)), Math.min(5, v + (random() < 0.7 ? 1 : 0))];
    }
  }
}

/** Loads demo users and the demo portfolio into an empty database. */
export async function unsafeSeedDemo(db: Db): Promise<void> {
  const ids = await unsafeSeedDemoUsers(db);
  await unsafeSeedDemoPortfolio(db, ids);
  await unsafeSeedDemoOpenPeriod(db);
}
