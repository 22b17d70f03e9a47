/**
 * `npm run bench:load [-- --scale=10 --duration=60 --instances=1 --users=50 --writers=4 --port=3900 --pool=N --keep-db]`
 *
 * The load test (docs/performance.md "Load test"):
 * 1. makes a fresh database `regiotafel_load` on the PostgreSQL server (LOAD_DATABASE_URL, default
 *    postgresql://postgres@127.0.0.1:5432/postgres): migrations, reference data, the demo users,
 *    the demo portfolio `--scale` times through the importer (as the demo seed and
 *    `npm run bench:import` do), the open demo period, and extra users up to `--users`
 *    (a fifth WIR, half inkopers of CZ/ZK/VGZ, the rest project leaders of three projects each);
 * 2. starts the built app (`npm run build` first) `--instances` times, each as `npm start` serves
 *    it (scripts/serve.ts) on its own port from `--port` on, all on that one database with one
 *    NEXTAUTH_SECRET — nothing else is shared (and REQUIRE_2FA=off: the test measures pages, not the
 *    second factor);
 * 3. signs every user in through next-auth's credentials endpoint (two at a time: the sign-in
 *    throttle counts every attempt until it succeeds), user i on instance i mod n;
 * 4. for `--duration` seconds: every reader is one autocannon connection sending its role's
 *    requests back to back (lib: scripts/load-plan.ts), on the instance after the one that
 *    signed it in, so each session is used on another instance; the writers, two per project,
 *    save the leader's period update through the real server action (posted as the browser
 *    posts it), each request to the next instance in turn; on a version conflict a writer
 *    reads the current version and tries again, as a person would after reloading;
 * 5. checks that every confirmed save is in the database exactly once (versions, audit rows,
 *    the last text) and prints requests/s, p50/p95/p99 per route, errors and each server's
 *    peak RSS (VmHWM); stops the servers and drops the database (unless --keep-db), also on
 *    Ctrl-C or failure. Exit code 1 when there were errors or a write check failed.
 * With LOAD_CPU_PROF=<dir> every server writes a V8 CPU profile (.cpuprofile) into <dir> as it stops.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { openDatabase, type DbHandle } from "../lib/server/db/connection";
import { adminQuery } from "../lib/server/db/scratch";
import { migrate } from "../lib/server/db/migrate";
import { unsafeSeedReferenceData } from "../lib/server/reference-data/seed";
import { unsafeSeedDemoUsers } from "../lib/server/demo/seed";
import { unsafeSeedDemoOpenPeriod } from "../lib/server/demo/period";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/server/demo/users";
import { unsafeImportFiles } from "../lib/server/import";
import { hashPassword } from "../lib/server/accounts/passwords";
import { loadActor } from "../lib/server/accounts/actor";
import { projectManageWhere } from "../lib/server/core/scope";
import { generateDemoPortfolio } from "../lib/domain/demo/portfolio";
import { SERVER_NODE_FLAGS } from "./server-flags";
import { emptyTables, toCsv, type PortfolioTables } from "../lib/domain/import/write";
import { COMMAND_LINE_LIMITS, SHEETS, SHEET_ORDER } from "../lib/domain/import/format";
import {
  checkSaves,
  parseActionAnswer,
  parseLoadArgs,
  readerRequests,
  responseProblem,
  roleCounts,
  summarise,
  type LoadRole,
  type Sample,
  type SentSave,
  type UnknownSave,
} from "./load-plan";

const options = parseLoadArgs(process.argv.slice(2));
const root = process.cwd();
const serverUrl = process.env.LOAD_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DB_NAME = "regiotafel_load";
const dbUrl = (() => {
  const u = new URL(serverUrl);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
})();
const CONCESSIEHOUDERS = ["CZ", "ZK", "VGZ"];

const log = (...args: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...args);

// ---------------------------------------------------------------------------------------------
// Everything started is stopped again, whatever happens
// ---------------------------------------------------------------------------------------------
type Server = { port: number; base: string; child: ChildProcess; logFile: string };
const servers: Server[] = [];
let dbCreated = false;
let stopping: Promise<void> | null = null;

const admin = (sql: string) => adminQuery(serverUrl, sql);

function stopAll(): Promise<void> {
  stopping ??= (async () => {
    await Promise.all(
      servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
            const kill = setTimeout(() => s.child.kill("SIGKILL"), 8_000);
            s.child.once("exit", () => {
              clearTimeout(kill);
              resolve();
            });
            s.child.kill("SIGTERM");
          }),
      ),
    );
    if (dbCreated && !options.keepDb) await admin(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`).catch((e) => console.error("Database niet verwijderd:", e));
  })();
  return stopping;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: alles wordt gestopt …`);
    void stopAll().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// 1. The database
// ---------------------------------------------------------------------------------------------

/** The demo portfolio `scale` times: copy 0 is the demo itself (leaders, showcases, results), the others only projects and records with their own WIR-nummers. */
function scaledPortfolio(scale: number): PortfolioTables {
  const demo = generateDemoPortfolio().tables;
  if (scale === 1) return demo;
  const out: PortfolioTables = { ...emptyTables(), ...demo, projects: [...demo.projects], records: [...demo.records] };
  for (let c = 1; c < scale; c++) {
    const suffix = `-${String(c).padStart(3, "0")}`;
    for (const p of demo.projects) out.projects.push({ ...p, wirNumber: `${p.wirNumber}${suffix}`, leaders: null, isShowcase: "Nee" });
    for (const r of demo.records) out.records.push({ ...r, wirNumber: `${r.wirNumber}${suffix}` });
  }
  return out;
}

