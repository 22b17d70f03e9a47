/**
 * The pure parts of `npm run bench:load` (scripts/bench-load.ts): command-line options, which
 * pages each role asks for, reading a server action's answer, latency percentiles per route and
 * the check that the writers' saves all arrived exactly once. No I/O, unit-tested next to it.
 */

export type LoadOptions = {
  scale: number;
  duration: number;
  instances: number;
  users: number;
  writers: number;
  basePort: number;
  poolSize: number | null;
  keepDb: boolean;
};

const DEFAULTS: LoadOptions = { scale: 10, duration: 60, instances: 1, users: 50, writers: 4, basePort: 3900, poolSize: null, keepDb: false };

/** `--scale=10 --duration=60 --instances=1 --users=50 --writers=4 --port=3900 --pool=N --keep-db`. */
export function parseLoadArgs(argv: readonly string[]): LoadOptions {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} moet een geheel getal van ${min} tot en met ${max} zijn (gegeven: ${raw}).`);
    return n;
  };
  const options: LoadOptions = {
    scale: int("scale", DEFAULTS.scale, 1, 100),
    duration: int("duration", DEFAULTS.duration, 1, 3600),
    instances: int("instances", DEFAULTS.instances, 1, 8),
    users: int("users", DEFAULTS.users, 1, 500),
    writers: int("writers", DEFAULTS.writers, 0, 20),
    basePort: int("port", DEFAULTS.basePort, 1024, 65000),
    poolSize: value("pool") === undefined ? null : int("pool", 10, 1, 200),
    keepDb: argv.includes("--keep-db"),
  };
  if (options.writers % 2 !== 0) throw new Error("--writers moet even zijn: de schrijvers werken per twee aan één project.");
  if (options.writers > options.users) throw new Error("--writers mag niet groter zijn dan --users.");
  return options;
}

export type LoadRole = "WIR" | "INKOPER" | "PROJECTLEIDER";

/** How the signed-in users are divided over the roles: a fifth WIR, half inkopers, the rest leaders (at least the writers). */
export function roleCounts(users: number, writers: number): Record<LoadRole, number> {
  const wir = Math.max(1, Math.round(users / 5));
  const leaders = Math.max(writers, Math.min(users - wir, Math.round((users * 3) / 10)));
  return { WIR: wir, INKOPER: Math.max(0, users - wir - leaders), PROJECTLEIDER: leaders };
}

export type PlannedRequest = { route: string; path: string };

/** The period codes the report requests compare (the demo portfolio's two closed periods). */
export const REPORT_QUERY = "periode=2020-10&vergelijk=2020-03";

/**
 * The requests one reader sends, in a loop, back to back: the pages and APIs of its role, with
 * project ids from its own scope. `offset` rotates the loop so users do not move in step.
 * `route` is the name latencies are grouped under.
 */
export function readerRequests(role: LoadRole, projectIds: readonly string[], offset: number): PlannedRequest[] {
  const id = (i: number) => projectIds[i % projectIds.length];
  const catalogue: PlannedRequest[] = [
    { route: "/projectenbank", path: "/projectenbank" },
    { route: "/api/projectenbank", path: "/api/projectenbank?per=25" },
  ];
  let list: PlannedRequest[];
  if (role === "PROJECTLEIDER") {
    if (!projectIds.length) throw new Error("Een projectleider zonder projecten kan niet meedoen aan de belastingtest.");
    list = [
      { route: "/updates", path: "/updates" },
      { route: "/projecten/[id]", path: `/projecten/${id(0)}` },
      { route: "/projecten/[id]/update", path: `/projecten/${id(1)}/update` },
      ...catalogue,
    ];
  } else {
    if (!projectIds.length) throw new Error(`Een ${role === "WIR" ? "WIR-gebruiker" : "inkoper"} zonder projecten in scope kan niet meedoen aan de belastingtest.`);
    list = [
      { route: "/dashboard", path: "/dashboard" },
      { route: "/api/rapportage", path: `/api/rapportage?${REPORT_QUERY}` },
      { route: "/portfolio", path: "/portfolio" },
      { route: "/projecten/[id]", path: `/projecten/${id(0)}` },
      { route: "/beoordelen", path: "/beoordelen" },
      { route: "/beoordelen/[projectId]", path: `/beoordelen/${id(1)}` },
      { route: "/projecten/[id]", path: `/projecten/${id(2)}` },
      ...catalogue,
    ];
  }
  const k = ((offset % list.length) + list.length) % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

/**
 * Why a reader's response counts as an error, or null: anything but 200 (a redirect to the
 * sign-in page means the session was lost), or a page whose streamed part failed after the 200
 * was sent (Next.js marks the failed boundary with `data-dgst`).
 */
export function responseProblem(status: number, body: string | undefined): string | null {
  if (!status) return "geen antwoord";
  if (status !== 200) return `HTTP ${status}`;
  if (body && body.includes("data-dgst=")) return "fout tijdens het renderen (data-dgst)";
  return null;
}

export type ActionAnswer = { ok: true; data: Record<string, unknown> } | { ok: false; code: string; message: string };

/**
 * The result of a server action from its response body (React Flight, `text/x-component`):
 * lines `<id>:<json>`; the action's return value is the object with a boolean `ok`. Null when
 * no such line is found (the action did not run, or the answer is something else).
 */
export function parseActionAnswer(body: string): ActionAnswer | null {
  for (const line of body.split("\n")) {
    const match = /^[0-9a-f]+:(\{.*\})$/.exec(line.trim());
    if (!match) continue;
    let value: unknown;
    try {
      value = JSON.parse(match[1]);
    } catch {
      continue;
    }
    if (!value || typeof value !== "object" || typeof (value as { ok?: unknown }).ok !== "boolean") continue;
    const v = value as { ok: boolean; data?: Record<string, unknown>; code?: string; message?: string };
    return v.ok ? { ok: true, data: v.data ?? {} } : { ok: false, code: String(v.code ?? ""), message: String(v.message ?? "") };
  }
  return null;
}

/** The p-th percentile (0–100) of ascending `sorted` values, nearest-rank; NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export type Sample = { route: string; ms: number; error: string | null };
export type RouteSummary = { route: string; requests: number; errors: number; perSecond: number; p50: number; p95: number; p99: number; max: number };

/** Per route (in order of first appearance) and in total: count, errors, rate and latency percentiles. */
export function summarise(samples: readonly Sample[], seconds: number): { routes: RouteSummary[]; total: RouteSummary } {
  const groups = new Map<string, Sample[]>();
  for (const s of samples) {
    const list = groups.get(s.route) ?? [];
    list.push(s);
    groups.set(s.route, list);
  }
  const one = (route: string, list: readonly Sample[]): RouteSummary => {
    const ms = list.map((s) => s.ms).sort((a, b) => a - b);
    return {
      route,
      requests: list.length,
      errors: list.filter((s) => s.error).length,
      perSecond: seconds > 0 ? list.length / seconds : 0,
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      p99: percentile(ms, 99),
      max: ms.length ? ms[ms.length - 1] : NaN,
    };
  };
  return { routes: [...groups].map(([route, list]) => one(route, list)), total: one("totaal", samples) };
}

export type SentSave = { projectId: string; writer: number; version: number; progress: string };
/** A save whose answer never came (time-out, broken connection): it may or may not have been applied. */
export type UnknownSave = { projectId: string; writer: number; progress: string };
export type StoredUpdate = { projectId: string; version: number; progress: string; auditRows: number } | null;

/**
 * Whether every save the server confirmed is in the database exactly once, per project. With
 * optimistic versioning each applied save of one update makes the next version (1, 2, …) with
 * one audit row, and the server confirms each version once. So: the confirmed versions are
 * distinct; the stored version lies between the number of confirmed saves and that plus the
 * saves whose answer never came; there is one audit row per version; and the stored text is
 * that of the confirmed save with the stored version (or of an unanswered save, when one of
 * those came last). Returns the problems in Dutch (empty: nothing lost, nothing doubled).
 */
export function checkSaves(projectId: string, sent: readonly SentSave[], unknown: readonly UnknownSave[], stored: StoredUpdate): string[] {
  const mine = sent.filter((s) => s.projectId === projectId);
  const open = unknown.filter((s) => s.projectId === projectId);
  if (!stored) return mine.length ? [`${projectId}: ${mine.length} bevestigde opslagen, maar geen update in de database (verloren)`] : [];
  if (!mine.length && !open.length) return [`${projectId}: update in de database zonder opslag van een schrijver`];
  const problems: string[] = [];
  const versions = mine.map((s) => s.version).sort((a, b) => a - b);
  const doubled = versions.filter((v, i) => i > 0 && versions[i - 1] === v);
  if (doubled.length) problems.push(`${projectId}: versie(s) ${[...new Set(doubled)].join(", ")} twee keer bevestigd (dubbel)`);
  if (stored.version < mine.length || (versions.length && stored.version < versions[versions.length - 1])) {
    problems.push(`${projectId}: versie in de database ${stored.version}, bevestigde opslagen ${mine.length} (verloren)`);
  }
  if (stored.version > mine.length + open.length) problems.push(`${projectId}: versie in de database ${stored.version}, meer dan de ${mine.length + open.length} verzonden opslagen (dubbel)`);
  if (stored.auditRows !== stored.version) problems.push(`${projectId}: ${stored.auditRows} auditregels voor versie ${stored.version}`);
  const last = mine.find((s) => s.version === stored.version);
  const textOk = last ? stored.progress === last.progress : open.some((s) => s.progress === stored.progress);
  if (!textOk) problems.push(`${projectId}: de tekst in de database is niet die van de opslag die versie ${stored.version} maakte`);
  return problems;
}
