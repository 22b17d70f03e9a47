import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createAssessment, createProject } from "@/tests/support/factories";
import { getReport } from "@/lib/server/report";
import type { DbHandle } from "@/lib/server/db/connection";

/**
 * Chapter 3 of the report (projects per kwaliteitskader theme) counted by the database: a
 * project counts under each of its themes, at each period it has a record in; drafts never
 * count; an inkoper's table holds its own regions with the national figures beside.
 */
async function portfolio(db: DbHandle) {
  const p = db.prisma;
  const project = async (regionCode: string, themeCodes: string[], lifecycle: "ACTIVE" | "DRAFT" = "ACTIVE") =>
    (await createProject(p, { regionCode, hoofdrubriekCode: "TECHNOLOGIE", themeCodes, lifecycle })).id;
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
      expect(at("LEIDERSCHAP")).toEqual([1, 1]);
      expect(at("INFORMATIE")).toEqual([0, 0]);
      expect(at("GEEN_THEMA")).toEqual([0, 1]);
      expect(at("TOTAAL")).toEqual([2, 4]);

      const inkoper = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
      const own = (await getReport(ctxOf(t.db, inkoper), { period: "2020-10", compare: "2020-03" })).kwaliteitskader!;
      expect([own.values.VEILIGHEID["2020-03"], own.values.VEILIGHEID["2020-10"]]).toEqual([2, 2]);
      expect(own.values.GEEN_THEMA["2020-10"]).toBe(1);
      expect(own.national?.values.VEILIGHEID["2020-10"]).toBe(3);
    });
  });
}