type LoadUser = { email: string; role: LoadRole; userId: string; projectIds: string[] };

async function prepareDatabase(): Promise<{ users: LoadUser[]; writerProjects: string[]; periodCode: string; projects: number }> {
  await admin(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DB_NAME}`);
  dbCreated = true;
  const db = await openDatabase({ backend: "postgres", url: dbUrl });
  try {
    await migrate(db.raw);
    await unsafeSeedReferenceData(db.prisma);
    await unsafeSeedDemoUsers(db.prisma);
    const tables = scaledPortfolio(options.scale);
    const files = SHEET_ORDER.map((k) => ({ name: `${SHEETS[k].fileName}.csv`, bytes: new TextEncoder().encode(toCsv(k, tables[k])) }));
    const started = performance.now();
    const report = await unsafeImportFiles(db.prisma, null, files, { allowClosedPeriods: true, limits: COMMAND_LINE_LIMITS });
    if (!report.applied) throw new Error(`Import mislukt: ${JSON.stringify(report.issues.slice(0, 3))}`);
    await unsafeSeedDemoOpenPeriod(db.prisma);
    const projects = await db.prisma.project.count();
    log(`Portfolio ${options.scale}× geïmporteerd: ${projects} projecten in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const period = await db.prisma.reportingPeriod.findFirstOrThrow({ where: { state: "OPEN" }, select: { id: true, code: true } });
    return { ...(await makeUsers(db, period.id)), periodCode: period.code, projects };
  } finally {
    await db.close();
  }
}

