/**
 * `npm run bench:import [-- --scales=10,100 --backends=pglite,postgres]`
 *
 * Generates portfolios of 10× and 100× the demo size (3,180 and 31,800 projects, each with a
 * maart 2020 and an oktober 2020 record), writes each as an XLSX workbook, and imports it through
 * the same path as an upload (read → validate → plan → one transaction) into a fresh database on
 * PGlite (in memory) and on PostgreSQL (BENCH_DATABASE_URL, default
 * postgresql://postgres@127.0.0.1:5432/postgres; the script creates and drops its own database).
 * Prints wall time, projects per second and peak memory (RSS of this process, which for PGlite
 * includes the database itself). Figures belong in docs/performance.md.
 */
import crypto from "node:crypto";
import os from "node:os";
import pg from "pg";
import { openDatabase, type DbHandle } from "../lib/server/db/connection";
import { migrate } from "../lib/server/db/migrate";
import { unsafeSeedReferenceData } from "../lib/server/seed/reference";
import { unsafeImportFiles } from "../lib/server/import";
import { generateDemoPortfolio } from "../lib/domain/demo/portfolio";
import { emptyTables, toCsv, toXlsx, type PortfolioTables } from "../lib/domain/import/write";
import { SHEETS, SHEET_ORDER } from "../lib/domain/import/format";
import type { FileInput } from "../lib/domain/import/read";

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const scales = arg("scales", "10,100").split(",").map(Number);
const backends = arg("backends", "pglite,postgres").split(",");
const formats = arg("formats", "xlsx,csv").split(",") as ("xlsx" | "csv")[];
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The demo portfolio repeated `scale` times with distinct WIR-nummers; every project gets both periods. */
function scaled(scale: number): PortfolioTables {
  const demo = generateDemoPortfolio().tables;
  const out = emptyTables();
  out.organisations = demo.organisations;
  const oct = new Map(demo.records.filter((r) => r.period === "oktober 2020").map((r) => [r.wirNumber, r]));
  const march = new Map(demo.records.filter((r) => r.period === "maart 2020").map((r) => [r.wirNumber, r]));
  for (let c = 0; c < scale; c++) {
    for (const p of demo.projects) {
      const wirNumber = `${p.wirNumber}-${String(c).padStart(3, "0")}`;
      out.projects.push({ ...p, wirNumber, leaders: null, isShowcase: "Nee" });
      const o = oct.get(p.wirNumber)!;
      out.records.push({ ...(march.get(p.wirNumber) ?? { ...o, status: "Nog niet gestart" }), wirNumber, period: "maart 2020" });
      out.records.push({ ...o, wirNumber });
    }
  }
  out.scores = demo.scores;
  return out;
}

async function freshDb(backend: string): Promise<{ db: DbHandle; drop(): Promise<void> }> {
  if (backend === "pglite") {
    const db = await openDatabase({ backend: "pglite", dataDir: null });
    return { db, drop: () => db.close() };
  }
  const name = `regiotafel_bench_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ backend: "postgres", url: url.toString() });
  return {
    db,
    async drop() {
      await db.close();
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function main() {
  const rows: string[] = [];
  for (const scale of scales) {
    const tables = scaled(scale);
    const projects = tables.projects.length;
    for (const format of formats) {
      const files: FileInput[] =
        format === "xlsx"
          ? [{ name: `bench-${scale}.xlsx`, bytes: await toXlsx(tables) }]
          : SHEET_ORDER.map((k) => ({ name: `${SHEETS[k].fileName}.csv`, bytes: new TextEncoder().encode(toCsv(k, tables[k])) }));
      const size = files.reduce((n, f) => n + f.bytes.length, 0);
      console.log(`\n${projects} projecten (${scale}× demo), ${tables.records.length} periodegegevens, ${format.toUpperCase()} ${mb(size)} MB`);
      for (const backend of backends) {
        (globalThis as { gc?: () => void }).gc?.();
        const { db, drop } = await freshDb(backend);
        try {
          await migrate(db.raw);
          await unsafeSeedReferenceData(db.prisma);
          (globalThis as { gc?: () => void }).gc?.();
          const baseRss = process.memoryUsage().rss;
          let peakRss = baseRss;
          let peakHeap = 0;
          const sampler = setInterval(() => {
            const m = process.memoryUsage();
            peakRss = Math.max(peakRss, m.rss);
            peakHeap = Math.max(peakHeap, m.heapUsed);
          }, 25);
          const load = os.loadavg()[0];
          const cpu0 = process.cpuUsage();
          const started = performance.now();
          const report = await unsafeImportFiles(db.prisma, null, files, { allowClosedPeriods: true, maxBytes: Number.MAX_SAFE_INTEGER });
          const seconds = (performance.now() - started) / 1000;
          const cpu = process.cpuUsage(cpu0);
          clearInterval(sampler);
          if (!report.applied) throw new Error(`import mislukt: ${JSON.stringify(report.issues.slice(0, 3))}`);
          const count = await db.prisma.project.count();
          const records = await db.prisma.projectAssessment.count();
          if (count !== projects || records !== tables.records.length) throw new Error(`aantallen kloppen niet: ${count} projecten, ${records} periodegegevens`);
          const line =
            `${backend.padEnd(8)} ${format.padEnd(4)} ${String(projects).padStart(6)} projecten  ${seconds.toFixed(1).padStart(6)} s  ` +
            `${Math.round(projects / seconds).toString().padStart(6)} projecten/s  CPU Node ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s  ` +
            `piek RSS ${mb(peakRss)} MB (bij start ${mb(baseRss)} MB), piek heap ${mb(peakHeap)} MB, load ${load.toFixed(1)}`;
          console.log(line);
          rows.push(line);
        } finally {
          await drop();
        }
      }
    }
  }
  console.log(`\nSamenvatting (Node ${process.version}, ${process.platform}/${process.arch}):\n${rows.join("\n")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
