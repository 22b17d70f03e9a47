import "server-only";
import crypto from "node:crypto";
import type { Db } from "../db";
import { ConflictError } from "../core/errors";
import { changedFields } from "../core/audit";
import { SHEETS } from "../../domain/import/format";
import { PERIOD_STATE } from "../../domain/enums";
import { TRAJECT_STAGE } from "../../domain/results/enums";
import type { ImportIssue, ImportPortfolio, IndicatorValues, TrajectValues } from "../../domain/import/validate";

/**
 * Plans and writes the results sheets of an import (issue 14): a project's indicators with
 * baseline and target (and its own indicators), measurements per period, and traject stages.
 * Same rules as the rest of the import (./apply.ts): unchanged rows are not written, closed periods
 * are guarded, a period that has not been opened takes no measurements, every created or changed
 * row gets an audit entry, all in the import's one transaction.
 */

export type Counts = { created: number; updated: number; unchanged: number };
export type ResultsSummary = { indicators: Counts; measurements: Counts; traject: Counts };
type Period = { id: string; code: string; label: string; state: "PLANNED" | "OPEN" | "CLOSED" };
type Log = (entity: string, entityId: string, before: object | undefined, after: object) => Promise<void>;
export type InsertRows = <T>(tx: Db, table: string, columns: readonly (readonly [string, string?])[], items: readonly T[], toRow: (item: T) => readonly unknown[], options?: { updatedAt?: boolean }) => Promise<void>;

const newCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const dateOf = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);
const id = () => crypto.randomUUID();

