import "server-only";
import crypto from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client";
import { Debug } from "@prisma/client/runtime/client";
import { clearLogs as clearAdapterDebugLogs } from "@prisma/debug";
import type { Db } from "../db";
import { bulkQuery } from "../db/bulk";
import { changedFields } from "../core/audit";
import { ConflictError } from "../core/errors";
import { matchKey } from "../../domain/import/values";
import type {
  ImportIssue,
  ImportPortfolio,
  ImportReference,
  ProjectField,
  ProjectValues,
} from "../../domain/import/validate";
import { SHEETS } from "../../domain/import/format";
import { PERIOD_STATE } from "../../domain/enums";
import { planResults } from "./results";
import type { IndicatorUnit } from "../../domain/results/enums";

/**
 * Applies a validated portfolio: plans every create and update against the database (nothing
 * written for unchanged rows, so importing the same file twice changes nothing), refuses changes
 * to closed periods unless allowed, and writes everything in one transaction with batched
 * multi-row inserts and one audit row per created or changed record.
 */

export type Counts = { created: number; updated: number; unchanged: number };
export type ImportSummary = { organisations: Counts; projects: Counts; records: Counts; scores: Counts; indicators: Counts; measurements: Counts; traject: Counts };
/**
 * What the importing actor may write (separation of duties: the same permission the screens
 * require). Absent = everything (the demo seed). A row that would change a kind of record the
 * actor may not write is an error in the report, so nothing is written.
 */
export type ImportRights = { assessments: boolean; regionScores: boolean; leaders: boolean; results: boolean };
export type ApplyOptions = { allowClosedPeriods?: boolean; dryRun?: boolean; fileName?: string; rights?: ImportRights };
export type ApplyResult = { issues: ImportIssue[]; summary: ImportSummary; applied: boolean };

const newCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const dateOf = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);
const id = () => crypto.randomUUID();

/**
 * Multi-row INSERT … VALUES with bound parameters, up to ~30,000 parameters per statement. Prisma's
 * createMany costs about a millisecond per row through the driver adapters; this is what makes a
 * 30,000-project import fit in a minute. `cast` names the PostgreSQL type of a column (enums,
 * dates, jsonb); `updatedAt` is set to the current time.
 */
/** Characters of values per insert statement (see insertRows). */
const INSERT_CHUNK_CHARS = 2_000_000;
/** Rows per segment of an array literal (see insertRows). */
const SEGMENT_ROWS = 50;

export async function insertRows<T>(
  tx: Db,
  table: string,
  columns: readonly (readonly [string, string?])[],
  items: readonly T[],
  toRow: (item: T) => readonly unknown[],
  options: { updatedAt?: boolean } = {},
): Promise<void> {
  if (items.length === 0) return;
  const t0 = performance.now();
  const names = columns.map(([c]) => `"${c}"`);
  const selects = columns.map(([, cast], j) => (cast ? `c${j}::${cast}` : `c${j}`));
  if (options.updatedAt) {
    names.push(`"updatedAt"`);
    selects.push("CURRENT_TIMESTAMP");
  }
  const aliases = columns.map((_, j) => `c${j}`).join(",");
  // one text[] parameter per column; unnest turns them back into rows
  const sql = `INSERT INTO "${table}" (${names.join(",")}) SELECT ${selects.join(",")} FROM unnest(${columns.map((_, j) => `$${j + 1}::text[]`).join(",")}) AS t(${aliases})`;
  // Prisma would pass every value through its query compiler; the connection does not (db/bulk)
  const direct = await bulkQuery(tx);
  // Rows are made per chunk, so only one chunk's strings (audit JSON above all) live at a time. A
  // chunk ends at 5,000 rows or at INSERT_CHUNK_CHARS characters of values, whichever comes first:
  // the driver copies each value about three times on its way out (text[] literal with escaped
  // quotes, then the wire buffer), so 5,000 audit rows of 4 KB JSON cost some 100 MB of heap.
  // Each column goes out as one array literal that we write ourselves (as `pg` would from an array).
  // The elements are joined every SEGMENT_ROWS rows, so they die young: kept for a whole chunk, the
  // young generation's collector copied each one (5,000 audit JSON strings of 4 KB) once or twice,
  // about 1.5 s of an import. A segment of that size goes straight to the large-object space.
  for (let i = 0; i < items.length; ) {
    const segments: string[][] = columns.map(() => []);
    let elements: string[][] = columns.map(() => []);
    const endSegment = () => {
      for (let j = 0; j < columns.length; j++) segments[j].push(elements[j].join(","));
      elements = columns.map(() => []);
    };
    let chars = 0;
    let n = 0;
    for (; i < items.length && n < 5000 && chars < INSERT_CHUNK_CHARS; n++) {
      const row = toRow(items[i++]);
      for (let j = 0; j < columns.length; j++) {
        const cell = row[j];
        if (cell == null) {
          elements[j].push("NULL");
          continue;
        }
        const value = String(cell);
        elements[j].push(arrayElement(value));
        chars += value.length;
      }
      if ((n + 1) % SEGMENT_ROWS === 0) endSegment();
    }
    if (n % SEGMENT_ROWS !== 0) endSegment();
    const literals = segments.map((parts) => `{${parts.join(",")}}`);
    segments.length = 0;
    if (direct) await direct(sql, literals);
    else {
      await tx.$executeRawUnsafe(sql, ...literals);
      forgetPrismaDebugHistory();
    }
  }
  if (process.env.IMPORT_PROFILE) console.log(`insert ${table}`, items.length, ((performance.now() - t0) / 1000).toFixed(2), memoryLine());
}

