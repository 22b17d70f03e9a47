import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createProgressUpdate, createProject, createReportingPeriod } from "@/tests/support/factories";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/core/errors";
import { listLibrary, saveLibraryIndicator } from "@/lib/server/results/library";
import { getMeasurementForm, getProjectResults, removeProjectIndicator, saveMeasurements, saveProjectIndicator } from "@/lib/server/results/project";
import { recordFundingDecision, saveFinalEvaluation, saveTrajectStep } from "@/lib/server/results/traject";
import { getProject } from "@/lib/server/projects/read";
import { finalEvaluationSchema, fundingDecisionSchema, libraryIndicatorSchema, measurementsSchema, projectIndicatorSchema, trajectStepSchema } from "@/lib/domain/results/validation";
import type { Actor } from "@/lib/domain/actor";

/**
 * Issue 14: indicators, measurements, traject and final evaluation — who may see and change
 * what (scope as for other project data), unit/range validation, history and audit.
 */
for (const backend of testBackends()) {
  describe(`results on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const a = {} as Record<"wir" | "leader" | "otherLeader" | "inkoperCz" | "inkoperZk" | "beheer", Actor>;
    const ids = {} as Record<"verzuim" | "tevredenheid", string>;
    const ctx = (who: keyof typeof a) => ctxOf(t.db, a[who]);

    beforeAll(async () => {
      const db = t.db.prisma;
      a.wir = await makeActor(t.db, [{ role: "WIR" }]);
      a.leader = await makeActor(t.db, [{ role: "PROJECTLEIDER" }]);
      a.otherLeader = await makeActor(t.db, [{ role: "PROJECTLEIDER" }]);
      a.inkoperCz = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
      a.inkoperZk = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "ZK" }]);
      a.beheer = await makeActor(t.db, [{ role: "BEHEERDER" }]);
      ids.verzuim = (await db.indicator.findUniqueOrThrow({ where: { code: "VERZUIM" } })).id;
      ids.tevredenheid = (await db.indicator.findUniqueOrThrow({ where: { code: "CLIENTTEVREDENHEID" } })).id;
      await createReportingPeriod(db, { code: "2021-03", label: "maart 2021", peildatum: "2021-03-01", state: "OPEN" });
    });

    let n = 0;
    /** A fresh Zeeland project of `leader` (each test its own data), optionally with two indicators. */
    async function zeelandProject(withIndicators = false) {
      const id = (await createProject(t.db.prisma, { wirNumber: `R-ZEE-${++n}`, regionCode: "zeeland", hoofdrubriekCode: "PROFESSIONALS_BEHOUDEN", leaderIds: [a.leader.userId] })).id;
      if (withIndicators) {
        await addIndicator("leader", { projectId: id, indicatorId: ids.verzuim, baselineValue: "8,2", baselineDate: "2020-01-01", targetValue: "6", targetDate: "2021-12-31" });
        await addIndicator("leader", { projectId: id, indicatorId: ids.tevredenheid, baselineValue: "7,0", baselineDate: "2020-01-01", targetValue: "7,5", targetDate: "2021-12-31" });
      }
      return id;
    }

    const addIndicator = (who: keyof typeof a, values: Record<string, string>) =>
      saveProjectIndicator(ctx(who), projectIndicatorSchema.parse({ version: "0", source: "library", ...values }));

    it("the standard library is delivered and readable by a leader; only WIR changes it, audited", async () => {
      const library = await listLibrary(ctx("leader"));
      expect(library.map((i) => i.code)).toEqual(expect.arrayContaining(["VERZUIM", "VERLOOP", "INSTROOM", "OPGELEID", "CLIENTTEVREDENHEID", "DIRECTE_TIJD", "WACHTTIJD", "INFORMELE_ZORG"]));
      const input = libraryIndicatorSchema.parse({ version: "0", code: "valincidenten", name: "Valincidenten", definition: "Aantal gemelde valincidenten per maand.", unit: "COUNT", direction: "LOWER_IS_BETTER", hoofdrubriekCodes: ["PERSOONSGERICHTE_ZORG"], themeCodes: "VEILIGHEID", active: "on" });
      expect(input.code).toBe("VALINCIDENTEN");
      await expect(saveLibraryIndicator(ctx("leader"), input)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(saveLibraryIndicator(ctx("beheer"), input)).rejects.toBeInstanceOf(ForbiddenError);
      const saved = await saveLibraryIndicator(ctx("wir"), input);
      await expect(saveLibraryIndicator(ctx("wir"), input)).rejects.toBeInstanceOf(ValidationError); // code taken
      await saveLibraryIndicator(ctx("wir"), { ...input, id: saved.id, version: 1, name: "Valincidenten per maand" });
      await expect(saveLibraryIndicator(ctx("wir"), { ...input, id: saved.id, version: 1 })).rejects.toBeInstanceOf(ConflictError);
      const audit = await t.db.prisma.auditLog.findMany({ where: { entity: "Indicator", entityId: saved.id }, orderBy: { id: "asc" } });
      expect(audit.map((r) => r.action)).toEqual(["CREATE", "UPDATE"]);
      expect(audit[1].after).toEqual({ name: "Valincidenten per maand" });
    });

    it("a leader adds indicators with baseline and target to its own project only; units are checked", async () => {
      const projectId = await zeelandProject();
      const base = { projectId, indicatorId: ids.verzuim, baselineValue: "8,2", baselineDate: "2020-01-01", baselineMethod: "Verzuimregistratie HR", targetValue: "6", targetDate: "2021-12-31" };
      await expect(addIndicator("leader", { ...base, baselineValue: "120" })).rejects.toMatchObject({ fieldErrors: { baselineValue: [expect.stringMatching(/0 tot en met 100/)] } });
      await expect(addIndicator("otherLeader", base)).rejects.toBeInstanceOf(NotFoundError);
      await expect(addIndicator("inkoperCz", base)).rejects.toBeInstanceOf(ForbiddenError);
      const saved = await addIndicator("leader", base);
      await expect(addIndicator("leader", base)).rejects.toMatchObject({ fieldErrors: { indicatorId: [expect.stringMatching(/meet deze indicator al/)] } });
      await addIndicator("leader", { projectId, indicatorId: ids.tevredenheid, baselineValue: "7,0", baselineDate: "2020-01-01", targetValue: "7,5", targetDate: "2021-12-31" });
      const own = await saveProjectIndicator(ctx("leader"), projectIndicatorSchema.parse({ version: "0", projectId, source: "own", ownName: "Deelnemers aan de duofietsroute", ownUnit: "COUNT", ownDirection: "HIGHER_IS_BETTER", baselineValue: "3", baselineDate: "2020-01-01" }));
      const results = await getProjectResults(ctx("leader"), projectId);
      if (!results.inScope) throw new Error("leader should be in scope");
      expect(results.indicators.map((i) => [i.indicator.name, i.indicator.own, i.baseline?.value, i.target?.value])).toEqual([
        ["Cliënttevredenheid", false, 7, 7.5],
        ["Ziekteverzuim", false, 8.2, 6],
        ["Deelnemers aan de duofietsroute", true, 3, undefined],
      ]);
      // an own indicator without measurements may go again; it leaves no library entry behind
      await removeProjectIndicator(ctx("leader"), { projectId, projectIndicatorId: own.id, version: own.version });
      expect(await t.db.prisma.indicator.count({ where: { ownerProjectId: projectId } })).toBe(0);
      expect(await t.db.prisma.auditLog.count({ where: { entity: "ProjectIndicator", entityId: saved.id } })).toBe(1);
    });

    it("results are visible in scope only: the other zorgkantoor and another leader see no indicators", async () => {
      const projectId = await zeelandProject(true);
      const cz = await getProjectResults(ctx("inkoperCz"), projectId);
      expect(cz.inScope && cz.indicators.length).toBe(2);
      expect((await getProjectResults(ctx("wir"), projectId)).inScope).toBe(true);
      await expect(getProjectResults(ctx("inkoperZk"), projectId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getProjectResults(ctx("otherLeader"), projectId)).rejects.toBeInstanceOf(NotFoundError);
      // a published card is readable, but its indicators and traject are not
      const published = (await createProject(t.db.prisma, { regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [a.otherLeader.userId], isPublic: true })).id;
      expect(await getProjectResults(ctx("leader"), published)).toEqual({ inScope: false, finalEvaluation: null });
    });

    it("measurements: prefilled, range-checked as a whole, locked once the update is submitted", async () => {
      const projectId = await zeelandProject(true);
      const form = await getMeasurementForm(ctx("leader"), projectId);
      expect(form.editable).toBe(true);
      const [tevredenheid, verzuim] = form.rows;
      expect([tevredenheid.name, verzuim.name]).toEqual(["Cliënttevredenheid", "Ziekteverzuim"]);
      const bad = measurementsSchema.parse({ projectId: projectId, projectIndicatorId: [tevredenheid.projectIndicatorId, verzuim.projectIndicatorId], value: ["7,2", "140"], note: ["", ""], version: ["0", "0"] });
      await expect(saveMeasurements(ctx("leader"), bad)).rejects.toMatchObject({ fieldErrors: { "value.1": [expect.any(String)] } });
      expect(await t.db.prisma.indicatorMeasurement.count({ where: { projectIndicator: { projectId } } })).toBe(0); // nothing saved of a refused form
      const good = measurementsSchema.parse({ projectId: projectId, projectIndicatorId: [tevredenheid.projectIndicatorId, verzuim.projectIndicatorId], value: ["7,2", "7"], note: ["CQ-meting", ""], version: ["0", "0"] });
      await expect(saveMeasurements(ctx("otherLeader"), good)).rejects.toBeInstanceOf(NotFoundError);
      await expect(saveMeasurements(ctx("leader"), good)).resolves.toEqual({ saved: 2 });
      await expect(saveMeasurements(ctx("leader"), good)).rejects.toBeInstanceOf(ConflictError); // started from version 0 again
      const again = await getMeasurementForm(ctx("leader"), projectId);
      expect(again.rows.map((r) => [r.value, r.version])).toEqual([[7.2, 1], [7, 1]]);
      const results = await getProjectResults(ctx("inkoperCz"), projectId);
      if (!results.inScope) throw new Error("in scope");
      expect(results.indicators[1].measurements).toEqual([{ periodCode: "2021-03", periodLabel: "maart 2021", peildatum: "2021-03-01", value: 7, note: "" }]);
      await createProgressUpdate(t.db.prisma, { projectId: projectId, periodCode: "2021-03", state: "SUBMITTED" });
      expect((await getMeasurementForm(ctx("leader"), projectId)).editable).toBe(false);
      const change = measurementsSchema.parse({ projectId: projectId, projectIndicatorId: [verzuim.projectIndicatorId], value: ["6"], note: [""], version: ["1"] });
      await expect(saveMeasurements(ctx("leader"), change)).rejects.toBeInstanceOf(ForbiddenError);
      // an indicator with measurements cannot be removed
      await expect(removeProjectIndicator(ctx("leader"), { projectId: projectId, projectIndicatorId: verzuim.projectIndicatorId, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("measurements: a value carried over from the previous period counts only once the leader changes or confirms it", async () => {
      const projectId = await zeelandProject(true);
      const [tevredenheid, verzuim] = (await getMeasurementForm(ctx("leader"), projectId)).rows;
      const earlier = await t.db.prisma.reportingPeriod.findUniqueOrThrow({ where: { code: "2020-10" } });
      await t.db.prisma.indicatorMeasurement.createMany({
        data: [
          { projectIndicatorId: tevredenheid.projectIndicatorId, periodId: earlier.id, value: 7.1, note: "" },
          { projectIndicatorId: verzuim.projectIndicatorId, periodId: earlier.id, value: 7.5, note: "" },
        ],
      });
      const form = await getMeasurementForm(ctx("leader"), projectId);
      expect(form.rows.map((r) => [r.value, r.prefilledFrom])).toEqual([[7.1, "oktober 2020"], [7.5, "oktober 2020"]]);
      const ids = [tevredenheid.projectIndicatorId, verzuim.projectIndicatorId];
      // the leader left both prefilled values as they were and ticked "gemeten" for verzuim only
      const input = measurementsSchema.parse({ projectId, projectIndicatorId: ids, value: ["7,1", "7,5"], note: ["", ""], version: ["0", "0"], carried: ids, measured: ids[1] });
      expect(input.items.map((i) => i.carriedOver)).toEqual([true, false]);
      await expect(saveMeasurements(ctx("leader"), input)).resolves.toEqual({ saved: 1 });
      const open = await t.db.prisma.reportingPeriod.findUniqueOrThrow({ where: { code: "2021-03" } });
      const thisPeriod = await t.db.prisma.indicatorMeasurement.findMany({ where: { periodId: open.id, projectIndicator: { projectId } }, select: { projectIndicatorId: true, value: true } });
      expect(thisPeriod).toEqual([{ projectIndicatorId: verzuim.projectIndicatorId, value: 7.5 }]);
      // the measurement is in the project's change history (in scope, with audit:read)
      const history = (await getProject(ctx("wir"), projectId)).history;
      expect(history.filter((h) => h.entity === "IndicatorMeasurement").map((h) => h.after)).toEqual([{ indicator: "Ziekteverzuim", period: "maart 2021", value: 7.5, note: "" }]);
      expect(history.some((h) => h.entity === "ProjectIndicator")).toBe(true);
      // the form still offers tevredenheid's earlier value, verzuim is now this period's own
      const after = await getMeasurementForm(ctx("leader"), projectId);
      expect(after.rows.map((r) => [r.value, r.prefilledFrom, r.version])).toEqual([[7.1, "oktober 2020", 0], [7.5, null, 1]]);
    });

    it("traject: the leader records stages, only the inkoper of the region records the funding decision", async () => {
      const projectId = await zeelandProject();
      expect(trajectStepSchema.safeParse({ projectId: projectId, stage: "FUNDING", date: "2020-03-01", version: "0" }).success).toBe(false);
      await saveTrajectStep(ctx("leader"), trajectStepSchema.parse({ projectId: projectId, stage: "INTAKE", date: "2020-01-06", note: "Kennismaking", version: "0" }));
      await saveTrajectStep(ctx("leader"), trajectStepSchema.parse({ projectId: projectId, stage: "SCAN", date: "2020-02-01", version: "0" }));
      await expect(saveTrajectStep(ctx("otherLeader"), trajectStepSchema.parse({ projectId: projectId, stage: "PLAN", date: "2020-03-01", version: "0" }))).rejects.toBeInstanceOf(NotFoundError);
      const decision = fundingDecisionSchema.parse({ projectId: projectId, decision: "GRANTED", date: "2020-04-15", amountEuros: "125.000", version: "0" });
      expect(decision.amountEuros).toBe(125000);
      await expect(recordFundingDecision(ctx("leader"), decision)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(recordFundingDecision(ctx("inkoperZk"), decision)).rejects.toBeInstanceOf(NotFoundError);
      await recordFundingDecision(ctx("inkoperCz"), decision);
      await expect(recordFundingDecision(ctx("inkoperCz"), decision)).rejects.toBeInstanceOf(ConflictError);
      const results = await getProjectResults(ctx("leader"), projectId);
      if (!results.inScope) throw new Error("in scope");
      expect(results.traject.map((s) => [s.stage, s.date, s.fundingDecision, s.fundingAmountEuros])).toEqual([
        ["INTAKE", "2020-01-06", null, null],
        ["SCAN", "2020-02-01", null, null],
        ["FUNDING", "2020-04-15", "GRANTED", 125000],
      ]);
      expect(results.current?.stage).toBe("FUNDING");
      const audit = await t.db.prisma.auditLog.findFirst({ where: { entity: "TrajectStep", actorUserId: a.inkoperCz.userId } });
      expect(audit?.after).toMatchObject({ fundingDecision: "GRANTED", fundingAmountEuros: 125000 });
      // a later change of the date alone still says which stage it was
      await saveTrajectStep(ctx("leader"), trajectStepSchema.parse({ projectId: projectId, stage: "SCAN", date: "2020-02-03", version: "1" }));
      const moved = await t.db.prisma.auditLog.findFirstOrThrow({ where: { entity: "TrajectStep", action: "UPDATE", projectId }, orderBy: { id: "desc" } });
      expect([moved.before, moved.after]).toEqual([
        { stage: "Scan / nulmeting", date: "2020-02-01" },
        { stage: "Scan / nulmeting", date: "2020-02-03" },
      ]);
    });

    it("final evaluation: the leader writes it; it is readable with the published card", async () => {
      const projectId = (await createProject(t.db.prisma, { regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [a.otherLeader.userId], isPublic: true })).id;
      const input = finalEvaluationSchema.parse({
        projectId,
        version: "0",
        resultsSummary: "Verzuim daalde van 8 naar 6,5 procent; doel 6 niet gehaald.",
        successFactors: ["DEDICATED_COORDINATOR", "CLEAR_AGREEMENTS"],
        barriers: "FUNDING_ENDS",
        borgingPlan: "De coördinator komt in de vaste formatie.",
        transferable: "WITH_ADAPTATION",
      });
      await expect(saveFinalEvaluation(ctx("leader"), input)).rejects.toBeInstanceOf(NotFoundError);
      await saveFinalEvaluation(ctx("otherLeader"), input);
      const seenByOther = await getProjectResults(ctx("leader"), projectId);
      expect(seenByOther.inScope).toBe(false);
      expect(seenByOther.finalEvaluation).toMatchObject({ successFactors: ["DEDICATED_COORDINATOR", "CLEAR_AGREEMENTS"], barriers: ["FUNDING_ENDS"], transferable: "WITH_ADAPTATION" });
      expect(finalEvaluationSchema.safeParse({ ...input, version: "1", successFactors: ["NOT_A_TAG"] }).success).toBe(false);
    });
  });
}
