import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb, createTestDb } from "../support/db";
import { ctxOf, makeActor, useActors } from "../support/actors";
import { unsafeSeedDemo, unsafeSeedDemoUsers } from "@/lib/server/demo/seed";
import { fileBytes } from "@/lib/domain/export-file";
import { exportInImportFormat, exportTables, importTemplate } from "@/lib/server/import/export";
import { importPortfolio } from "@/lib/server/import";
import { readUpload } from "@/lib/domain/import/read";
import { SHEETS, SHEET_ORDER } from "@/lib/domain/import/format";
import { ForbiddenError } from "@/lib/server/core/errors";
import { createProject } from "@/tests/support/factories";

/**
 * Export: scope, CSV formula neutralising, the template, and the round trip — the demo portfolio
 * exported and imported into an empty database gives the same data, as XLSX and as CSV.
 */
for (const backend of testBackends()) {
  describe(`export on ${backend.name}`, () => {
    const t = useTestDb(backend);
    beforeAll(() => unsafeSeedDemo(t.db.prisma), 300_000);
    const actors = useActors(t, ["wir", "inkoperCz", "leader"]);

    it("exports the whole portfolio for WIR and only the own regions for an inkoper; not for a project leader", async () => {
      const all = await exportTables(ctxOf(t.db, actors.wir));
      expect(all.projects).toHaveLength(318);
      expect(all.records).toHaveLength(586);
      expect(all.scores).toHaveLength(136);
      const cz = await exportTables(ctxOf(t.db, actors.inkoperCz));
      const czRegions = ["Zeeland", "West-Brabant", "Zuid-Hollandse Eilanden", "Haaglanden", "Zuid-Limburg", "Zuidoost-Brabant"];
      expect(cz.projects).toHaveLength(65);
      expect(new Set(cz.projects.map((p) => p.region))).toEqual(new Set(czRegions));
      expect(new Set(cz.scores.map((s) => s.region))).toEqual(new Set(czRegions));
      const czWirs = new Set(cz.projects.map((p) => p.wirNumber));
      expect(cz.records.every((r) => czWirs.has(r.wirNumber))).toBe(true);
      await expect(exportTables(ctxOf(t.db, actors.leader))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(exportInImportFormat(ctxOf(t.db, actors.leader), "xlsx")).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("CSV neutralises cells that a spreadsheet would run as a formula", async () => {
      await createProject(t.db.prisma, { wirNumber: "ZZZ-EVIL", title: '=HYPERLINK("http://aanval.example","klik")', regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", goal: "@SUM(1)", description: "+31 6 12345678", results: "-1" });
      try {
        const file = await exportInImportFormat(ctxOf(t.db, actors.wir), "csv", "projects");
        expect(file.fileName).toBe("projecten.csv");
        const text = new TextDecoder().decode(fileBytes(file));
        const line = text.split("\r\n").find((l) => l.startsWith('"ZZZ-EVIL"'))!;
        expect(line).toContain(`"'=HYPERLINK(""http://aanval.example"",""klik"")"`);
        expect(line).toContain(`;"'@SUM(1)";"'+31 6 12345678";"'-1";`);
        for (const cell of line.split(";")) expect(cell).not.toMatch(/^"?[=+\-@]/);
      } finally {
        await t.db.prisma.project.delete({ where: { wirNumber: "ZZZ-EVIL" } });
      }
    });

    it("offers an empty template with every sheet, every column and a help sheet", async () => {
      const file = await importTemplate(ctxOf(t.db, actors.wir));
      const read = await readUpload([{ name: file.fileName, bytes: fileBytes(file) }]);
      expect(read.sheets.map((s) => s.name)).toEqual([...SHEET_ORDER.map((k) => SHEETS[k].name), "Toelichting"]);
      for (const [i, k] of SHEET_ORDER.entries()) {
        expect(read.sheets[i].rows).toEqual([Object.values(SHEETS[k].columns).map((c) => c.header)]);
      }
      const columnCount = SHEET_ORDER.reduce((n, k) => n + Object.keys(SHEETS[k].columns).length, 0);
      expect(read.sheets[SHEET_ORDER.length].rows).toHaveLength(1 + columnCount);
      await expect(importTemplate(ctxOf(t.db, actors.leader))).rejects.toBeInstanceOf(ForbiddenError);
    });

    for (const format of ["xlsx", "csv"] as const) {
      it(`round trip as ${format}: export → import into an empty database gives the same data`, async () => {
        const original = await exportTables(ctxOf(t.db, actors.wir));
        // the demo's results travel too: indicators with baselines and targets, measurements, traject stages (own indicators among them)
        expect(original.indicators.length).toBeGreaterThan(100);
        expect(original.indicators.some((r) => String(r.indicator).startsWith("EIGEN-"))).toBe(true);
        expect(original.measurements.length).toBeGreaterThan(100);
        expect(original.traject.some((r) => r.fundingDecision)).toBe(true);
        const files =
          format === "xlsx"
            ? [await exportInImportFormat(ctxOf(t.db, actors.wir), "xlsx")].map((f) => ({ name: f.fileName, bytes: fileBytes(f) }))
            : await Promise.all(SHEET_ORDER.map(async (k) => exportInImportFormat(ctxOf(t.db, actors.wir), "csv", k))).then((fs) => fs.map((f) => ({ name: f.fileName, bytes: fileBytes(f) })));
        const target = await createTestDb(backend);
        try {
          await unsafeSeedDemoUsers(target.db.prisma);
          // the project-leader column is the beheerder's (separation of duties), the period records WIR's
          const wir = await makeActor(target.db, [{ role: "WIR" }, { role: "BEHEERDER" }]);
          expect(await target.db.prisma.project.count()).toBe(0);
          const report = await importPortfolio(ctxOf(target.db, wir), files, { allowClosedPeriods: true });
          expect(report.issues).toEqual([]);
          expect(report.applied).toBe(true);
          const copy = await exportTables(ctxOf(target.db, wir));
          for (const k of SHEET_ORDER) expect(copy[k], k).toEqual(original[k]);
          // and importing the export again into the copy changes nothing
          const again = await importPortfolio(ctxOf(target.db, wir), files, { allowClosedPeriods: true });
          expect(Object.values(again.summary!).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
        } finally {
          await target.drop();
        }
      }, 300_000); // two imports of the whole demo portfolio (with its results) into a fresh database
    }
  });
}
