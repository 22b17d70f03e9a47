import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createAssessment, createProject, createReportingPeriod } from "@/tests/support/factories";
import { getReport } from "@/lib/server/report";
import { mergeConcessiehouders, referenceDataOverview, saveConcessiehouder, saveHoofdrubriek, saveTheme, transferRegion } from "@/lib/server/reference-data/admin";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/server/core/errors";
import type { Actor } from "@/lib/domain/actor";

/**
 * The beheerder's reference data: concessiehouders, transfers and mergers from a date on (old
 * reports unchanged), hoofdrubrieken and themes; audited and version-checked.
 */
for (const backend of testBackends()) {
  describe(`reference data for the beheerder on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const actors = {} as Record<"beheer" | "wir", Actor>;

    beforeAll(async () => {
      actors.beheer = await makeActor(t.db, [{ role: "BEHEERDER" }]);
      actors.wir = await makeActor(t.db, [{ role: "WIR" }]);
    });

    const zkrOfRegion = async (regionCode: string) => (await t.db.prisma.region.findUniqueOrThrow({ where: { code: regionCode }, select: { zorgkantoorregioId: true } })).zorgkantoorregioId;
    const newHolder = async (code: string) => {
      const { id } = await saveConcessiehouder(ctxOf(t.db, actors.beheer), { code, name: `Zorgkantoor ${code}`, reportOrder: 50, supported: true, version: 0 });
      return id;
    };

    it("a merger from a date on keeps the reports of earlier periods unchanged", async () => {
      const beheer = ctxOf(t.db, actors.beheer);
      const wir = ctxOf(t.db, actors.wir);
      const alfa = await newHolder("ALFA");
      const beta = await newHolder("BETA");
      const zkr = await zkrOfRegion("utrecht");
      const { version } = await t.db.prisma.zorgkantoorregio.findUniqueOrThrow({ where: { id: zkr } });
      await transferRegion(beheer, { zorgkantoorregioId: zkr, concessiehouderId: alfa, validFrom: "2019-01-01", version });
      const project = await createProject(t.db.prisma, { title: "Fusieproject", regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE", startDate: "2019-06-01" });
      await createAssessment(t.db.prisma, { projectId: project.id, periodCode: "2020-10", status: "RUNNING" });
      const before = await getReport(wir, { period: "2020-10", compare: "2020-03", concessiehouder: "ALFA" });
      expect(before.tabel6.values.TOTAAL["2020-10"]).toBe(1);
      const nationalBefore = await getReport(wir, { period: "2020-10", compare: "2020-03" });

      await expect(mergeConcessiehouders(beheer, { fromId: alfa, intoId: beta, validFrom: "2021-01-01" })).resolves.toEqual({ regions: 1 });

      // oktober 2020 (peildatum before the merger): still ALFA's, national figures identical
      const after = await getReport(wir, { period: "2020-10", compare: "2020-03", concessiehouder: "ALFA" });
      expect(after.tabel6.values).toEqual(before.tabel6.values);
      const betaOld = await getReport(wir, { period: "2020-10", compare: "2020-03", concessiehouder: "BETA" });
      expect(betaOld.tabel6.values.TOTAAL["2020-10"]).toBe(0);
      const nationalAfter = await getReport(wir, { period: "2020-10", compare: "2020-03" });
      expect(nationalAfter.tabel4.values).toEqual(nationalBefore.tabel4.values);

      // a period after the merger counts the region for BETA
      await createReportingPeriod(t.db.prisma, { code: "2021-03", label: "maart 2021", shortLabel: "mrt-21", peildatum: "2021-03-01", state: "CLOSED" });
      await createAssessment(t.db.prisma, { projectId: project.id, periodCode: "2021-03", status: "RUNNING" });
      const betaNew = await getReport(wir, { period: "2021-03", compare: "2020-10", concessiehouder: "BETA" });
      expect(betaNew.tabel6.values.TOTAAL["2021-03"]).toBe(1);

      // the history is kept: three dated assignments, the last one open
      const overview = await referenceDataOverview(beheer);
      const row = overview.zorgkantoorregios.find((z) => z.id === zkr)!;
      expect(row.history.map((h) => [h.concessiehouderName, h.validFrom, h.validTo])).toEqual([
        [expect.any(String), "2018-01-01", "2019-01-01"],
        ["Zorgkantoor ALFA", "2019-01-01", "2021-01-01"],
        ["Zorgkantoor BETA", "2021-01-01", null],
      ]);
      expect(row.current?.concessiehouderName).toBe("Zorgkantoor BETA");
      // audited: the transfer per region and the merger
      const audit = await t.db.prisma.auditLog.findMany({ where: { entityId: { in: [zkr, alfa] } }, orderBy: { at: "asc" } });
      expect(audit.map((a) => [a.entity, a.action, (a.after as Record<string, unknown>).validFrom ?? null])).toEqual([
        ["Concessiehouder", "CREATE", null],
        ["Zorgkantoorregio", "UPDATE", "2019-01-01"],
        ["Zorgkantoorregio", "UPDATE", "2021-01-01"],
        ["Concessiehouder", "UPDATE", "2021-01-01"],
      ]);
      expect(audit.every((a) => a.actorUserId === actors.beheer.userId)).toBe(true);
    });

    it("refuses a transfer with a stale version, a date before the current one, in the future, or to the same holder", async () => {
      const beheer = ctxOf(t.db, actors.beheer);
      const gamma = await newHolder("GAMMA");
      const zkr = await zkrOfRegion("zeeland");
      const { version } = await t.db.prisma.zorgkantoorregio.findUniqueOrThrow({ where: { id: zkr } });
      await expect(transferRegion(beheer, { zorgkantoorregioId: zkr, concessiehouderId: gamma, validFrom: "2017-06-01", version })).rejects.toMatchObject({
        fieldErrors: { validFrom: [expect.stringContaining("2018-01-01")] },
      });
      await expect(transferRegion(beheer, { zorgkantoorregioId: zkr, concessiehouderId: gamma, validFrom: "2099-01-01", version })).rejects.toBeInstanceOf(ValidationError);
      await transferRegion(beheer, { zorgkantoorregioId: zkr, concessiehouderId: gamma, validFrom: "2020-01-01", version });
      await expect(transferRegion(beheer, { zorgkantoorregioId: zkr, concessiehouderId: gamma, validFrom: "2020-06-01", version })).rejects.toBeInstanceOf(ConflictError);
      await expect(transferRegion(beheer, { zorgkantoorregioId: zkr, concessiehouderId: gamma, validFrom: "2020-06-01", version: version + 1 })).rejects.toMatchObject({
        fieldErrors: { concessiehouderId: [expect.any(String)] },
      });
      const open = await t.db.prisma.concessionAssignment.findMany({ where: { zorgkantoorregioId: zkr, validTo: null } });
      expect(open).toHaveLength(1);
    });

    it("only the beheerder changes reference data", async () => {
      const wir = ctxOf(t.db, actors.wir);
      await expect(saveHoofdrubriek(wir, { code: "NIEUW", label: "Nieuwe rubriek", reportOrder: 20, version: 0 })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(referenceDataOverview(wir)).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("renames a hoofdrubriek and a theme with a version check; a duplicate code is a field error; all audited", async () => {
      const beheer = ctxOf(t.db, actors.beheer);
      const h = await t.db.prisma.hoofdrubriek.findUniqueOrThrow({ where: { code: "TECHNOLOGIE" } });
      await saveHoofdrubriek(beheer, { id: h.id, code: h.code, label: "Technologie en zorg op afstand", reportOrder: h.reportOrder, version: h.version });
      await expect(saveHoofdrubriek(beheer, { id: h.id, code: h.code, label: "Te laat", reportOrder: h.reportOrder, version: h.version })).rejects.toBeInstanceOf(ConflictError);
      await expect(saveHoofdrubriek(beheer, { code: "TECHNOLOGIE", label: "Dubbel", reportOrder: 30, version: 0 })).rejects.toMatchObject({ fieldErrors: { code: [expect.any(String)] } });
      const theme = await t.db.prisma.kwaliteitskaderTheme.findFirstOrThrow({ orderBy: { reportOrder: "asc" } });
      await saveTheme(beheer, { id: theme.id, code: theme.code, label: `${theme.label} (herzien)`, group: theme.group, reportOrder: theme.reportOrder, version: theme.version });
      const audit = await t.db.prisma.auditLog.findMany({ where: { entityId: { in: [h.id, theme.id] } }, orderBy: { at: "asc" } });
      expect(audit.map((a) => [a.entity, a.before, a.after])).toEqual([
        ["Hoofdrubriek", { label: h.label }, { label: "Technologie en zorg op afstand" }],
        ["KwaliteitskaderTheme", { label: theme.label }, { label: `${theme.label} (herzien)` }],
      ]);
    });
  });
}