/** One element of a PostgreSQL array literal: quoted, with backslashes and quotes escaped (as `pg` writes it). */
function arrayElement(value: string): string {
  if (value.includes("\\")) value = value.replace(/\\/g, "\\\\");
  if (value.includes('"')) value = value.replace(/"/g, '\\"');
  return `"${value}"`;
}

/**
 * Prisma keeps the arguments of its last 100 debug calls for crash reports — the client in its
 * own copy of @prisma/debug, the driver adapter in the shared package — and among them are the
 * parameters of every query. After a bulk insert that holds on to megabytes of row values: the
 * import's heap grew by the size of each chunk's parameters (docs/performance.md). The adapter's
 * history is cleared; the client's, which cannot be reached, is pushed out with tiny entries.
 */
const prismaDebug = Debug("regiotafel:import");
function forgetPrismaDebugHistory(): void {
  clearAdapterDebugLogs();
  for (let i = 0; i < 100; i++) prismaDebug("chunk");
}

async function findChunked<T, K>(keys: readonly K[], fn: (chunk: K[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += 5000) out.push(...(await fn(keys.slice(i, i + 5000))));
  return out;
}

/** What Regiotafel already knows, for validatePortfolio. */
export async function unsafeLoadImportReference(db: Db, wirNumbers?: readonly string[]): Promise<ImportReference> {
  const [regions, hoofdrubrieken, themes, periods, organisations, users, indicators, uses] = await Promise.all([
    db.region.findMany({ select: { code: true, name: true }, orderBy: { reportOrder: "asc" } }),
    db.hoofdrubriek.findMany({ select: { code: true, label: true }, orderBy: { reportOrder: "asc" } }),
    db.kwaliteitskaderTheme.findMany({ select: { code: true, label: true }, orderBy: { reportOrder: "asc" } }),
    db.reportingPeriod.findMany({ select: { code: true, label: true, state: true }, orderBy: { code: "asc" } }),
    db.organisation.findMany({ select: { name: true } }),
    db.user.findMany({ where: { active: true }, select: { email: true } }),
    db.indicator.findMany({ select: { code: true, unit: true, active: true, ownerProject: { select: { wirNumber: true } } } }),
    db.projectIndicator.findMany({ select: { project: { select: { wirNumber: true } }, indicator: { select: { code: true } } } }),
  ]);
  const existing = wirNumbers
    ? await findChunked(wirNumbers, (chunk) => db.project.findMany({ where: { wirNumber: { in: chunk } }, select: { wirNumber: true } }))
    : await db.project.findMany({ select: { wirNumber: true } });
  return {
    regions,
    hoofdrubrieken,
    themes,
    periods,
    organisationNames: organisations.map((o) => o.name),
    userEmails: users.map((u) => u.email),
    wirNumbers: new Set(existing.map((p) => p.wirNumber)),
    indicators: indicators.map((i) => ({ code: i.code, unit: i.unit as IndicatorUnit, active: i.active, ownerWirNumber: i.ownerProject?.wirNumber ?? null })),
    projectIndicators: new Set(uses.map((u) => `${u.project.wirNumber}|${u.indicator.code}`)),
  };
}

type AuditRow = { actorUserId: string | null; action: "IMPORT"; entity: string; entityId: string; before?: object; after: object };

type Plan = {
  issues: ImportIssue[];
  summary: ImportSummary;
  run(tx: Db, actorUserId: string | null): Promise<void>;
};

async function plan(db: Db, portfolio: ImportPortfolio, options: ApplyOptions): Promise<Plan> {
  const issues: ImportIssue[] = [];
  const summary: ImportSummary = { organisations: newCounts(), projects: newCounts(), records: newCounts(), scores: newCounts(), indicators: newCounts(), measurements: newCounts(), traject: newCounts() };

  const [regions, rubrieken, themes, periods, orgs] = await Promise.all([
    db.region.findMany({ select: { id: true, code: true } }),
    db.hoofdrubriek.findMany({ select: { id: true, code: true } }),
    db.kwaliteitskaderTheme.findMany({ select: { id: true, code: true } }),
    // FOR SHARE (inside the import's transaction): WIR cannot close a period while an import that
    // checked it as open is still writing to it; the close waits for the import to finish.
    db.$queryRaw<{ id: string; code: string; label: string; state: "PLANNED" | "OPEN" | "CLOSED" }[]>`
      SELECT id, code, label, state::text AS state FROM "ReportingPeriod" FOR SHARE`,
    db.organisation.findMany({ select: { id: true, name: true, type: true, city: true, version: true } }),
  ]);
  const regionId = new Map(regions.map((r) => [r.code, r.id]));
  const regionCode = new Map(regions.map((r) => [r.id, r.code]));
  const rubriekId = new Map(rubrieken.map((r) => [r.code, r.id]));
  const rubriekCode = new Map(rubrieken.map((r) => [r.id, r.code]));
  const themeId = new Map(themes.map((t) => [t.code, t.id]));
  const themeCode = new Map(themes.map((t) => [t.id, t.code]));
  const periodBy = new Map(periods.map((p) => [p.code, p]));
  const periodCodeById = new Map(periods.map((p) => [p.id, p.code]));

  // --- organisations -------------------------------------------------------------------------
  const orgByKey = new Map(orgs.map((o) => [matchKey(o.name), o]));
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const orgCreates: { id: string; name: string; type: (typeof portfolio.organisations)[number]["type"]; city: string | null }[] = [];
  const orgUpdates: { id: string; version: number; before: object; data: { type: string; city: string | null } }[] = [];
  const orgIdByKey = new Map<string, string>(orgs.map((o) => [matchKey(o.name), o.id]));
  for (const o of portfolio.organisations) {
    const existing = orgByKey.get(matchKey(o.name));
    if (!existing) {
      const newId = id();
      orgCreates.push({ id: newId, name: o.name, type: o.type, city: o.city });
      orgIdByKey.set(matchKey(o.name), newId);
      summary.organisations.created++;
    } else if (existing.type !== o.type || (existing.city ?? null) !== o.city) {
      orgUpdates.push({ id: existing.id, version: existing.version, before: { type: existing.type, city: existing.city }, data: { type: o.type, city: o.city } });
      summary.organisations.updated++;
    } else summary.organisations.unchanged++;
  }
  const orgIdOf = (name: string | null) => (name ? orgIdByKey.get(matchKey(name)) ?? null : null);

  // --- projects ------------------------------------------------------------------------------
  const fileWirs = portfolio.projects.map((p) => p.wirNumber);
  const recordWirs = [...new Set(portfolio.records.map((r) => r.wirNumber))];
  const allWirs = [...new Set([...fileWirs, ...recordWirs])];
  const existingProjects = await findChunked(allWirs, (chunk) =>
    db.project.findMany({
      where: { wirNumber: { in: chunk } },
      include: {
        partners: { select: { organisationId: true } },
        themes: { select: { themeId: true } },
        leaders: { select: { user: { select: { email: true } } } },
        contacts: { orderBy: { position: "asc" }, take: 1 },
      },
    }),
  );
  const projectByWir = new Map(existingProjects.map((p) => [p.wirNumber, p]));
  const leaderEmails = [...new Set(portfolio.projects.flatMap((p) => p.values.leaders))];
  const users = leaderEmails.length ? await db.user.findMany({ where: { email: { in: leaderEmails } }, select: { id: true, email: true } }) : [];
  const userId = new Map(users.map((u) => [u.email, u.id]));

  type ProjectCreate = { id: string; wirNumber: string; v: ProjectValues };
  type ProjectUpdate = { id: string; version: number; wirNumber: string; before: Partial<ProjectValues>; after: Partial<ProjectValues>; v: ProjectValues; changed: Set<ProjectField> };
  const projectCreates: ProjectCreate[] = [];
  const projectUpdates: ProjectUpdate[] = [];
  const projectIdByWir = new Map<string, string>(existingProjects.map((p) => [p.wirNumber, p.id]));

  const rights = options.rights ?? { assessments: true, regionScores: true, leaders: true, results: true };
  const refused = (sheet: string, row: number, column: string, value: string, reason: string) =>
    issues.push({ severity: "error", sheet, row, column, value, reason });
  const refuseLeaders = (row: number, leaders: readonly string[]) =>
    refused(portfolio.sheetNames?.projects ?? SHEETS.projects.name, row, SHEETS.projects.columns.leaders.header, leaders.join("; "),
      "Projectleiders toewijzen mag alleen wie gebruikers beheert (de beheerder). Laat de kolom weg of leeg, of laat de beheerder importeren.");

  for (const p of portfolio.projects) {
    const existing = projectByWir.get(p.wirNumber);
    if (!existing) {
      if (!rights.leaders && p.values.leaders.length > 0) refuseLeaders(p.row, p.values.leaders);
      const newId = id();
      projectCreates.push({ id: newId, wirNumber: p.wirNumber, v: p.values });
      projectIdByWir.set(p.wirNumber, newId);
      summary.projects.created++;
      continue;
    }
    const current: ProjectValues = {
      title: existing.title,
      regionCode: regionCode.get(existing.regionId)!,
      hoofdrubriekCode: rubriekCode.get(existing.hoofdrubriekId)!,
      themeCodes: existing.themes.map((t) => themeCode.get(t.themeId)!),
      leadOrganisation: existing.leadOrganisationId ? orgName.get(existing.leadOrganisationId) ?? null : null,
      partners: existing.partners.map((x) => orgName.get(x.organisationId)!),
      startDate: iso(existing.startDate),
      endDate: iso(existing.endDate),
      budgetEuros: existing.budgetEuros,
      goal: existing.goal,
      description: existing.description,
      results: existing.results,
      deliveredProducts: existing.deliveredProducts,
      lessonsLearned: existing.lessonsLearned,
      contactName: existing.contacts[0]?.name ?? "",
      contactEmail: existing.contacts[0]?.email ?? "",
      contactPhone: existing.contacts[0]?.phone ?? "",
      leaders: existing.leaders.map((l) => l.user.email),
      isPublic: existing.isPublic,
      isShowcase: existing.isShowcase,
      lifecycle: existing.lifecycle,
    };
    const setKey = (v: string[]) => [...v].map(matchKey).sort().join("|");
    const changed = new Set<ProjectField>();
    for (const f of p.present) {
      const a = current[f];
      const b = p.values[f];
      const same = Array.isArray(a) && Array.isArray(b) ? setKey(a) === setKey(b) : f === "leadOrganisation" ? matchKey(String(a ?? "")) === matchKey(String(b ?? "")) : a === b;
      if (!same) changed.add(f);
    }
    if (changed.size === 0) {
      summary.projects.unchanged++;
      continue;
    }
    if (!rights.leaders && changed.has("leaders")) refuseLeaders(p.row, p.values.leaders);
    const before: Partial<ProjectValues> = {};
    const after: Partial<ProjectValues> = {};
    for (const f of changed) {
      (before as Record<string, unknown>)[f] = current[f];
      (after as Record<string, unknown>)[f] = p.values[f];
    }
    projectUpdates.push({ id: existing.id, version: existing.version, wirNumber: p.wirNumber, before, after, v: p.values, changed });
    summary.projects.updated++;
  }

  // --- per-period records --------------------------------------------------------------------
  const closedIssue = (sheet: string, row: number, periodCode: string) => {
    const period = periodBy.get(periodCode)!;
    issues.push({
      severity: "error",
      sheet,
      row,
      column: SHEETS.records.columns.period.header,
      value: period.label,
      reason: `De periode ${period.label} is ${PERIOD_STATE.label(period.state).toLowerCase()}; deze regel zou er iets in wijzigen. Vink "Gesloten perioden bijwerken" aan als dat de bedoeling is.`,
    });
  };
  /**
   * Plans a per-period sheet (Periodegegevens, Regioscores) against the stored rows, keyed
   * `${ownerId}|${periodId}`: a create for a new row, an update of the sheet's columns that
   * differ, nothing when none differs. A row that would write is refused without `allowed`, and
   * reported when its period is closed (unless closed periods may be updated).
   */
  const planPeriodSheet = <R extends { row: number; periodCode: string; present: readonly string[]; values: Record<string, unknown> }>(
    sheet: "records" | "scores",
    rows: readonly R[],
    ownerOf: (r: R) => string,
    stored: ReadonlyMap<string, Record<string, unknown> & { id: string; version: number }>,
    counts: Counts,
    allowed: boolean,
    refusal: string,
  ) => {
    const name = portfolio.sheetNames?.[sheet] ?? SHEETS[sheet].name;
    const creates: { id: string; ownerId: string; periodId: string; v: R["values"] }[] = [];
    const updates: { id: string; version: number; before: Record<string, unknown>; after: Record<string, unknown> }[] = [];
    for (const r of rows) {
      const ownerId = ownerOf(r);
      const period = periodBy.get(r.periodCode)!;
      const existing = stored.get(`${ownerId}|${period.id}`);
      const writes = () => {
        if (!allowed) refused(name, r.row, SHEETS[sheet].columns.period.header, period.label, refusal);
        if (period.state === "CLOSED" && !options.allowClosedPeriods) closedIssue(name, r.row, r.periodCode);
      };
      if (!existing) {
        writes();
        creates.push({ id: id(), ownerId, periodId: period.id, v: r.values });
        counts.created++;
        continue;
      }
      const diff = changedFields(
        Object.fromEntries(r.present.map((f) => [f, existing[f]])),
        Object.fromEntries(r.present.map((f) => [f, r.values[f]])),
      );
      if (!diff) {
        counts.unchanged++;
        continue;
      }
      writes();
      updates.push({ id: existing.id, version: existing.version, before: diff.before, after: diff.after });
      counts.updated++;
    }
    return { creates, updates };
  };

  const existingProjectIds = existingProjects.map((p) => p.id);
  const assessments = await findChunked(existingProjectIds, (chunk) => db.projectAssessment.findMany({ where: { projectId: { in: chunk } } }));
  const assessmentBy = new Map(assessments.map((a) => [`${a.projectId}|${a.periodId}`, a]));
  const recordPlan = planPeriodSheet("records", portfolio.records, (r) => projectIdByWir.get(r.wirNumber)!, assessmentBy, summary.records, rights.assessments,
    "Beoordelingen vastleggen mag alleen WIR. Deze regel zou een beoordeling wijzigen; haal het blad Periodegegevens weg of laat WIR importeren.");
  const recordCreates = recordPlan.creates.map(({ ownerId, ...r }) => ({ ...r, projectId: ownerId }));
  const recordUpdates = recordPlan.updates;

  // --- region scores -------------------------------------------------------------------------
  const scores = portfolio.scores.length ? await db.regionScore.findMany() : [];
  const scoreBy = new Map(scores.map((s) => [`${s.regionId}|${s.periodId}`, s]));
  const scorePlan = planPeriodSheet("scores", portfolio.scores, (s) => regionId.get(s.regionCode)!, scoreBy, summary.scores, rights.regionScores,
    "Regioscores vastleggen mag alleen WIR. Deze regel zou een regioscore wijzigen; haal het blad Regioscores weg of laat WIR importeren.");
  const scoreCreates = scorePlan.creates.map(({ ownerId, ...s }) => ({ ...s, regionId: ownerId }));
  const scoreUpdates = scorePlan.updates;

  // --- results: indicators, measurements, traject (./results.ts) -------------------------------
  const results = await planResults(db, portfolio, { projectIdByWir, periodBy, allowClosedPeriods: !!options.allowClosedPeriods, allowed: rights.results, issues });
  Object.assign(summary, results.summary);

  async function run(tx: Db, actorUserId: string | null) {
    // Search documents are built once at the end for the projects this import touched, not once
    // per insert of the project, its partners and its themes (migration import_defers_search).
    await tx.$executeRawUnsafe(`SELECT set_config('regiotafel.defer_search', 'on', true)`);
    // Audit rows are written in batches as they come, so they never pile up in memory.
    const audit: AuditRow[] = [];
    let logged = 0;
    const flushAudit = () =>
      insertRows(
        tx,
        "AuditLog",
        [["actorUserId"], ["action", '"AuditAction"'], ["entity"], ["entityId"], ["before", "jsonb"], ["after", "jsonb"]],
        audit.splice(0),
        (a) => [a.actorUserId, a.action, a.entity, a.entityId, a.before === undefined ? null : JSON.stringify(a.before), JSON.stringify(a.after)],
      );
    const log = async (entity: string, entityId: string, before: object | undefined, after: object) => {
      audit.push({ actorUserId, action: "IMPORT", entity, entityId, before, after });
      logged++;
      if (audit.length >= 5000) await flushAudit();
    };

    // organisations
    await insertRows(tx, "Organisation", [["id"], ["name"], ["type", '"OrganisationType"'], ["city"]], orgCreates, (o) => [o.id, o.name, o.type, o.city], { updatedAt: true });
    for (const o of orgCreates) await log("Organisation", o.id, undefined, o);
    for (const o of orgUpdates) {
      const n = await tx.organisation.updateMany({ where: { id: o.id, version: o.version }, data: { ...o.data, type: o.data.type as never, version: { increment: 1 } } });
      if (n.count === 0) throw new ConflictError();
      await log("Organisation", o.id, o.before, o.data);
    }

    // projects
    const projectData = (v: ProjectValues) => ({
      title: v.title,
      regionId: regionId.get(v.regionCode)!,
      hoofdrubriekId: rubriekId.get(v.hoofdrubriekCode)!,
      goal: v.goal,
      description: v.description,
      results: v.results,
      deliveredProducts: v.deliveredProducts,
      lessonsLearned: v.lessonsLearned,
      leadOrganisationId: orgIdOf(v.leadOrganisation),
      startDate: dateOf(v.startDate),
      endDate: dateOf(v.endDate),
      budgetEuros: v.budgetEuros,
      isPublic: v.isPublic,
      isShowcase: v.isShowcase,
      lifecycle: v.lifecycle,
    });
    await insertRows(
      tx,
      "Project",
      [["id"], ["wirNumber"], ["title"], ["regionId"], ["hoofdrubriekId"], ["goal"], ["description"], ["results"], ["deliveredProducts"], ["lessonsLearned"], ["leadOrganisationId"], ["startDate", "date"], ["endDate", "date"], ["budgetEuros", "int"], ["isPublic", "boolean"], ["isShowcase", "boolean"], ["lifecycle", '"ProjectLifecycle"']],
      projectCreates,
      (p) => {
        const d = projectData(p.v);
        return [p.id, p.wirNumber, d.title, d.regionId, d.hoofdrubriekId, d.goal, d.description, d.results, d.deliveredProducts, d.lessonsLearned, d.leadOrganisationId, p.v.startDate, p.v.endDate, d.budgetEuros, d.isPublic, d.isShowcase, d.lifecycle];
      },
      { updatedAt: true },
    );
    const partnerRows = (projectId: string, v: ProjectValues) => v.partners.map((n) => ({ projectId, organisationId: orgIdOf(n)! }));
    const themeRows = (projectId: string, v: ProjectValues) => v.themeCodes.map((c) => ({ projectId, themeId: themeId.get(c)! }));
    const leaderRows = (projectId: string, v: ProjectValues) => v.leaders.filter((e) => userId.has(e)).map((e) => ({ projectId, userId: userId.get(e)! }));
    const contactRow = (projectId: string, v: ProjectValues) =>
      v.contactName || v.contactEmail || v.contactPhone ? [{ id: id(), projectId, name: v.contactName, email: v.contactEmail, phone: v.contactPhone, position: 0 }] : [];
    await insertRows(tx, "ProjectPartner", [["projectId"], ["organisationId"]], projectCreates.flatMap((p) => partnerRows(p.id, p.v).map((r) => [r.projectId, r.organisationId])), (row) => row);
    await insertRows(tx, "ProjectTheme", [["projectId"], ["themeId"]], projectCreates.flatMap((p) => themeRows(p.id, p.v).map((r) => [r.projectId, r.themeId])), (row) => row);
    await insertRows(tx, "ProjectLeader", [["projectId"], ["userId"]], projectCreates.flatMap((p) => leaderRows(p.id, p.v).map((r) => [r.projectId, r.userId])), (row) => row);
    await insertRows(
      tx,
      "ContactPerson",
      [["id"], ["projectId"], ["name"], ["email"], ["phone"], ["position", "int"]],
      projectCreates.flatMap((p) => contactRow(p.id, p.v)),
      (r) => [r.id, r.projectId, r.name, r.email, r.phone, r.position],
    );
    // a new project's audit entry also holds the period records created with it (one row, not three)
    // (grouped by reference; each entry's audit object is made only when it is logged)
    const newRecords = new Map<string, (typeof recordCreates)[number][]>();
    const newProjectIds = new Set(projectCreates.map((p) => p.id));
    for (const r of recordCreates) {
      if (!newProjectIds.has(r.projectId)) continue;
      const list = newRecords.get(r.projectId);
      if (list) list.push(r);
      else newRecords.set(r.projectId, [r]);
    }
    for (const p of projectCreates) {
      const periodRecords = (newRecords.get(p.id) ?? []).map((r) => ({ id: r.id, period: periodCodeById.get(r.periodId), ...r.v }));
      newRecords.delete(p.id);
      await log("Project", p.id, undefined, { wirNumber: p.wirNumber, ...p.v, periodRecords });
    }

    for (const p of projectUpdates) {
      const full = projectData(p.v);
      const data: Record<string, unknown> = {};
      const fieldMap: Partial<Record<ProjectField, keyof typeof full>> = {
        title: "title", regionCode: "regionId", hoofdrubriekCode: "hoofdrubriekId", goal: "goal", description: "description", results: "results",
        deliveredProducts: "deliveredProducts", lessonsLearned: "lessonsLearned", leadOrganisation: "leadOrganisationId", startDate: "startDate",
        endDate: "endDate", budgetEuros: "budgetEuros", isPublic: "isPublic", isShowcase: "isShowcase", lifecycle: "lifecycle",
      };
      for (const f of p.changed) {
        const column = fieldMap[f];
        if (column) data[column] = full[column];
      }
      const n = await tx.project.updateMany({ where: { id: p.id, version: p.version }, data: { ...data, version: { increment: 1 } } });
      if (n.count === 0) throw new ConflictError();
      if (p.changed.has("partners")) {
        await tx.projectPartner.deleteMany({ where: { projectId: p.id } });
        await tx.projectPartner.createMany({ data: partnerRows(p.id, p.v) });
      }
      if (p.changed.has("themeCodes")) {
        await tx.projectTheme.deleteMany({ where: { projectId: p.id } });
        await tx.projectTheme.createMany({ data: themeRows(p.id, p.v) });
      }
      if (p.changed.has("leaders")) {
        await tx.projectLeader.deleteMany({ where: { projectId: p.id } });
        await tx.projectLeader.createMany({ data: leaderRows(p.id, p.v) });
      }
      if (p.changed.has("contactName") || p.changed.has("contactEmail") || p.changed.has("contactPhone")) {
        const first = await tx.contactPerson.findFirst({ where: { projectId: p.id }, orderBy: { position: "asc" } });
        const row = contactRow(p.id, p.v)[0];
        if (first && row) await tx.contactPerson.update({ where: { id: first.id }, data: { name: row.name, email: row.email, phone: row.phone } });
        else if (first) await tx.contactPerson.delete({ where: { id: first.id } });
        else if (row) await tx.contactPerson.create({ data: row });
      }
      await log("Project", p.id, p.before, p.after);
    }

    // records
    await insertRows(
      tx,
      "ProjectAssessment",
      [["id"], ["projectId"], ["periodId"], ["status", '"ProjectStatus"'], ["impact", '"Impact"'], ["sharing", '"ResultSharing"'], ["scalability", '"Scalability"'], ["careOrgCount", "int"], ["note"]],
      recordCreates,
      (r) => [r.id, r.projectId, r.periodId, r.v.status, r.v.impact, r.v.sharing, r.v.scalability, r.v.careOrgCount, r.v.note],
      { updatedAt: true },
    );
    for (const r of recordCreates) if (!newProjectIds.has(r.projectId)) await log("ProjectAssessment", r.id, undefined, { projectId: r.projectId, periodId: r.periodId, ...r.v });
    for (const r of recordUpdates) {
      const n = await tx.projectAssessment.updateMany({ where: { id: r.id, version: r.version }, data: { ...(r.after as object), version: { increment: 1 } } });
      if (n.count === 0) throw new ConflictError();
      await log("ProjectAssessment", r.id, r.before, r.after);
    }

    // scores
    await insertRows(
      tx,
      "RegionScore",
      [["id"], ["regionId"], ["periodId"], ["agreements", "int"], ["dynamics", "int"], ["vision", "int"], ["note"]],
      scoreCreates,
      (s) => [s.id, s.regionId, s.periodId, s.v.agreements, s.v.dynamics, s.v.vision, s.v.note],
      { updatedAt: true },
    );
    for (const s of scoreCreates) await log("RegionScore", s.id, undefined, { regionId: s.regionId, periodId: s.periodId, ...s.v });
    for (const s of scoreUpdates) {
      const n = await tx.regionScore.updateMany({ where: { id: s.id, version: s.version }, data: { ...(s.after as object), version: { increment: 1 } } });
      if (n.count === 0) throw new ConflictError();
      await log("RegionScore", s.id, s.before, s.after);
    }

    await results.run(tx, actorUserId, log, insertRows);

    // Still deferred: the search documents and the projects' copy of their themes (migration
    // report_theme_key) are rebuilt without refreshing catalogue cards one statement at a time;
    // then every card is rebuilt once (migration catalogue_cards), which also covers judgements
    // imported into the latest closed period.
    const searchStarted = performance.now();
    const touched = [...projectCreates.map((p) => p.id), ...projectUpdates.map((p) => p.id)];
    for (let i = 0; i < touched.length; i += 5000) {
      await tx.$executeRawUnsafe(`UPDATE "Project" SET "searchVector" = NULL, "themeKey" = project_theme_key("id") WHERE "id" = ANY($1::text[])`, touched.slice(i, i + 5000));
    }
    await tx.$executeRawUnsafe(`SELECT set_config('regiotafel.defer_search', 'off', true)`);
    const refreshStarted = performance.now();
    await tx.$executeRawUnsafe(`SELECT catalogue_refresh_all()`);
    if (process.env.IMPORT_PROFILE) {
      const s = (from: number, to: number) => ((to - from) / 1000).toFixed(2);
      console.log("search documents", touched.length, s(searchStarted, refreshStarted), "catalogue refresh", s(refreshStarted, performance.now()), memoryLine());
    }

    if (logged) await log("Import", id(), undefined, { file: options.fileName ?? null, summary });
    await flushAudit();
  }

  return { issues, summary, run };
}

/**
 * Plans and (unless dryRun or a closed period blocks it) applies a validated portfolio in one
 * transaction. Skips actor checks: callers are importPortfolio (permission checked), the demo
 * seed and the command line.
 */
export async function unsafeApplyImport(
  db: PrismaClient,
  actorUserId: string | null,
  portfolio: ImportPortfolio,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  if (options.dryRun) {
    const p = await plan(db, portfolio, options);
    return { issues: p.issues, summary: p.summary, applied: false };
  }
  return db.$transaction(
    async (tx) => {
      const p = await plan(tx, portfolio, options);
      if (process.env.IMPORT_PROFILE) console.log("memory after planning", memoryLine());
      if (p.issues.some((i) => i.severity === "error")) return { issues: p.issues, summary: p.summary, applied: false };
      await p.run(tx, actorUserId);
      if (process.env.IMPORT_PROFILE) console.log("memory after writing", memoryLine());
      return { issues: p.issues, summary: p.summary, applied: true };
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );
}

/** For IMPORT_PROFILE: resident memory and the JavaScript heap in MB, and the CPU time of the process so far. */
export function memoryLine(): string {
  const m = process.memoryUsage();
  const cpu = process.cpuUsage();
  return `rss ${Math.round(m.rss / 2 ** 20)} MB, heap ${Math.round(m.heapUsed / 2 ** 20)} MB, buffers ${Math.round(m.arrayBuffers / 2 ** 20)} MB, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`;
}
