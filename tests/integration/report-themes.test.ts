import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createAssessment, createProject } from "@/tests/support/factories";
import { getReport } from "@/lib/server/report";
import { unsafeImportFiles } from "@/lib/server/import";
import { emptyTables, toXlsx, type PortfolioTables } from "@/lib/domain/import/write";
import type { DbHandle } from "@/lib/server/db/connection";

/**
 * Chapter 3 of the report (projects per kwaliteitskader theme) counted by the database: a
 * project counts under each of its themes, at each period it has a record in; drafts never
 * count; an inkoper's table holds its own regions with the national figures beside.
 */
async function portfolio(db: DbHandle) {
  const p = db.prisma;
  const project = async (regionCode: string, themeCodes: string[], lifecycle: "ACTIVE" | "DRAFT" = "ACTIVE", hoofdrubriekCode = "TECHNOLOGIE") =>
    (await createProject(p, { regionCode, hoofdrubriekCode, themeCodes, lifecycle })).id;
  const both = async (id: string) => {
    await createAssessment(p, { projectId: id, periodCode: "2020-03", status: "RUNNING" });
    await createAssessment(p, { projectId: id, periodCode: "2020-10", status: "RUNNING" });
  };
  // CZ (Zeeland): two projects with VEILIGHEID, one also LEIDERSCHAP; one without a theme (oktober only)
  await both(await project("zeeland", ["VEILIGHEID", "LEIDERSCHAP"]));
  await both(await project("zeeland", ["VEILIGHEID"]));
  await createAssessment(p, { projectId: await project("zeeland", []), periodCode: "2020-10", status: "NOT_STARTED" });
  // Zilveren Kruis (Utrecht): VEILIGHEID, new in oktober
  await createAssessment(p, { projectId: await project("utrecht", ["VEILIGHEID"]), periodCode: "2020-10", status: "RUNNING" });
  // never counted: a draft
  await both(await project("zeeland", ["VEILIGHEID"], "DRAFT"));
  // another hoofdrubriek (Zeeland, LEIDERSCHAP and INFORMATIE, oktober only)
  await createAssessment(p, { projectId: await project("zeeland", ["LEIDERSCHAP", "INFORMATIE"], "ACTIVE", "ANDERS_WERKEN"), periodCode: "2020-10", status: "RUNNING" });
}

