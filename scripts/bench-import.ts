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
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { spawnSync } from "node:child_process";
import { createScratchDatabase } from "../lib/server/db/scratch";
import { migrate } from "../lib/server/db/migrate";
import { unsafeSeedReferenceData } from "../lib/server/reference-data/seed";
import { unsafeImportFiles } from "../lib/server/import";
import { generateDemoPortfolio } from "../lib/domain/demo/portfolio";
import { emptyTables, toCsv, toXlsx, type PortfolioTables } from "../lib/domain/import/write";
import { COMMAND_LINE_LIMITS, SHEETS, SHEET_ORDER } from "../lib/domain/import/format";
import type { FileInput } from "../lib/domain/import/read";

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const scales = arg("scales", "10,100").split(",").map(Number);
const backends = arg("backends", "pglite,postgres").split(",");
const formats = arg("formats", "xlsx,csv").split(",") as ("xlsx" | "csv")[];
/** A heap limit (MB) for each measuring process, as `npm run import` sets it; "" = Node's default. */
const heapMb = arg("heap", "");
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


const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const mb1 = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Writes the test files of one scale and format to a temporary folder (in the parent process). */
async function writeFiles(scale: number, format: "xlsx" | "csv", dir: string): Promise<{ paths: string[]; projects: number; records: number }> {
  const tables = scaled(scale);
  const files: FileInput[] =
    format === "xlsx"
      ? [{ name: `bench-${scale}.xlsx`, bytes: await toXlsx(tables) }]
      : SHEET_ORDER.map((k) => ({ name: `${SHEETS[k].fileName}.csv`, bytes: new TextEncoder().encode(toCsv(k, tables[k])) }));
  const folder = path.join(dir, `${scale}-${format}`);
  fs.mkdirSync(folder, { recursive: true });
  const paths = files.map((f) => {
    const p = path.join(folder, f.name);
    fs.writeFileSync(p, f.bytes);
    return p;
  });
  return { paths, projects: tables.projects.length, records: tables.records.length };
}

/** One measurement in a fresh process: read the files from disk and import them. */
async function measure(paths: string[], backend: string, expected: { projects: number; records: number }): Promise<string> {
  const { db, drop } = await createScratchDatabase(backend as "pglite" | "postgres", serverUrl, "regiotafel_bench");
  try {
    await migrate(db.raw);
    await unsafeSeedReferenceData(db.prisma);
    (globalThis as { gc?: () => void }).gc?.();
    const baseRss = process.memoryUsage().rss;
    const load = os.loadavg()[0];
    const cpu0 = process.cpuUsage();
    const started = performance.now();
    const files = paths.map((p) => ({ name: path.basename(p), bytes: new Uint8Array(fs.readFileSync(p)) }));
    const size = files.reduce((n, f) => n + f.bytes.length, 0);
    const report = await unsafeImportFiles(db.prisma, null, files, { allowClosedPeriods: true, limits: COMMAND_LINE_LIMITS });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    if (!report.applied) throw new Error(`import mislukt: ${JSON.stringify(report.issues.slice(0, 3))}`);
    const count = await db.prisma.project.count();
    const records = await db.prisma.projectAssessment.count();
    if (count !== expected.projects || records !== expected.records) throw new Error(`aantallen kloppen niet: ${count} projecten, ${records} periodegegevens`);
    // maxRSS: the peak of this process — reading the file, validating, importing and, for PGlite, the database itself
    const peak = process.resourceUsage().maxRSS * 1024;
    const format = paths[0].endsWith(".xlsx") ? "xlsx" : "csv";
    return (
      `${backend.padEnd(8)} ${format.padEnd(4)} ${String(count).padStart(6)} projecten (${mb1(size)} MB)  ${seconds.toFixed(1).padStart(6)} s  ` +
      `${Math.round(count / seconds).toString().padStart(6)} projecten/s  CPU Node ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s  ` +
      `piek RSS ${mb(peak)} MB (voor de import ${mb(baseRss)} MB)  load ${load.toFixed(1)}`
    );
  } finally {
    await drop();
  }
}

async function main() {
  const one = arg("one", "");
  if (one) {
    const [backend, projects, records, ...paths] = one.split("|");
    console.log(await measure(paths, backend, { projects: Number(projects), records: Number(records) }));
    return;
  }
  // every measurement in its own process, so that each peak memory figure is the importer's own
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "regiotafel-bench-"));
  const rows: string[] = [];
  try {
    for (const scale of scales) {
      for (const format of formats) {
        const { paths, projects, records } = await writeFiles(scale, format, dir);
        for (const backend of backends) {
          const child = spawnSync(process.execPath, [...process.execArgv, ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), process.argv[1], `--one=${[backend, projects, records, ...paths].join("|")}`], { encoding: "utf8", env: process.env, maxBuffer: 1 << 24 });
          const output = child.stdout.trim().split("\n");
          const line = output.pop() ?? "";
          if (process.env.IMPORT_PROFILE) console.log(output.join("\n"));
          if (child.status !== 0) {
            console.error(`${scale}× ${format} ${backend} mislukt:\n${child.stderr}`);
            process.exitCode = 1;
            continue;
          }
          console.log(line);
          rows.push(line);
        }
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nSamenvatting (Node ${process.version}, ${os.cpus().length} cores, ${process.platform}/${process.arch}):\n${rows.join("\n")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