/** The demo accounts (not the beheerder) plus created users up to --users; leaders get three active projects each, the writers' projects shared per pair. */
async function makeUsers(db: DbHandle, periodId: string): Promise<{ users: LoadUser[]; writerProjects: string[] }> {
  const prisma = db.prisma;
  const counts = roleCounts(options.users, options.writers);
  const wanted: { email: string; role: LoadRole; ch?: string }[] = [];
  for (const role of ["PROJECTLEIDER", "WIR", "INKOPER"] as const) {
    const demo = DEMO_USERS.filter((u) => u.role === role).map((u) => ({ email: u.email, role, ch: u.concessiehouderCode }));
    const take = demo.slice(0, counts[role]);
    for (let i = take.length; i < counts[role]; i++) {
      take.push({ email: `lasttest-${role.toLowerCase()}-${String(i + 1).padStart(2, "0")}@regiotafel.test`, role, ch: role === "INKOPER" ? CONCESSIEHOUDERS[i % 3] : undefined });
    }
    wanted.push(...take);
  }
  const hash = await hashPassword(DEMO_PASSWORD); // one hash for all: argon2 per user would only slow the preparation
  const chs = new Map((await prisma.concessiehouder.findMany({ select: { id: true, code: true } })).map((c) => [c.code, c.id]));
  for (const w of wanted) {
    if (await prisma.user.findUnique({ where: { email: w.email }, select: { id: true } })) continue;
    await prisma.user.create({
      data: { email: w.email, name: w.email.split("@")[0], passwordHash: hash, memberships: { create: [{ role: w.role, concessiehouderId: w.ch ? chs.get(w.ch) ?? null : null }] } },
    });
  }
  // projects for the created leaders: active, no update yet in the open period, not led by anyone
  const leaders = wanted.filter((w) => w.role === "PROJECTLEIDER");
  const free = await prisma.project.findMany({
    where: { lifecycle: "ACTIVE", leaders: { none: {} }, updates: { none: { periodId } } },
    select: { id: true },
    orderBy: { wirNumber: "asc" },
    take: leaders.length * 3,
  });
  const writerProjects = free.slice(0, options.writers / 2).map((p) => p.id);
  const userIds = new Map((await prisma.user.findMany({ where: { email: { in: wanted.map((w) => w.email) } }, select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  // writers are the first --writers leaders: writer 2k and 2k+1 share project k
  const links: { projectId: string; userId: string }[] = [];
  leaders.forEach((leader, i) => {
    const userId = userIds.get(leader.email)!;
    if (i < options.writers) links.push({ projectId: writerProjects[Math.floor(i / 2)], userId });
    for (let j = 0; j < 3; j++) links.push({ projectId: free[(i * 3 + j) % free.length].id, userId });
  });
  await prisma.projectLeader.createMany({ data: links, skipDuplicates: true });
  const users: LoadUser[] = [];
  for (const w of wanted) {
    const userId = userIds.get(w.email)!;
    const actor = await loadActor(prisma, userId);
    if (!actor) throw new Error(`Gebruiker ${w.email} heeft geen rol`);
    const where = projectManageWhere(actor, w.role === "PROJECTLEIDER" ? undefined : "portfolio:read");
    const mine = await prisma.project.findMany({ where: { AND: [where, { lifecycle: "ACTIVE" }] }, select: { id: true }, orderBy: { wirNumber: "asc" }, take: 200 });
    // spread the users over the scope, so they do not all read the same three projects
    const ids = mine.map((p) => p.id);
    const start = (users.length * 7) % Math.max(1, ids.length);
    users.push({ email: w.email, role: w.role, userId, projectIds: [...ids.slice(start), ...ids.slice(0, start)].slice(0, 3) });
  }
  return { users, writerProjects };
}

// ---------------------------------------------------------------------------------------------
// 2. The servers
// ---------------------------------------------------------------------------------------------

async function startServers(): Promise<void> {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("Geen build gevonden: voer eerst `npm run build` uit.");
  const secret = crypto.randomBytes(32).toString("base64url"); // shared by the instances, as behind a load balancer
  for (let i = 0; i < options.instances; i++) {
    const port = options.basePort + i;
    const logFile = path.join(os.tmpdir(), `regiotafel-load-${port}.log`);
    const out = fs.openSync(logFile, "w");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: dbUrl,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: secret,
      DEMO_DATA: "on",
      NEXT_TELEMETRY_DISABLED: "1",
      // On a PostgreSQL server WIR must set up two-factor sign-in first (REQUIRE_2FA, ADR 0011),
      // and until then every page sends them to the set-up. The load test measures the pages, not
      // the second factor (whose check costs one HMAC at sign-in only), so its scratch servers
      // switch the requirement off.
      REQUIRE_2FA: "off",
    };
    if (options.poolSize) env.DATABASE_POOL_SIZE = String(options.poolSize);
    // LOAD_CPU_PROF=<dir>: each server writes a V8 CPU profile there when it stops (where the time goes)
    const profile = process.env.LOAD_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.LOAD_CPU_PROF)}`] : [];
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...profile, "--import", "tsx", path.join(root, "scripts", "serve.ts")], { cwd: root, env, stdio: ["ignore", out, out] });
    fs.closeSync(out);
    servers.push({ port, base: `http://127.0.0.1:${port}`, child, logFile });
  }
  await Promise.all(servers.map(waitUntilUp));
  log(`${servers.length} instantie(s) draaien: ${servers.map((s) => `${s.base} (pid ${s.child.pid})`).join(", ")}`);
}

async function waitUntilUp(server: Server): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`Server op poort ${server.port} is gestopt; zie ${server.logFile}:\n${tail(server.logFile)}`);
    try {
      const res = await fetch(`${server.base}/inloggen`, { redirect: "manual" });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Server op poort ${server.port} kwam niet op binnen 2 minuten; zie ${server.logFile}`);
}

function tail(file: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").slice(-20).join("\n") : "";
}

/** CPU time a process has used so far (user + system), in ms; null when unreadable. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100 per second on Linux)
  } catch {
    return null;
  }
}

/** Peak resident memory of a process (VmHWM), in MB; null when unreadable. */
function peakRssMb(pid: number | undefined): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Signing in
// ---------------------------------------------------------------------------------------------

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]);
}

/** next-auth's credentials flow: the CSRF token (and its cookie), then the callback; returns the Cookie header. */
async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, callbackUrl: "/", json: "true" }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Inloggen van ${email} mislukt (HTTP ${res.status}: ${(await res.text()).slice(0, 200)})`);
  return session;
}

