/**
 * npm run bench:similar — "Bestaat dit al?" (similarProjects, Dutch full-text search without an
 * index) on 1,000 and 10,000 generated projects, on PGlite and PostgreSQL. Prints the median
 * time of one search as WIR (national) and as a project leader (published cards + own).
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres); the
 * script creates and drops its own database. BENCH_BACKENDS=pglite or =postgres to run one.
 * Not a test: it prints figures.
 */
import { createScratchDatabase } from "../lib/server/db/scratch";
import { prepareScratchDatabase, timeMedian } from "./bench-support";
import { createUser } from "../tests/support/factories";
import { loadActor } from "../lib/server/accounts/actor";
import { similarProjects } from "../lib/server/projects/edit";
import { seededRandom } from "../lib/domain/demo/portfolio";

const SIZES = [1_000, 10_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const WORDS = ["zorg", "nacht", "sensoren", "leefcirkels", "opleiden", "mbo", "wijk", "bewoners", "teams", "zelfroosteren", "regio", "samenwerking", "keten", "ziekenhuis", "doorstroom", "behandelteam", "vitaal", "loopbaan", "technologie", "beeldzorg", "medicatie", "robots", "levensverhalen", "welzijn", "informele", "mantelzorg", "vrijwilligers", "dementie", "leren", "netwerk"];


async function bench(backend: "postgres" | "pglite") {
  const { db, drop } = await createScratchDatabase(backend, SERVER, "regiotafel_bench");
  try {
    const [regions, rubrieken] = await prepareScratchDatabase(db);
    const wir = await loadActor(db.prisma, (await createUser(db.prisma, { memberships: [{ role: "WIR" }] })).id);
    const leader = await loadActor(db.prisma, (await createUser(db.prisma, { memberships: [{ role: "PROJECTLEIDER" }] })).id);
    const random = seededRandom(7);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
    let made = 0;
    for (const size of SIZES) {
      while (made < size) {
        const batch = Array.from({ length: Math.min(1_000, size - made) }, (_, i) => ({
          wirNumber: `B-${String(made + i).padStart(6, "0")}`,
          title: `${sentence(4)} ${made + i}`,
          description: sentence(40),
          goal: sentence(15),
          regionId: pick(regions).id,
          hoofdrubriekId: pick(rubrieken).id,
          isPublic: random() < 0.3,
        }));
        await db.prisma.project.createMany({ data: batch });
        made += batch.length;
      }
      const query = { title: "Beeldzorg en sensoren in de nacht", description: "Verpleeghuizen in de regio proberen samen leefcirkels en sensoren uit voor rustiger nachten." };
      const asWir = await timeMedian(() => similarProjects({ db: db.prisma, actor: wir! }, query), RUNS);
      const asLeader = await timeMedian(() => similarProjects({ db: db.prisma, actor: leader! }, query), RUNS);
      console.log(`${backend.padEnd(8)} ${String(size).padStart(6)} projects: similarProjects median ${asWir.toFixed(1)} ms as WIR, ${asLeader.toFixed(1)} ms as projectleider`);
    }
  } finally {
    await drop();
  }
}

const backends = (process.env.BENCH_BACKENDS ?? "pglite,postgres").split(",").map((b) => b.trim()) as ("postgres" | "pglite")[];
for (const b of backends) await bench(b);
