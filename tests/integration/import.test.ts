import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { importPortfolio } from "@/lib/server/import";
import { emptyTables, toCsv, toXlsx, type PortfolioTables } from "@/lib/domain/import/write";
import { SHEETS, SHEET_ORDER } from "@/lib/domain/import/format";
import { ForbiddenError } from "@/lib/server/core/errors";
import type { FileInput } from "@/lib/domain/import/read";
import type { SummaryCounts } from "@/lib/domain/import/report-text";
import type { Actor } from "@/lib/domain/actor";
import type { DbHandle } from "@/lib/server/db/connection";

/**
 * The importer against a real database: permissions, create / idempotent re-import / update in
 * place with audit, closed periods, all-or-nothing, and the bad-input suite (each bad file gets
 * a clear report and writes nothing).
 */

/** The base portfolio with changed titles and partners, open-period status and score. (Project leaders are the beheerder's: see import-permissions.test.ts.) */
function changedTables(): PortfolioTables {
  const tables = baseTables();
  tables.projects[0].title = "Leerafdeling Testhaven en omstreken";
  tables.projects[0].partners = "ROC Testland; Zorggroep Testhaven";
  tables.projects[1].title = "Beeldzorg Testhaven (vervolg)";
  tables.records[1].status = "Lopend";
  tables.scores[0].dynamics = 4;
  return tables;
}

function baseTables(): PortfolioTables {
  const t = emptyTables();
  t.organisations.push({ name: "Zorggroep Testhaven", type: "Zorgaanbieder", city: "Goes" }, { name: "ROC Testland", type: "Onderwijs", city: null });
  t.projects.push(
    { wirNumber: "IMP-0001", title: "Leerafdeling Testhaven", region: "Zeeland", hoofdrubriek: "Anders opleiden / samenwerking met onderwijs", themes: "Personeelssamenstelling", leadOrganisation: "Zorggroep Testhaven", partners: "ROC Testland", startDate: "2019-09-01", endDate: "2021-12-31", budgetEuros: 45000, goal: "Meer leerlingen.", contactName: "Anna Test", contactEmail: "anna@test.example", isPublic: "Ja", isShowcase: "Nee", lifecycle: "Actief" },
    { wirNumber: "IMP-0002", title: "Beeldzorg Testhaven", region: "Utrecht", hoofdrubriek: "Technologie", leadOrganisation: "Zorggroep Testhaven", startDate: "2020-02-01", isPublic: "Nee", isShowcase: "Nee", lifecycle: "Actief" },
  );
  t.records.push(
    { wirNumber: "IMP-0001", period: "oktober 2020", status: "Lopend", impact: "Op gemiddelde schaal met veel betekenis", sharing: "Ja, vanwege meerdere redenen", scalability: "Ja, landelijk opschaalbaar", careOrgCount: 5 },
    { wirNumber: "IMP-0002", period: "maart 2021", status: "Nog niet gestart", impact: "Nog onbekend", sharing: "Nog onbekend", scalability: "Nee, is nog niet zinvol", careOrgCount: null },
  );
  t.scores.push({ region: "Zeeland", period: "maart 2021", agreements: 4, dynamics: 3, vision: 5 });
  return t;
}

/** How many rows of each kind baseTables() holds (no results sheets). */
const BASE_ROWS: Record<keyof SummaryCounts, number> = { organisations: 2, projects: 2, records: 2, scores: 1, indicators: 0, measurements: 0, traject: 0 };

/** The whole import summary of the base portfolio when every row of it is `created`, or every row `unchanged`. */
function baseSummary(outcome: "created" | "unchanged"): SummaryCounts {
  const entries = Object.entries(BASE_ROWS).map(([kind, rows]) => [kind, { created: 0, updated: 0, unchanged: 0, [outcome]: rows }]);
  return Object.fromEntries(entries) as SummaryCounts;
}

async function xlsx(tables: PortfolioTables, name = "portfolio.xlsx"): Promise<FileInput> {
  return { name, bytes: await toXlsx(tables) };
}

/**
 * The tables as a workbook built here with exceljs rather than by toXlsx, for files the app would
 * never write; `beforeRow` runs before each data row is added to its sheet.
 */