async function signInAll(users: LoadUser[]): Promise<string[]> {
  const cookies: string[] = new Array(users.length);
  let next = 0;
  // two at a time: every attempt counts against the address until it succeeds (lib/server/accounts/sign-in.ts)
  await Promise.all(
    [0, 1].map(async () => {
      while (next < users.length) {
        const i = next++;
        cookies[i] = await signIn(servers[i % servers.length].base, users[i].email);
      }
    }),
  );
  return cookies;
}

// ---------------------------------------------------------------------------------------------
// 4. The load
// ---------------------------------------------------------------------------------------------

/** The id of the saveUpdateAction server action in this build (Next.js's server reference manifest). */
function saveUpdateActionId(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string; workers?: Record<string, unknown> }>;
  };
  const found = Object.entries(manifest.node).find(([, a]) => a.exportedName === "saveUpdateAction" && (a.filename?.includes("updates/actions") ?? false));
  if (!found) throw new Error("saveUpdateAction niet gevonden in .next/server/server-reference-manifest.json");
  return found[0];
}

/**
 * Every route once per instance, not measured (the first request of a page loads its code);
 * then, on the first instance, every route of each role three times one after the other: the
 * latency without load, which on a shared machine says more about the code than the load figures.
 */
async function warmUpAndProbe(users: LoadUser[], cookies: string[]): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const [n, server] of servers.entries()) {
    for (const role of ["WIR", "INKOPER", "PROJECTLEIDER"] as const) {
      const i = users.findIndex((u) => u.role === role);
      if (i < 0) continue;
      for (let round = 0; round < (n === 0 ? 4 : 1); round++) {
        for (const r of readerRequests(role, users[i].projectIds, 0)) {
          const started = performance.now();
          const res = await fetch(`${server.base}${r.path}`, { headers: { cookie: cookies[i] }, redirect: "manual" });
          const body = await res.text();
          if (round > 0) samples.push({ route: r.route, ms: performance.now() - started, error: responseProblem(res.status, body) });
        }
      }
    }
  }
  return samples;
}

type ReaderStats = { samples: Sample[]; transportErrors: number; timeouts: number };

function runReader(base: string, cookie: string, requests: ReturnType<typeof readerRequests>, stats: ReaderStats): Promise<void> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: 1,
        pipelining: 1,
        duration: options.duration,
        timeout: 10,
        headers: { cookie, accept: "text/html,application/json" },
        requests: requests.map((r) => ({
          method: "GET" as const,
          path: r.path,
          route: r.route,
          onResponse: (status: number, body: string, context: object) => {
            (context as { problem?: string | null }).problem = responseProblem(status, body);
          },
        })),
      },
      (error, result) => {
        if (error) return reject(error);
        stats.transportErrors += result.errors - result.timeouts;
        stats.timeouts += result.timeouts;
        resolve();
      },
    );
    // the 'response' event comes after onResponse and before the client moves to its next request
    instance.on("response", (client: unknown, _status: number, _bytes: number, ms: number) => {
      const it = (client as { requestIterator: { currentRequest: { route: string }; context: { problem?: string | null } } }).requestIterator;
      stats.samples.push({ route: it.currentRequest.route, ms, error: it.context.problem ?? null });
      it.context.problem = null;
    });
  });
}

type WriterResult = { saves: SentSave[]; unknown: UnknownSave[]; conflicts: number; samples: Sample[] };