for (const backend of testBackends()) {
  describe(`report chapter 3, projects per theme (${backend.name})`, () => {
    const t = useTestDb(backend, { each: true });

    it("counts every project under each of its themes per period, nationally and for an inkoper", async () => {
      await portfolio(t.db);
      const wir = await makeActor(t.db, [{ role: "WIR" }]);
      const report = await getReport(ctxOf(t.db, wir), { period: "2020-10", compare: "2020-03" });
      const table = report.kwaliteitskader!;
      const at = (key: string) => [table.values[key]?.["2020-03"], table.values[key]?.["2020-10"]];
      expect(at("VEILIGHEID")).toEqual([2, 3]);
      expect(at("LEIDERSCHAP")).toEqual([1, 2]);
      expect(at("INFORMATIE")).toEqual([0, 1]);
      expect(at("GEEN_THEMA")).toEqual([0, 1]);
      expect(at("TOTAAL")).toEqual([2, 5]);

      const inkoper = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
      const own = (await getReport(ctxOf(t.db, inkoper), { period: "2020-10", compare: "2020-03" })).kwaliteitskader!;
      expect([own.values.VEILIGHEID["2020-03"], own.values.VEILIGHEID["2020-10"]]).toEqual([2, 2]);
      expect(own.values.GEEN_THEMA["2020-10"]).toBe(1);
      expect(own.national?.values.VEILIGHEID["2020-10"]).toBe(3);
    });

    it("follows the region and hoofdrubriek filters, with the national figures of the same hoofdrubriek beside", async () => {
      await portfolio(t.db);
      const wir = await makeActor(t.db, [{ role: "WIR" }]);
      const ctx = ctxOf(t.db, wir);
      const zeeland = await getReport(ctx, { period: "2020-10", compare: "2020-03", region: "zeeland" });
      const z = zeeland.kwaliteitskader!;
      expect([z.values.VEILIGHEID["2020-03"], z.values.VEILIGHEID["2020-10"]]).toEqual([2, 2]);
      expect([z.values.LEIDERSCHAP["2020-03"], z.values.LEIDERSCHAP["2020-10"]]).toEqual([1, 2]);
      expect(z.values.INFORMATIE["2020-10"]).toBe(1);
      expect(z.values.GEEN_THEMA["2020-10"]).toBe(1);
      expect(z.national?.values.VEILIGHEID["2020-10"]).toBe(3);
      expect(z.national?.values.LEIDERSCHAP["2020-10"]).toBe(2);

      const techniek = (await getReport(ctx, { period: "2020-10", compare: "2020-03", hoofdrubriek: "TECHNOLOGIE" })).kwaliteitskader!;
      expect([techniek.values.LEIDERSCHAP["2020-03"], techniek.values.LEIDERSCHAP["2020-10"]]).toEqual([1, 1]);
      expect(techniek.values.INFORMATIE["2020-10"]).toBe(0);
      expect(techniek.values.TOTAAL["2020-10"]).toBe(4);

      const both = (await getReport(ctx, { period: "2020-10", compare: "2020-03", region: "zeeland", hoofdrubriek: "ANDERS_WERKEN" })).kwaliteitskader!;
      expect(both.values.LEIDERSCHAP["2020-10"]).toBe(1);
      expect(both.values.VEILIGHEID["2020-10"]).toBe(0);
      expect(both.values.GEEN_THEMA).toBeUndefined();
      expect(both.national?.values.INFORMATIE["2020-10"]).toBe(1);
      expect(both.national?.values.VEILIGHEID["2020-10"]).toBe(0);
    });

    it("counts the themes a project gets or changes through an import (written with the triggers deferred)", async () => {
      const wir = await makeActor(t.db, [{ role: "WIR" }]);
      const tables = emptyTables();
      tables.projects.push(
        { wirNumber: "TH-1", title: "Samen wonen", region: "Zeeland", hoofdrubriek: "Technologie", themes: "Wonen en welzijn; Veiligheid", lifecycle: "Actief" },
        { wirNumber: "TH-2", title: "Zonder thema", region: "Utrecht", hoofdrubriek: "Technologie", lifecycle: "Actief" },
      );
      for (const wirNumber of ["TH-1", "TH-2"])
        tables.records.push({ wirNumber, period: "oktober 2020", status: "Lopend", impact: "Nog onbekend", sharing: "Nog onbekend", scalability: "Nee, is nog niet zinvol", careOrgCount: 1 });
      const load = async (files: PortfolioTables) => {
        const result = await unsafeImportFiles(t.db.prisma, null, [{ name: "thema.xlsx", bytes: await toXlsx(files) }], { allowClosedPeriods: true });
        expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
        const table = (await getReport(ctxOf(t.db, wir), { period: "2020-10", compare: "2020-03" })).kwaliteitskader!;
        return Object.fromEntries(Object.entries(table.values).map(([key, v]) => [key, v["2020-10"]]));
      };
      expect(await load(tables)).toMatchObject({ WONEN_WELZIJN: 1, VEILIGHEID: 1, INFORMATIE: 0, GEEN_THEMA: 1, TOTAAL: 2 });

      tables.projects[0].themes = "Gebruik van informatie";
      tables.projects[1].themes = "Veiligheid";
      const after = await load(tables);
      expect(after).toMatchObject({ WONEN_WELZIJN: 0, VEILIGHEID: 1, INFORMATIE: 1, TOTAAL: 2 });
      expect(after.GEEN_THEMA).toBeUndefined();
    });
  });
}