function handWorkbook(tables: PortfolioTables, beforeRow?: (ws: ExcelJS.Worksheet, sheet: (typeof SHEET_ORDER)[number], index: number) => void): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const k of SHEET_ORDER) {
    const ws = wb.addWorksheet(SHEETS[k].name);
    ws.addRow(Object.values(SHEETS[k].columns).map((c) => c.header));
    tables[k].forEach((row, i) => {
      beforeRow?.(ws, k, i);
      ws.addRow(Object.keys(SHEETS[k].columns).map((f) => row[f] ?? null));
    });
  }
  return wb;
}

async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function counts(db: DbHandle) {
  const p = db.prisma;
  const [projects, assessments, scores, orgs, audit, partners, contacts] = await Promise.all([
    p.project.count(), p.projectAssessment.count(), p.regionScore.count(), p.organisation.count(), p.auditLog.count(), p.projectPartner.count(), p.contactPerson.count(),
  ]);
  return { projects, assessments, scores, orgs, audit, partners, contacts };
}

// The import scenarios each get a fresh database (what a file does depends on what is already
// there); the bad-input cases write nothing and share one.
const GROUPS = ["scenarios", "bad input"] as const;

for (const backend of testBackends()) {
  for (const group of GROUPS) describe(`import (${group}) on ${backend.name}`, () => {
    const t = useTestDb(backend, { each: group === "scenarios" });
    const actors = {} as Record<"wir" | "beheer" | "inkoper" | "leader", Actor>;

    (group === "scenarios" ? beforeEach : beforeAll)(async () => {
      actors.wir = await makeActor(t.db, [{ role: "WIR" }]);
      actors.beheer = await makeActor(t.db, [{ role: "BEHEERDER" }]);
      actors.inkoper = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
      actors.leader = await makeActor(t.db, [{ role: "PROJECTLEIDER" }], { email: "leider@import.test" });
      // an open period besides the closed ones of the reference data
      await t.db.prisma.reportingPeriod.create({ data: { code: "2021-03", label: "maart 2021", shortLabel: "mrt-21", peildatum: new Date("2021-03-01"), state: "OPEN" } });
    });

    /** The state after the first import of the base portfolio (closed periods allowed). */
    async function importBase() {
      expect(await importPortfolio(ctxOf(t.db, actors.wir), [await xlsx(baseTables())], { allowClosedPeriods: true })).toMatchObject({ ok: true, applied: true });
    }

    if (group === "scenarios") {
      it("only WIR and beheerder may import", async () => {
        const file = await xlsx(baseTables());
        await expect(importPortfolio(ctxOf(t.db, actors.leader), [file])).rejects.toBeInstanceOf(ForbiddenError);
        await expect(importPortfolio(ctxOf(t.db, actors.inkoper), [file])).rejects.toBeInstanceOf(ForbiddenError);
      });

      it("only who manages periods (WIR) may let an import change closed periods; a beheerder may not", async () => {
        const before = await counts(t.db);
        await expect(importPortfolio(ctxOf(t.db, actors.beheer), [await xlsx(baseTables())], { allowClosedPeriods: true })).rejects.toBeInstanceOf(ForbiddenError);
        expect(await counts(t.db)).toEqual(before);
      });

      it("refuses changes to a closed period unless explicitly allowed, and then writes nothing", async () => {
        const before = await counts(t.db);
        const report = await importPortfolio(ctxOf(t.db, actors.wir), [await xlsx(baseTables())]);
        expect(report.ok).toBe(false);
        expect(report.applied).toBe(false);
        expect(report.issues).toEqual([
          expect.objectContaining({ severity: "error", sheet: "Periodegegevens", row: 2, column: "Periode", value: "oktober 2020", reason: expect.stringContaining("De periode oktober 2020 is gesloten") }),
        ]);
        expect(await counts(t.db)).toEqual(before);
      });

      it("a dry run reports what would change and writes nothing", async () => {
        const before = await counts(t.db);
        const report = await importPortfolio(ctxOf(t.db, actors.wir), [await xlsx(baseTables())], { dryRun: true, allowClosedPeriods: true });
        expect(report).toMatchObject({ ok: true, applied: false, dryRun: true });
        expect(report.summary).toEqual(baseSummary("created"));
        expect(await counts(t.db)).toEqual(before);
      });

      it("imports a portfolio, with every record audited", async () => {
        const before = await counts(t.db);
        const report = await importPortfolio(ctxOf(t.db, actors.wir), [await xlsx(baseTables())], { allowClosedPeriods: true });
        expect(report).toMatchObject({ ok: true, applied: true });
        const after = await counts(t.db);
        expect(after.projects - before.projects).toBe(2);
        expect(after.assessments - before.assessments).toBe(2);
        expect(after.scores - before.scores).toBe(1);
        expect(after.orgs - before.orgs).toBe(2);
        // 2 orgs + 2 projects (each holding the period records created with it) + 1 score + 1 summary
        expect(after.audit - before.audit).toBe(6);
        const p = await t.db.prisma.project.findUniqueOrThrow({
          where: { wirNumber: "IMP-0001" },
          include: { region: true, hoofdrubriek: true, leadOrganisation: true, partners: { include: { organisation: true } }, themes: { include: { theme: true } }, contacts: true, assessments: true },
        });
        expect(p).toMatchObject({ title: "Leerafdeling Testhaven", budgetEuros: 45000, isPublic: true, goal: "Meer leerlingen.", region: { code: "zeeland" }, hoofdrubriek: { code: "ANDERS_OPLEIDEN" }, leadOrganisation: { name: "Zorggroep Testhaven" } });
        expect(p.startDate?.toISOString().slice(0, 10)).toBe("2019-09-01");
        expect(p.partners.map((x) => x.organisation.name)).toEqual(["ROC Testland"]);
        expect(p.themes.map((x) => x.theme.code)).toEqual(["PERSONEELSSAMENSTELLING"]);
        expect(p.contacts.map((c) => [c.name, c.email])).toEqual([["Anna Test", "anna@test.example"]]);
        expect(p.assessments[0]).toMatchObject({ status: "RUNNING", impact: "MEDIUM_MUCH", sharing: "YES", scalability: "NATIONAL", careOrgCount: 5 });
        const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { entity: "Project", entityId: p.id } });
        expect(audit).toMatchObject({ action: "IMPORT", actorUserId: actors.wir.userId, before: null });
        expect(audit.after).toMatchObject({ wirNumber: "IMP-0001", title: "Leerafdeling Testhaven", periodRecords: [{ period: "2020-10", status: "RUNNING", careOrgCount: 5 }] });
      });

      it("importing the same file again changes nothing", async () => {
        await importBase();
        const before = await counts(t.db);
        const versions = await t.db.prisma.project.findMany({ select: { id: true, version: true, updatedAt: true }, orderBy: { id: "asc" } });
        const report = await importPortfolio(ctxOf(t.db, actors.beheer), [await xlsx(baseTables())]);
        expect(report).toMatchObject({ ok: true, applied: true, issues: [] });
        expect(report.summary).toEqual(baseSummary("unchanged"));
        expect(await counts(t.db)).toEqual(before);
        expect(await t.db.prisma.project.findMany({ select: { id: true, version: true, updatedAt: true }, orderBy: { id: "asc" } })).toEqual(versions);
      });

      it("a changed file updates records in place, audited with old and new values", async () => {
        await importBase();
        const tables = changedTables();
        const project = await t.db.prisma.project.findUniqueOrThrow({ where: { wirNumber: "IMP-0001" } });
        const before = await counts(t.db);
        const report = await importPortfolio(ctxOf(t.db, actors.wir), [await xlsx(tables, "gewijzigd.xlsx")]);
        expect(report.issues).toEqual([]);
        expect(report.summary).toMatchObject({ projects: { created: 0, updated: 2, unchanged: 0 }, records: { created: 0, updated: 1, unchanged: 1 }, scores: { updated: 1 } });
        const after = await t.db.prisma.project.findUniqueOrThrow({ where: { wirNumber: "IMP-0001" }, include: { partners: true } });
        expect(after.id).toBe(project.id);
        expect(after.title).toBe("Leerafdeling Testhaven en omstreken");
        expect(after.version).toBe(project.version + 1);
        expect(after.partners).toHaveLength(2);
        expect((await counts(t.db)).projects).toBe(before.projects);
        const log = await t.db.prisma.auditLog.findFirstOrThrow({ where: { entity: "Project", entityId: project.id }, orderBy: { id: "desc" } });
        expect(log.before).toEqual({ title: "Leerafdeling Testhaven", partners: ["ROC Testland"] });
        expect(log.after).toEqual({ title: "Leerafdeling Testhaven en omstreken", partners: ["ROC Testland", "Zorggroep Testhaven"] });
        const recordLog = await t.db.prisma.auditLog.findFirstOrThrow({ where: { entity: "ProjectAssessment" }, orderBy: { id: "desc" } });
        expect([recordLog.before, recordLog.after]).toEqual([{ status: "NOT_STARTED" }, { status: "RUNNING" }]);
      });

      it("a closed period's records stay untouched when the file changes them, unless allowed", async () => {
        await importBase();
        const tables = changedTables();
        tables.records[0].careOrgCount = 7;
        const record = await t.db.prisma.projectAssessment.findFirstOrThrow({ where: { project: { wirNumber: "IMP-0001" } } });
        const refused = await importPortfolio(ctxOf(t.db, actors.wir), [await xlsx(tables)]);
        expect(refused.ok).toBe(false);
        expect(refused.issues.map((i) => i.reason)).toEqual([expect.stringMatching(/^De periode oktober 2020 is gesloten/)]);
        expect((await t.db.prisma.projectAssessment.findUniqueOrThrow({ where: { id: record.id } })).careOrgCount).toBe(5);
        const allowed = await importPortfolio(ctxOf(t.db, actors.wir), [await xlsx(tables)], { allowClosedPeriods: true });
        expect(allowed.ok).toBe(true);
        expect((await t.db.prisma.projectAssessment.findUniqueOrThrow({ where: { id: record.id } })).careOrgCount).toBe(7);
      });

      it("is all-or-nothing: a failure halfway through rolls everything back", async () => {
        // a trigger makes the last write of the import (region scores) fail
        await t.db.raw.exec(`
          CREATE FUNCTION fail_score() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'kunstmatige storing'; END $$ LANGUAGE plpgsql;
          CREATE TRIGGER fail_score BEFORE INSERT ON "RegionScore" FOR EACH ROW EXECUTE FUNCTION fail_score();`);
        try {
          const tables = baseTables();
          tables.projects.push({ wirNumber: "IMP-0003", title: "Nooit opgeslagen", region: "Drenthe", hoofdrubriek: "Technologie" });
          tables.scores.push({ region: "Drenthe", period: "maart 2021", agreements: 2 });
          const before = await counts(t.db);
          await expect(importPortfolio(ctxOf(t.db, actors.wir), [await xlsx(tables)], { allowClosedPeriods: true })).rejects.toThrow();
          expect(await counts(t.db)).toEqual(before);
          expect(await t.db.prisma.project.findUnique({ where: { wirNumber: "IMP-0003" } })).toBeNull();
        } finally {
          await t.db.raw.exec(`DROP TRIGGER fail_score ON "RegionScore"; DROP FUNCTION fail_score();`);
        }
      });

      it("imports the same sheets as CSV files", async () => {
        await importBase();
        const tables = baseTables();
        tables.projects = [{ wirNumber: "IMP-0010", title: "CSV-project", region: "Friesland", hoofdrubriek: "Samenwerking in de keten", leadOrganisation: "Zorggroep Testhaven", description: "- eerste punt\n- tweede punt" }];
        tables.records = [{ wirNumber: "IMP-0010", period: "mrt-21", status: "Lopend", careOrgCount: "12" }];
        const files = (["projects", "records"] as const).map((k) => ({ name: `${SHEETS[k].fileName}.csv`, bytes: new TextEncoder().encode(toCsv(k, tables[k])) }));
        const report = await importPortfolio(ctxOf(t.db, actors.wir), files);
        expect(report).toMatchObject({ ok: true, applied: true, kind: "csv" });
        const p = await t.db.prisma.project.findUniqueOrThrow({ where: { wirNumber: "IMP-0010" }, include: { assessments: true } });
        expect(p.description).toBe("- eerste punt\n- tweede punt");
        expect(p.assessments[0].careOrgCount).toBe(12);
      });

      it("imports indicators with baseline and target, measurements and traject stages; again changes nothing; a change is audited", async () => {
        await importBase();
        const results = () => {
          const t = emptyTables();
          t.indicators.push(
            { wirNumber: "IMP-0001", indicator: "CLIENTTEVREDENHEID", baselineValue: "7,0", baselineDate: "2019-06-01", baselineMethod: "Vragenlijst", targetValue: 7.5, targetDate: "2021-12-31" },
            { wirNumber: "IMP-0001", indicator: "EIGEN-IMP-0001-1", ownName: "Deelnemende bewoners", ownUnit: "Aantal", ownDirection: "Hoger is beter", baselineValue: 12, baselineDate: "2019-06-01", targetValue: 30, targetDate: "2021-12-31" },
          );
          t.measurements.push({ wirNumber: "IMP-0001", indicator: "CLIENTTEVREDENHEID", period: "oktober 2020", value: 7.2 }, { wirNumber: "IMP-0001", indicator: "EIGEN-IMP-0001-1", period: "maart 2021", value: 18, note: "Twee nieuwe locaties" });
          t.traject.push(
            { wirNumber: "IMP-0001", stage: "Scan / nulmeting", date: "2019-06-01" },
            { wirNumber: "IMP-0001", stage: "Financieringsbesluit zorgkantoor", date: "2019-08-15", fundingDecision: "Gedeeltelijk toegekend", fundingAmountEuros: 30000 },
          );
          return t;
        };
        const first = await importPortfolio(ctxOf(t.db, actors.wir), [await xlsx(results())], { allowClosedPeriods: true });
        expect(first.issues).toEqual([]);
        expect(first.summary).toMatchObject({ indicators: { created: 2 }, measurements: { created: 2 }, traject: { created: 2 } });
        const project = await t.db.prisma.project.findUniqueOrThrow({ where: { wirNumber: "IMP-0001" }, include: { indicators: { include: { indicator: true, measurements: { include: { period: true } } } }, trajectSteps: true } });
        const own = project.indicators.find((i) => i.indicator.code === "EIGEN-IMP-0001-1")!;
        expect(own.indicator).toMatchObject({ name: "Deelnemende bewoners", unit: "COUNT", direction: "HIGHER_IS_BETTER", ownerProjectId: project.id });
        expect(own.measurements.map((m) => [m.period.code, m.value, m.note])).toEqual([["2021-03", 18, "Twee nieuwe locaties"]]);
        const client = project.indicators.find((i) => i.indicator.code === "CLIENTTEVREDENHEID")!;
        expect(client).toMatchObject({ baselineValue: 7, targetValue: 7.5, baselineMethod: "Vragenlijst" });
        expect(project.trajectSteps.find((s) => s.stage === "FUNDING")).toMatchObject({ fundingDecision: "PARTLY_GRANTED", fundingAmountEuros: 30000, recordedById: actors.wir.userId });

        // again: nothing written
        const audit = await t.db.prisma.auditLog.count();
        const again = await importPortfolio(ctxOf(t.db, actors.wir), [await xlsx(results())], { allowClosedPeriods: true });
        expect(again.summary).toMatchObject({ indicators: { created: 0, updated: 0, unchanged: 2 }, measurements: { created: 0, updated: 0, unchanged: 2 }, traject: { created: 0, updated: 0, unchanged: 2 } });
        expect(await t.db.prisma.auditLog.count()).toBe(audit);

        // a changed target and measurement: updated in place, audited with old and new values; the closed period needs the checkbox
        const changed = results();
        changed.indicators[0].targetValue = 7.8;
        changed.measurements[0].value = 7.4;
        const refused = await importPortfolio(ctxOf(t.db, actors.wir), [await xlsx(changed)]);
        expect(refused.applied).toBe(false);
        expect(refused.issues).toEqual([expect.objectContaining({ sheet: "Metingen", row: 2, column: "Periode", reason: expect.stringContaining("De periode oktober 2020 is gesloten") })]);
        const updated = await importPortfolio(ctxOf(t.db, actors.wir), [await xlsx(changed)], { allowClosedPeriods: true });
        expect(updated.summary).toMatchObject({ indicators: { updated: 1, unchanged: 1 }, measurements: { updated: 1, unchanged: 1 } });
        const row = await t.db.prisma.auditLog.findFirstOrThrow({ where: { entity: "ProjectIndicator", entityId: client.id, before: { not: null as never } }, orderBy: { id: "desc" } });
        expect(row).toMatchObject({ action: "IMPORT", before: { indicator: "CLIENTTEVREDENHEID", targetValue: 7.5 }, after: { indicator: "CLIENTTEVREDENHEID", targetValue: 7.8 } });
      });

      it("results: a period not yet opened takes no measurements, a beheerder may not write results, and one bad row refuses the whole file", async () => {
        await importBase();
        await t.db.prisma.reportingPeriod.create({ data: { code: "2021-10", label: "oktober 2021", shortLabel: "okt-21", peildatum: new Date("2021-10-01"), state: "PLANNED" } });
        const tables = emptyTables();
        tables.indicators.push({ wirNumber: "IMP-0002", indicator: "WACHTTIJD", baselineValue: 40, baselineDate: "2020-01-01", targetValue: 25, targetDate: "2021-06-30" });
        tables.measurements.push({ wirNumber: "IMP-0002", indicator: "WACHTTIJD", period: "oktober 2021", value: 30 });
        tables.traject.push({ wirNumber: "IMP-0002", stage: "Intake", date: "2019-11-01" });
        const before = await counts(t.db);
        const planned = await importPortfolio(ctxOf(t.db, actors.wir), [await xlsx(tables)]);
        expect(planned.applied).toBe(false);
        expect(planned.issues).toEqual([expect.objectContaining({ sheet: "Metingen", row: 2, column: "Periode", reason: "De periode oktober 2021 is nog niet geopend; er kunnen nog geen metingen voor worden vastgelegd." })]);
        tables.measurements[0].period = "maart 2021";
        const beheer = await importPortfolio(ctxOf(t.db, actors.beheer), [await xlsx(tables)]);
        expect(beheer.applied).toBe(false);
        expect(new Set(beheer.issues.map((i) => i.sheet))).toEqual(new Set(["Indicatoren", "Metingen", "Traject"]));
        expect(beheer.issues.every((i) => i.reason.includes("alleen wie projecten bewerkt (WIR)"))).toBe(true);
        tables.measurements.push({ wirNumber: "IMP-0002", indicator: "WACHTTIJD", period: "oktober 2020", value: -3 });
        const bad = await importPortfolio(ctxOf(t.db, actors.wir), [await xlsx(tables)], { allowClosedPeriods: true });
        expect(bad.applied).toBe(false);
        expect(bad.issues).toEqual([expect.objectContaining({ sheet: "Metingen", row: 3, column: "Meetwaarde", reason: "Dagen: vul een waarde in van 0 tot en met 3.650." })]);
        expect(await counts(t.db)).toEqual(before);
        expect(await t.db.prisma.projectIndicator.count()).toBe(0);
        expect(await t.db.prisma.trajectStep.count()).toBe(0);
      });

    } else {
      describe("bad input: a clear report and nothing written", () => {
        async function expectRejected(files: FileInput[], match: { sheet?: string; row?: number | null; column?: string | null; value?: string; reason: RegExp }) {
          const before = await counts(t.db);
          const report = await importPortfolio(ctxOf(t.db, actors.wir), files, { allowClosedPeriods: true });
          expect(report.ok).toBe(false);
          expect(report.applied).toBe(false);
          const { reason, ...rest } = match;
          expect(report.issues).toContainEqual(expect.objectContaining({ severity: "error", ...rest, reason: expect.stringMatching(reason) }));
          expect(await counts(t.db)).toEqual(before);
          return report;
        }
        const withBad = (edit: (t: PortfolioTables) => void) => {
          const tables = baseTables();
          tables.projects.push({ wirNumber: "IMP-0099", title: "Slecht", region: "Zeeland", hoofdrubriek: "Technologie" });
          edit(tables);
          return xlsx(tables);
        };

        it("wrong file type", async () => {
          await expectRejected([{ name: "foto.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) }], { sheet: "foto.png", reason: /^Bestandstype niet ondersteund/ });
          await expectRejected([{ name: "notities.docx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0]) }], { reason: /geen leesbaar Excel-werkboek/ });
        });

        it("missing sheet", async () => {
          const wb = new ExcelJS.Workbook();
          for (const k of SHEET_ORDER.filter((k) => k !== "records")) wb.addWorksheet(SHEETS[k].name).addRow(Object.values(SHEETS[k].columns).map((c) => c.header));
          const bytes = await workbookBytes(wb);
          await expectRejected([{ name: "zonder.xlsx", bytes }], { sheet: "Periodegegevens", row: null, reason: /ontbreekt in het werkboek/ });
        });

        it("unknown and missing header", async () => {
          const wb = new ExcelJS.Workbook();
          for (const k of SHEET_ORDER) {
            const headers = Object.values(SHEETS[k].columns).map((c) => c.header).filter((h) => !(k === "projects" && h === "Titel"));
            if (k === "projects") headers.push("Kleur");
            wb.addWorksheet(SHEETS[k].name).addRow(headers);
          }
          const bytes = await workbookBytes(wb);
          const report = await expectRejected([{ name: "kop.xlsx", bytes }], { sheet: "Projecten", row: 1, column: "Kleur", reason: /^Onbekende kolom/ });
          expect(report.issues).toContainEqual(expect.objectContaining({ column: "Titel", reason: 'Verplichte kolom "Titel" ontbreekt.' }));
        });

        it("unknown label", async () => {
          await expectRejected([await withBad((t) => (t.records[0].status = "Half af"))], { sheet: "Periodegegevens", row: 2, column: "Projectstatus", value: "Half af", reason: /^Onbekende projectstatus/ });
        });

        it("duplicate reference", async () => {
          await expectRejected([await withBad((t) => t.projects.push({ ...t.projects[0] }))], { sheet: "Projecten", row: 5, column: "WIR-nummer", value: "IMP-0001", reason: /Dubbel WIR-nummer: staat ook op rij 2/ });
        });

        it("unknown region or organisation", async () => {
          await expectRejected([await withBad((t) => (t.projects[2].region = "Lutjebroek"))], { sheet: "Projecten", row: 4, column: "Regio", value: "Lutjebroek", reason: /^Onbekende regio/ });
          await expectRejected([await withBad((t) => (t.projects[2].partners = "Stichting Nergens"))], { column: "Partners", value: "Stichting Nergens", reason: /^Onbekende organisatie/ });
        });

        it("impossible date", async () => {
          await expectRejected([await withBad((t) => (t.projects[2].startDate = "30-02-2020"))], { row: 4, column: "Startdatum", value: "30-02-2020", reason: /bestaat niet/ });
        });

        it("numbers as text", async () => {
          await expectRejected([await withBad((t) => (t.records[0].careOrgCount = "vijf"))], { column: "Aantal zorgorganisaties", value: "vijf", reason: /geen tekst/ });
          await expectRejected([await withBad((t) => (t.projects[2].budgetEuros = "veel geld"))], { column: "Budget (euro)", reason: /geen tekst/ });
        });

        it("empty rows in the middle", async () => {
          // the empty row is row 3; write a value in a later row so it is really "in the middle"
          const wb = handWorkbook(baseTables(), (ws, sheet, index) => {
            if (sheet === "projects" && index === 1) ws.addRow([]);
          });
          const bytes = await workbookBytes(wb);
          await expectRejected([{ name: "gat.xlsx", bytes }], { sheet: "Projecten", row: 3, reason: /^Lege rij tussen de gegevens/ });
        });

        it("workbook with formulas", async () => {
          const wb = handWorkbook(baseTables());
          wb.getWorksheet("Periodegegevens")!.getCell("G2").value = { formula: "2+3", result: 5 };
          const bytes = await workbookBytes(wb);
          await expectRejected([{ name: "formules.xlsx", bytes }], { sheet: "Periodegegevens", row: 2, column: "Aantal zorgorganisaties", value: "=2+3", reason: /formule/ });
        });

        it("a 20 MB file", async () => {
          const bytes = new Uint8Array(20 * 1024 * 1024);
          bytes.set([0x50, 0x4b, 0x03, 0x04]);
          await expectRejected([{ name: "groot.xlsx", bytes }], { sheet: "groot.xlsx", reason: /20\.0 MB; het maximum is 10 MB/ });
        });
      });
    }
  });
}