async function runWriter(writer: number, cookie: string, projectId: string, periodCode: string, actionId: string, db: DbHandle, until: number): Promise<WriterResult> {
  const result: WriterResult = { saves: [], unknown: [], conflicts: 0, samples: [] };
  let version = 0;
  let attempt = 0;
  while (Date.now() < until) {
    const server = servers[(writer + attempt) % servers.length];
    attempt++;
    const progress = `Belastingtest: schrijver ${writer}, poging ${attempt}`;
    const input = { projectId, periodCode, intent: "save", version, status: "", progress, resultsSoFar: "", lessonsLearned: "", nextSteps: "", risks: "", careOrgCount: "" };
    const started = performance.now();
    let error: string | null = null;
    let reload = false;
    try {
      // as React posts a server action called with (previous state, input): the arguments as JSON, text/plain
      const res = await fetch(`${server.base}/projecten/${projectId}/update`, {
        method: "POST",
        headers: { cookie, "next-action": actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: server.base },
        body: JSON.stringify([null, input]),
        signal: AbortSignal.timeout(10_000),
      });
      const body = await res.text();
      const answer = parseActionAnswer(body);
      if (res.status !== 200 || !answer) {
        error = `HTTP ${res.status}: ${body.slice(0, 120)}`;
        result.unknown.push({ projectId, writer, progress });
      } else if (answer.ok) {
        version = Number(answer.data.version);
        result.saves.push({ projectId, writer, version, progress });
      } else if (answer.code === "conflict") {
        result.conflicts++;
      } else error = `${answer.code}: ${answer.message}`;
      reload = !answer?.ok;
    } catch (e) {
      error = (e as Error).name === "TimeoutError" ? "time-out" : (e as Error).message;
      result.unknown.push({ projectId, writer, progress }); // the save may have been applied after all
      reload = true;
    }
    if (reload) {
      // someone else saved first, or the answer never came: load the current version, as the form's "load the new version" does
      const current = await db.prisma.progressUpdate.findFirst({ where: { projectId, period: { code: periodCode } }, select: { version: true } });
      version = current?.version ?? 0;
    }
    result.samples.push({ route: "POST saveUpdateAction", ms: performance.now() - started, error });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// 5. Checking and reporting
// ---------------------------------------------------------------------------------------------

async function checkWrites(db: DbHandle, writerProjects: string[], periodCode: string, saves: SentSave[], unknown: UnknownSave[]): Promise<string[]> {
  const problems: string[] = [];
  for (const projectId of writerProjects) {
    const update = await db.prisma.progressUpdate.findFirst({ where: { projectId, period: { code: periodCode } }, select: { id: true, version: true, progress: true } });
    const auditRows = update ? await db.prisma.auditLog.count({ where: { entity: "ProgressUpdate", entityId: update.id } }) : 0;
    problems.push(...checkSaves(projectId, saves, unknown, update ? { projectId, version: update.version, progress: update.progress, auditRows } : null));
  }
  return problems;
}

const fmt = (n: number) => (Number.isFinite(n) ? Math.round(n).toString() : "-");

async function main() {
  const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");
  log(`Belastingtest: schaal ${options.scale}×, ${options.users} gebruikers (${options.writers} schrijvers), ${options.duration} s, ${options.instances} instantie(s); load ${load()}`);
  const { users, writerProjects, periodCode, projects } = await prepareDatabase();
  await startServers();
  const actionId = saveUpdateActionId();
  const cookies = await signInAll(users);
  const probe = summarise(await warmUpAndProbe(users, cookies), 1);
  log(`Zonder belasting (één gebruiker tegelijk, mediaan van 3): ${probe.routes.map((r) => `${r.route} ${fmt(r.p50)} ms${r.errors ? ` (${r.errors} fouten)` : ""}`).join(", ")}`);
  log(`${users.length} gebruikers ingelogd (${Object.entries(roleCounts(options.users, options.writers)).map(([r, n]) => `${n} ${r}`).join(", ")}).`);

  const check = await openDatabase({ backend: "postgres", url: dbUrl });
  try {
    const leaders = users.map((u, i) => ({ u, i })).filter(({ u }) => u.role === "PROJECTLEIDER");
    const writerIdx = new Set(leaders.slice(0, options.writers).map(({ i }) => i));
    const stats: ReaderStats = { samples: [], transportErrors: 0, timeouts: 0 };
    const loadBefore = load();
    const cpuBefore = servers.map((s) => cpuMs(s.child.pid));
    const started = performance.now();
    const until = Date.now() + options.duration * 1000;
    const readers = users.map((u, i) => {
      if (writerIdx.has(i)) return null;
      // used on the instance after the one that signed it in: sessions must work on every instance
      const server = servers[(i + 1) % servers.length];
      return runReader(server.base, cookies[i], readerRequests(u.role, u.projectIds, i), stats);
    });
    const writers = [...writerIdx].map((i, w) => runWriter(w, cookies[i], writerProjects[Math.floor(w / 2)], periodCode, actionId, check, until));
    const [writerResults] = await Promise.all([Promise.all(writers), Promise.all(readers)]);
    const seconds = (performance.now() - started) / 1000;
    const loadAfter = load();
    const peaks = servers.map((s, n) => {
      const used = cpuMs(s.child.pid);
      return { port: s.port, pid: s.child.pid, mb: peakRssMb(s.child.pid), cpu: used !== null && cpuBefore[n] !== null ? used - cpuBefore[n]! : null };
    });
    const serverCpu = peaks.reduce((n, p) => n + (p.cpu ?? 0), 0);

    const saves = writerResults.flatMap((r) => r.saves);
    const conflicts = writerResults.reduce((n, r) => n + r.conflicts, 0);
    const samples = [...stats.samples, ...writerResults.flatMap((r) => r.samples)];
    const unknown = writerResults.flatMap((r) => r.unknown);
    const problems = await checkWrites(check, writerProjects, periodCode, saves, unknown);
    const { routes, total } = summarise(samples, seconds);

    const errorKinds = new Map<string, number>();
    for (const s of samples) if (s.error) errorKinds.set(`${s.route} ${s.error.slice(0, 80)}`, (errorKinds.get(`${s.route} ${s.error.slice(0, 80)}`) ?? 0) + 1);
    const lines = [
      "",
      `Belastingtest op PostgreSQL: ${projects} projecten (${options.scale}× demo), ${users.length} gebruikers, ${options.writers} schrijvers, ${seconds.toFixed(0)} s, ${servers.length} instantie(s)`,
      `Node ${process.version}, ${os.cpus().length} cores; load voor ${loadBefore}, na ${loadAfter} (1/5/15 min)`,
      "",
      `${"route".padEnd(26)} ${"verzoeken".padStart(9)} ${"per s".padStart(7)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"max ms".padStart(7)} ${"fouten".padStart(6)}`,
      ...[...routes, total].map(
        (r) =>
          `${r.route.padEnd(26)} ${String(r.requests).padStart(9)} ${r.perSecond.toFixed(1).padStart(7)} ${fmt(r.p50).padStart(7)} ${fmt(r.p95).padStart(7)} ${fmt(r.p99).padStart(7)} ${fmt(r.max).padStart(7)} ${String(r.errors).padStart(6)}`,
      ),
      "",
      `Fouten: ${total.errors} antwoorden niet in orde, ${stats.timeouts} time-outs, ${stats.transportErrors} verbindingsfouten`,
      ...[...errorKinds].map(([k, n]) => `  ${n}× ${k}`),
      `Schrijvers: ${saves.length} opslagen bevestigd, ${unknown.length} zonder antwoord, ${conflicts} versieconflicten (verwacht: twee schrijvers per update); controle: ${problems.length ? "MISLUKT" : "niets verloren, niets dubbel"}`,
      ...problems.map((p) => `  ${p}`),
      `Piek-RSS per server: ${peaks.map((p) => `poort ${p.port} (pid ${p.pid}) ${p.mb ?? "?"} MB`).join(", ")}`,
      `CPU-tijd van de server(s) tijdens de belasting: ${(serverCpu / 1000).toFixed(1)} s, ${(serverCpu / Math.max(1, total.requests)).toFixed(0)} ms per beantwoord verzoek (minder gevoelig voor een drukke machine dan de wachttijden)`,
    ];
    console.log(lines.join("\n"));
    if (total.errors || stats.timeouts || stats.transportErrors || problems.length) process.exitCode = 1;
  } finally {
    await check.close();
  }
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    for (const s of servers) console.error(`Log van poort ${s.port} (${s.logFile}):\n${tail(s.logFile)}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
