/**
 * npm run bench:search — the Projectenbank search (searchCatalogue: full text, typo correction,
 * facet counts, order and one page) on 31,800 published projects with lessons, themes, partners
 * and judgements. Prints median and 95th percentile per query kind and over all. PostgreSQL by
 * default (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres; the script
 * creates and drops its own database); BENCH_BACKENDS=pglite,postgres for both; BENCH_PROJECTS
 * for another size; BENCH_KEEP=1 keeps the scratch database to study query plans. Not a test: it
 * prints figures.
 */
import { createScratchDatabase } from "../lib/server/db/scratch";
import { prepareScratchDatabase } from "./bench-support";
import { searchCatalogue } from "../lib/server/projectenbank/search";
import { catalogueQuerySchema } from "../lib/domain/projectenbank/search-params";
import { seededRandom } from "../lib/domain/demo/portfolio";

const SIZE = Number(process.env.BENCH_PROJECTS ?? 31_800);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const BACKENDS = (process.env.BENCH_BACKENDS ?? "postgres").split(",") as ("postgres" | "pglite")[];
const WORDS = ["zorg", "nacht", "sensoren", "leefcirkels", "opleiden", "mbo", "wijk", "bewoners", "teams", "zelfroosteren", "regio", "samenwerking", "keten", "ziekenhuis", "doorstroom", "behandelteam", "vitaal", "loopbaan", "technologie", "beeldzorg", "medicatie", "robots", "levensverhalen", "welzijn", "informele", "mantelzorg", "vrijwilligers", "dementie", "leren", "netwerk", "leerafdeling", "praktijkopleider", "instroom", "behoud", "werkplezier", "domotica", "familieparticipatie", "wijkverpleging", "specialist", "ouderengeneeskunde"];

const QUERIES: [string, Record<string, string>][] = [
  ["alles, geen zoekterm", {}],
  ["veelvoorkomend woord", { q: "zorg" }],
  ["twee woorden", { q: "nachtelijke sensoren" }],
  ["woordvorm", { q: "opgeleide bewoner" }],
  ["typfout", { q: "zelfroosterren" }],
  ["zoekterm + filters", { q: "dementie", regio: "zeeland", status: "RUNNING" }],
  ["filter thema, sorteer titel, pagina 5", { thema: "VEILIGHEID", sorteer: "titel", pagina: "5" }],
];

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bench(backend: "postgres" | "pglite") {
  const { db, drop } = await createScratchDatabase(backend, SERVER, "regiotafel_bench");
  try {
    const [regions, rubrieken] = await prepareScratchDatabase(db);
    const random = seededRandom(11);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
    await db.prisma.organisation.createMany({ data: Array.from({ length: 500 }, (_, i) => ({ name: `Zorgorganisatie ${i}`, type: "ZORGAANBIEDER" as const })) });
    const t0 = performance.now();
    // Loaded the way the importer loads a portfolio (lib/server/import/apply.ts): search documents
    // and catalogue cards deferred, then every document and card built once.
    await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SELECT set_config('regiotafel.defer_search', 'on', true)`);
      for (let made = 0; made < SIZE; made += 1_000) {
        await tx.project.createMany({
          data: Array.from({ length: Math.min(1_000, SIZE - made) }, (_, i) => ({
            wirNumber: `B-${String(made + i).padStart(6, "0")}`,
            title: `${sentence(4)} ${made + i}`,
            goal: sentence(15),
            description: sentence(60),
            results: sentence(20),
            lessonsLearned: random() < 0.5 ? sentence(25) : "",
            regionId: pick(regions).id,
            hoofdrubriekId: pick(rubrieken).id,
            startDate: new Date(Date.UTC(2017 + Math.floor(random() * 5), Math.floor(random() * 12), 1)),
            isPublic: true,
          })),
        });
      }
      await tx.$executeRawUnsafe(`INSERT INTO "ProjectTheme" ("projectId", "themeId") SELECT p."id", t."id" FROM "Project" p, "KwaliteitskaderTheme" t WHERE abs(hashtext(p."id" || t."code")) % 4 = 0`);
      await tx.$executeRawUnsafe(`INSERT INTO "ProjectPartner" ("projectId", "organisationId") SELECT p."id", o."id" FROM "Project" p, "Organisation" o WHERE abs(hashtext(p."id" || o."id")) % 250 = 0`);
      await tx.$executeRawUnsafe(`INSERT INTO "ProjectAssessment" ("id", "projectId", "periodId", "status", "scalability", "sharing", "updatedAt")
          SELECT 'a' || p."id", p."id", (SELECT "id" FROM "ReportingPeriod" WHERE "code" = '2020-10'),
            (ARRAY['RUNNING','FINISHED_SUCCESSFUL','NOT_STARTED']::"ProjectStatus"[])[1 + abs(hashtext(p."id")) % 3],
            (ARRAY['NATIONAL','THIS_REGION_ONLY','NOT_USEFUL']::"Scalability"[])[1 + abs(hashtext(p."id" || 's')) % 3],
            (ARRAY['YES','NOT_YET_SOON']::"ResultSharing"[])[1 + abs(hashtext(p."id" || 'd')) % 2], now()
          FROM "Project" p`);
      await tx.$executeRawUnsafe(`UPDATE "Project" SET "searchVector" = NULL, "themeKey" = project_theme_key("id")`);
      await tx.$executeRawUnsafe(`SELECT set_config('regiotafel.defer_search', 'off', true)`);
      await tx.$executeRawUnsafe(`SELECT catalogue_refresh_all()`);
    }, { timeout: 1_800_000, maxWait: 60_000 });
    // what autovacuum does on a real server after the bulk set-up (VACUUM cannot run in a transaction)
    await db.raw.exec(`VACUUM ANALYZE`);
    const setup = (performance.now() - t0) / 1000;
    console.log(`${backend}: ${SIZE} published projects with themes, partners, judgements and search vectors built in ${setup.toFixed(0)} s`);
    const all: number[] = [];
    for (const [label, raw] of QUERIES) {
      const query = catalogueQuerySchema.parse(raw);
      for (let i = 0; i < 3; i++) await searchCatalogue({ db: db.prisma }, query);
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        total = (await searchCatalogue({ db: db.prisma }, query)).total;
        times.push(performance.now() - s);
      }
      all.push(...times);
      console.log(`  ${label.padEnd(40)} ${String(total).padStart(6)} hits  median ${median(times).toFixed(1).padStart(6)} ms  p95 ${p95(times).toFixed(1).padStart(6)} ms`);
    }
    console.log(`  ALL ${all.length} searches: median ${median(all).toFixed(1)} ms, p95 ${p95(all).toFixed(1)} ms (goal: p95 < 100 ms on PostgreSQL)`);
  } finally {
    if (process.env.BENCH_KEEP) console.log(`  BENCH_KEEP: the scratch database is kept (drop it yourself)`);
    else await drop();
  }
}

for (const backend of BACKENDS) await bench(backend);