export async function planResults(
  db: Db,
  portfolio: ImportPortfolio,
  context: {
    projectIdByWir: Map<string, string>;
    periodBy: Map<string, Period>;
    allowClosedPeriods: boolean;
    /** may the importer write results (the right of the results screens: project:edit) */
    allowed: boolean;
    issues: ImportIssue[];
  },
): Promise<{ summary: ResultsSummary; run(tx: Db, actorUserId: string | null, log: Log, insertRows: InsertRows): Promise<void> }> {
  const summary: ResultsSummary = { indicators: newCounts(), measurements: newCounts(), traject: newCounts() };
  const { projectIdByWir, periodBy, issues } = context;
  const sheetName = (k: "indicators" | "measurements" | "traject") => portfolio.sheetNames?.[k] ?? SHEETS[k].name;
  const refuse = (k: "indicators" | "measurements" | "traject", row: number) => {
    if (context.allowed) return;
    issues.push({
      severity: "error",
      sheet: sheetName(k),
      row,
      column: null,
      value: "",
      reason: "Resultaten (indicatoren, metingen, traject) vastleggen mag alleen wie projecten bewerkt (WIR). Haal het blad weg of laat WIR importeren.",
    });
  };

  if (portfolio.indicators.length + portfolio.measurements.length + portfolio.traject.length === 0) {
    return { summary, run: async () => {} };
  }

  // projects named only on the results sheets
  const missing = [...new Set([...portfolio.indicators, ...portfolio.measurements, ...portfolio.traject].map((r) => r.wirNumber))].filter((w) => !projectIdByWir.has(w));
  for (let i = 0; i < missing.length; i += 5000) {
    const found = await db.project.findMany({ where: { wirNumber: { in: missing.slice(i, i + 5000) } }, select: { id: true, wirNumber: true } });
    for (const p of found) projectIdByWir.set(p.wirNumber, p.id);
  }
  const projectIds = [...new Set([...portfolio.indicators, ...portfolio.measurements, ...portfolio.traject].map((r) => projectIdByWir.get(r.wirNumber)!))];

  const indicators = await db.indicator.findMany({ select: { id: true, code: true, name: true, definition: true, direction: true, ownerProjectId: true, version: true } });
  const indicatorByCode = new Map(indicators.map((i) => [i.code, i]));
  const uses: { id: string; projectId: string; indicatorId: string; version: number; baselineValue: number | null; baselineDate: Date | null; baselineMethod: string; targetValue: number | null; targetDate: Date | null; measurements: { id: string; periodId: string; value: number; note: string; version: number }[] }[] = [];
  const steps: { id: string; projectId: string; stage: string; date: Date; note: string; fundingDecision: string | null; fundingAmountEuros: number | null; version: number }[] = [];
  for (let i = 0; i < projectIds.length; i += 5000) {
    const chunk = projectIds.slice(i, i + 5000);
    uses.push(
      ...(await db.projectIndicator.findMany({
        where: { projectId: { in: chunk } },
        select: {
          id: true, projectId: true, indicatorId: true, version: true, baselineValue: true, baselineDate: true, baselineMethod: true, targetValue: true, targetDate: true,
          measurements: { select: { id: true, periodId: true, value: true, note: true, version: true } },
        },
      })),
    );
    steps.push(...(await db.trajectStep.findMany({ where: { projectId: { in: chunk } }, select: { id: true, projectId: true, stage: true, date: true, note: true, fundingDecision: true, fundingAmountEuros: true, version: true } })));
  }
  const useBy = new Map(uses.map((u) => [`${u.projectId}|${u.indicatorId}`, u]));
  const stepBy = new Map(steps.map((s) => [`${s.projectId}|${s.stage}`, s]));

  // --- indicators with baseline and target -----------------------------------------------------
  const indicatorCreates: { id: string; code: string; name: string; definition: string; unit: string; direction: string; ownerProjectId: string }[] = [];
  const indicatorUpdates: { id: string; version: number; before: object; after: Record<string, string> }[] = [];
  const useCreates: { id: string; projectId: string; indicatorId: string; v: IndicatorValues }[] = [];
  const useUpdates: { id: string; version: number; before: object; after: Record<string, unknown> }[] = [];
  const useIdBy = new Map<string, string>(uses.map((u) => [`${u.projectId}|${u.indicatorId}`, u.id]));
  const indicatorIdByCode = new Map(indicators.map((i) => [i.code, i.id]));
  for (const r of portfolio.indicators) {
    const projectId = projectIdByWir.get(r.wirNumber)!;
    let indicator = indicatorByCode.get(r.code);
    if (!indicator) {
      const created = { id: id(), code: r.code, name: r.own!.name!, definition: r.own!.definition ?? "", unit: r.own!.unit!, direction: r.own!.direction!, ownerProjectId: projectId };
      indicatorCreates.push(created);
      indicatorIdByCode.set(r.code, created.id);
      indicator = { id: created.id, code: r.code, name: created.name, definition: created.definition, direction: created.direction as never, ownerProjectId: projectId, version: 1 };
      refuse("indicators", r.row);
    } else if (indicator.ownerProjectId && r.own) {
      const after: Record<string, string> = {};
      if (r.own.name && r.own.name !== indicator.name) after.name = r.own.name;
      if (r.own.definition !== null && r.own.definition !== indicator.definition) after.definition = r.own.definition;
      if (r.own.direction && r.own.direction !== indicator.direction) after.direction = r.own.direction;
      if (Object.keys(after).length) {
        refuse("indicators", r.row);
        indicatorUpdates.push({ id: indicator.id, version: indicator.version, before: Object.fromEntries(Object.keys(after).map((k) => [k, indicator![k as "name"]])), after });
      }
    }
    const key = `${projectId}|${indicator.id}`;
    const existing = useBy.get(key);
    if (!existing) {
      const newId = id();
      useCreates.push({ id: newId, projectId, indicatorId: indicator.id, v: r.values });
      useIdBy.set(key, newId);
      summary.indicators.created++;
      refuse("indicators", r.row);
      continue;
    }
    const current: IndicatorValues = { baselineValue: existing.baselineValue, baselineDate: iso(existing.baselineDate), baselineMethod: existing.baselineMethod, targetValue: existing.targetValue, targetDate: iso(existing.targetDate) };
    const diff = changedFields(Object.fromEntries(r.present.map((f) => [f, current[f]])), Object.fromEntries(r.present.map((f) => [f, r.values[f]])));
    if (!diff) {
      if (!indicatorUpdates.some((u) => u.id === indicator!.id)) summary.indicators.unchanged++;
      else summary.indicators.updated++;
      continue;
    }
    refuse("indicators", r.row);
    useUpdates.push({ id: existing.id, version: existing.version, before: { indicator: r.code, ...diff.before }, after: { indicator: r.code, ...diff.after } });
    summary.indicators.updated++;
  }

  // --- measurements per period -----------------------------------------------------------------
  const periodIssue = (row: number, period: Period, reason: string) =>
    issues.push({ severity: "error", sheet: sheetName("measurements"), row, column: SHEETS.measurements.columns.period.header, value: period.label, reason });
  const measurementCreates: { id: string; projectIndicatorId: string; periodId: string; value: number; note: string }[] = [];
  const measurementUpdates: { id: string; version: number; before: object; after: Record<string, unknown> }[] = [];
  const measurementBy = new Map(uses.flatMap((u) => u.measurements.map((m) => [`${u.id}|${m.periodId}`, m] as const)));
  for (const r of portfolio.measurements) {
    const projectId = projectIdByWir.get(r.wirNumber)!;
    const piId = useIdBy.get(`${projectId}|${indicatorIdByCode.get(r.code)}`);
    const period = periodBy.get(r.periodCode)!;
    if (!piId) {
      issues.push({ severity: "error", sheet: sheetName("measurements"), row: r.row, column: SHEETS.measurements.columns.indicator.header, value: r.code, reason: "Dit project meet deze indicator niet." });
      continue;
    }
    const existing = measurementBy.get(`${piId}|${period.id}`);
    const note = r.notePresent ? r.note : (existing?.note ?? "");
    if (existing && existing.value === r.value && existing.note === note) {
      summary.measurements.unchanged++;
      continue;
    }
    if (period.state === "PLANNED") periodIssue(r.row, period, `De periode ${period.label} is nog niet geopend; er kunnen nog geen metingen voor worden vastgelegd.`);
    if (period.state === "CLOSED" && !context.allowClosedPeriods) {
      periodIssue(r.row, period, `De periode ${period.label} is ${PERIOD_STATE.label(period.state).toLowerCase()}; deze regel zou er iets in wijzigen. Vink "Gesloten perioden bijwerken" aan als dat de bedoeling is.`);
    }
    refuse("measurements", r.row);
    if (!existing) {
      measurementCreates.push({ id: id(), projectIndicatorId: piId, periodId: period.id, value: r.value, note });
      summary.measurements.created++;
    } else {
      measurementUpdates.push({ id: existing.id, version: existing.version, before: { indicator: r.code, period: period.label, value: existing.value, note: existing.note }, after: { indicator: r.code, period: period.label, value: r.value, note } });
      summary.measurements.updated++;
    }
  }

  // --- traject stages ------------------------------------------------------------------------------
  const stepCreates: { id: string; projectId: string; stage: string; v: TrajectValues }[] = [];
  const stepUpdates: { id: string; version: number; before: object; after: Record<string, unknown> }[] = [];
  for (const r of portfolio.traject) {
    const projectId = projectIdByWir.get(r.wirNumber)!;
    const existing = stepBy.get(`${projectId}|${r.stage}`);
    if (!existing) {
      stepCreates.push({ id: id(), projectId, stage: r.stage, v: r.values });
      summary.traject.created++;
      refuse("traject", r.row);
      continue;
    }
    const current: TrajectValues = { date: iso(existing.date)!, note: existing.note, fundingDecision: existing.fundingDecision as TrajectValues["fundingDecision"], fundingAmountEuros: existing.fundingAmountEuros };
    const diff = changedFields(Object.fromEntries(r.present.map((f) => [f, current[f]])), Object.fromEntries(r.present.map((f) => [f, r.values[f]])));
    if (!diff) {
      summary.traject.unchanged++;
      continue;
    }
    refuse("traject", r.row);
    const stage = TRAJECT_STAGE.label(r.stage);
    stepUpdates.push({ id: existing.id, version: existing.version, before: { stage, ...diff.before }, after: { stage, ...diff.after } });
    summary.traject.updated++;
  }

  async function run(tx: Db, actorUserId: string | null, log: Log, insertRows: InsertRows) {
    await insertRows(
      tx,
      "Indicator",
      [["id"], ["code"], ["name"], ["definition"], ["unit", '"IndicatorUnit"'], ["direction", '"IndicatorDirection"'], ["ownerProjectId"]],
      indicatorCreates, (i) => [i.id, i.code, i.name, i.definition, i.unit, i.direction, i.ownerProjectId],
      { updatedAt: true },
    );
    for (const i of indicatorCreates) await log("Indicator", i.id, undefined, { code: i.code, name: i.name, unit: i.unit, direction: i.direction, projectId: i.ownerProjectId });
    for (const u of indicatorUpdates) {
      const n = await tx.indicator.updateMany({ where: { id: u.id, version: u.version }, data: { ...u.after, version: { increment: 1 } } as never });
      if (n.count === 0) throw new ConflictError();
      await log("Indicator", u.id, u.before, u.after);
    }
    await insertRows(
      tx,
      "ProjectIndicator",
      [["id"], ["projectId"], ["indicatorId"], ["baselineValue", "float8"], ["baselineDate", "date"], ["baselineMethod"], ["targetValue", "float8"], ["targetDate", "date"]],
      useCreates, (u) => [u.id, u.projectId, u.indicatorId, u.v.baselineValue, u.v.baselineDate, u.v.baselineMethod, u.v.targetValue, u.v.targetDate],
      { updatedAt: true },
    );
    for (const u of useCreates) await log("ProjectIndicator", u.id, undefined, { projectId: u.projectId, indicatorId: u.indicatorId, ...u.v });
    for (const u of useUpdates) {
      const data = { ...u.after } as Record<string, unknown>;
      delete data.indicator;
      for (const k of ["baselineDate", "targetDate"]) if (k in data) data[k] = dateOf(data[k] as string | null);
      const n = await tx.projectIndicator.updateMany({ where: { id: u.id, version: u.version }, data: { ...data, version: { increment: 1 } } });
      if (n.count === 0) throw new ConflictError();
      await log("ProjectIndicator", u.id, u.before, u.after);
    }
    await insertRows(
      tx,
      "IndicatorMeasurement",
      [["id"], ["projectIndicatorId"], ["periodId"], ["value", "float8"], ["note"]],
      measurementCreates, (m) => [m.id, m.projectIndicatorId, m.periodId, m.value, m.note],
      { updatedAt: true },
    );
    for (const m of measurementCreates) await log("IndicatorMeasurement", m.id, undefined, { projectIndicatorId: m.projectIndicatorId, periodId: m.periodId, value: m.value, note: m.note });
    for (const m of measurementUpdates) {
      const n = await tx.indicatorMeasurement.updateMany({ where: { id: m.id, version: m.version }, data: { value: m.after.value as number, note: m.after.note as string, version: { increment: 1 } } });
      if (n.count === 0) throw new ConflictError();
      await log("IndicatorMeasurement", m.id, m.before, m.after);
    }
    await insertRows(
      tx,
      "TrajectStep",
      [["id"], ["projectId"], ["stage", '"TrajectStage"'], ["date", "date"], ["note"], ["fundingDecision", '"FundingDecision"'], ["fundingAmountEuros", "int"], ["recordedById"]],
      stepCreates, (s) => [s.id, s.projectId, s.stage, s.v.date, s.v.note, s.v.fundingDecision, s.v.fundingAmountEuros, actorUserId],
      { updatedAt: true },
    );
    for (const s of stepCreates) await log("TrajectStep", s.id, undefined, { projectId: s.projectId, stage: TRAJECT_STAGE.label(s.stage as never), ...s.v });
    for (const s of stepUpdates) {
      const data = { ...s.after } as Record<string, unknown>;
      delete data.stage;
      if ("date" in data) data.date = dateOf(data.date as string);
      const n = await tx.trajectStep.updateMany({ where: { id: s.id, version: s.version }, data: { ...data, recordedById: actorUserId, version: { increment: 1 } } as never });
      if (n.count === 0) throw new ConflictError();
      await log("TrajectStep", s.id, s.before, s.after);
    }
  }

  return { summary, run };
}
