import { beforeEach, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createAssessment, createProject } from "../support/factories";
import { getReport } from "@/lib/server/report";
import { chooseShowcase, showcaseScreen } from "@/lib/server/report/showcase";
import { showcaseChoiceSchema } from "@/lib/domain/validation/showcase";
import type { Actor } from "@/lib/domain/actor";

/** WIR's showcase choice per region per period, and Bijlage 2 of that period's report. */
for (const backend of testBackends()) {
  // every test changes the same region's choice: each has its own database and fixture (any order)
  describe(`showcase choice and Bijlage 2 (${backend.name})`, () => {
    const t = useTestDb(backend, { each: true });
    const actors = {} as Record<"wir" | "inkoper", Actor>;
    const ids: Record<string, string> = {};
    const PERIOD = "2020-10";

    beforeEach(async () => {
      const db = t.db.prisma;
      await db.reportingPeriod.updateMany({ where: { code: { in: ["2020-03", PERIOD] } }, data: { state: "CLOSED" } });
      actors.wir = await makeActor(t.db, [{ role: "WIR" }]);
      actors.inkoper = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
      const flagged = await createProject(db, { wirNumber: "SC-0001", title: "Gemarkeerd bij de import", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", isShowcase: true, description: "Uit de import." });
      const chosen = await createProject(db, { wirNumber: "SC-0002", title: "Gekozen door WIR", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", description: "De keuze van WIR.\n\nTweede alinea." });
      const utrecht = await createProject(db, { wirNumber: "SC-0003", title: "Utrechts voorbeeld", regionCode: "utrecht", hoofdrubriekCode: "ANDERS_OPLEIDEN", goal: "Het doel." });
      const draft = await createProject(db, { wirNumber: "SC-0004", title: "Concept", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", lifecycle: "DRAFT" });
      for (const p of [flagged, chosen, utrecht]) await createAssessment(db, { projectId: p.id, periodCode: PERIOD, status: "RUNNING" });
      const [period, zeeland, utrechtRegion] = await Promise.all([
        db.reportingPeriod.findUniqueOrThrow({ where: { code: PERIOD } }),
        db.region.findUniqueOrThrow({ where: { code: "zeeland" } }),
        db.region.findUniqueOrThrow({ where: { code: "utrecht" } }),
      ]);
      Object.assign(ids, { flagged: flagged.id, chosen: chosen.id, utrecht: utrecht.id, draft: draft.id, period: period.id, zeeland: zeeland.id, utrechtRegion: utrechtRegion.id });
    });
    const bijlage2 = async () =>
      Object.fromEntries((await getReport(ctxOf(t.db, actors.wir), { period: PERIOD })).bijlage2.regions.map((r) => [r.regionCode, r.projects.map((p) => [p.wirNumber, p.summary])]));
    const choose = (input: Record<string, unknown>) => chooseShowcase(ctxOf(t.db, actors.wir), showcaseChoiceSchema.parse({ periodId: ids.period, ...input }));

    it("without a choice Bijlage 2 keeps the import's showcase flag", async () => {
      expect(await bijlage2()).toEqual({ zeeland: [["SC-0001", "Uit de import."]] });
    });

    it("lists what WIR chose per region for the period, instead of the import's flag; audited", async () => {
      expect(await choose({ regionId: ids.zeeland, projectId: ids.chosen, version: 0 })).toEqual({ version: 1 });
      await choose({ regionId: ids.utrechtRegion, projectId: ids.utrecht, version: 0 });
      expect(await bijlage2()).toEqual({ zeeland: [["SC-0002", "De keuze van WIR."]], utrecht: [["SC-0003", "Het doel."]] });
      const screen = await showcaseScreen(ctxOf(t.db, actors.wir), PERIOD);
      expect(screen?.regions.find((r) => r.code === "zeeland")).toMatchObject({ choice: { projectId: ids.chosen, version: 1 } });
      expect(screen?.regions.find((r) => r.code === "zeeland")?.candidates.map((c) => c.wirNumber)).toEqual(["SC-0001", "SC-0002"]);
      const audit = await t.db.prisma.auditLog.findMany({ where: { entity: "ShowcaseChoice" }, select: { action: true, actorUserId: true } });
      expect(audit).toEqual([
        { action: "CREATE", actorUserId: actors.wir.userId },
        { action: "CREATE", actorUserId: actors.wir.userId },
      ]);
      // another period's report is not affected
      const march = await getReport(ctxOf(t.db, actors.wir), { period: "2020-03", compare: "2019-10" });
      expect(march.bijlage2.regions.map((r) => r.regionCode)).not.toContain("utrecht");
    });

    it("one per region per period: a new choice replaces the old one; a stale screen is a conflict; clearing returns to the flag", async () => {
      await choose({ regionId: ids.zeeland, projectId: ids.chosen, version: 0 });
      await choose({ regionId: ids.utrechtRegion, projectId: ids.utrecht, version: 0 });
      await expect(choose({ regionId: ids.zeeland, projectId: ids.flagged, version: 0 })).rejects.toMatchObject({ code: "conflict" });
      expect(await choose({ regionId: ids.zeeland, projectId: ids.flagged, version: 1 })).toEqual({ version: 2 });
      expect((await bijlage2()).zeeland).toEqual([["SC-0001", "Uit de import."]]);
      expect(await t.db.prisma.showcaseChoice.count({ where: { periodId: ids.period, regionId: ids.zeeland } })).toBe(1);
      await choose({ regionId: ids.utrechtRegion, projectId: "", version: 1 });
      expect((await bijlage2()).utrecht).toBeUndefined();
    });

    it("refuses a project of another region, a draft, and anyone but WIR", async () => {
      await expect(choose({ regionId: ids.zeeland, projectId: ids.utrecht, version: 0 })).rejects.toMatchObject({ code: "validation" });
      await expect(choose({ regionId: ids.zeeland, projectId: ids.draft, version: 0 })).rejects.toMatchObject({ code: "validation" });
      const input = showcaseChoiceSchema.parse({ periodId: ids.period, regionId: ids.zeeland, projectId: ids.chosen, version: 0 });
      await expect(chooseShowcase(ctxOf(t.db, actors.inkoper), input)).rejects.toMatchObject({ code: "forbidden" });
      await expect(showcaseScreen(ctxOf(t.db, actors.inkoper), PERIOD)).rejects.toMatchObject({ code: "forbidden" });
    });
  });
}
