import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createAssessment, createProject } from "@/tests/support/factories";
import { listProjects } from "@/lib/server/projects/read";
import type { Actor } from "@/lib/domain/actor";

/** The links behind dashboard numbers: projects by their judgement at a given period, within scope. */
for (const backend of testBackends()) {
  describe(`project judgement filters on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const actors = {} as Record<"wir" | "inkoperCz", Actor>;
    beforeAll(async () => {
      actors.wir = await makeActor(t.db, [{ role: "WIR" }]);
      actors.inkoperCz = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
      const a = await createProject(t.db.prisma, { title: "A Zeeland", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", startDate: "2020-02-01" });
      const b = await createProject(t.db.prisma, { title: "B Utrecht", regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE", isPublic: true });
      const c = await createProject(t.db.prisma, { title: "C Zeeland", regionCode: "zeeland", hoofdrubriekCode: "ANDERS_WERKEN", startDate: "2019-12-31" });
      await createAssessment(t.db.prisma, { projectId: a.id, periodCode: "2020-03", status: "RUNNING", scalability: "NOT_YET_USEFUL" });
      await createAssessment(t.db.prisma, { projectId: a.id, periodCode: "2020-10", status: "FINISHED_SUCCESSFUL", scalability: "NATIONAL", impact: "LARGE_GREAT" });
      await createAssessment(t.db.prisma, { projectId: b.id, periodCode: "2020-10", status: "FINISHED_UNSUCCESSFUL", scalability: "THIS_REGION_ONLY", sharing: "YES" });
      await createAssessment(t.db.prisma, { projectId: c.id, periodCode: "2020-10", status: "RUNNING", scalability: "NOT_USEFUL" });
    });
    const titles = async (actor: Actor, f: Parameters<typeof listProjects>[1]) => (await listProjects(ctxOf(t.db, actor), f)).items.map((p) => p.title).sort();

    it("filters on one or several judgements at the chosen period", async () => {
      expect(await titles(actors.wir, { periodCode: "2020-10", status: ["FINISHED_SUCCESSFUL", "FINISHED_UNSUCCESSFUL"] })).toEqual(["A Zeeland", "B Utrecht"]);
      expect(await titles(actors.wir, { periodCode: "2020-03", status: "RUNNING" })).toEqual(["A Zeeland"]);
      expect(await titles(actors.wir, { periodCode: "2020-10", scalability: ["THIS_REGION_ONLY", "SOME_OTHER_REGIONS", "NATIONAL"], hoofdrubriekCode: "TECHNOLOGIE" })).toEqual(["A Zeeland", "B Utrecht"]);
      expect(await titles(actors.wir, { periodCode: "2020-10", impact: "LARGE_GREAT" })).toEqual(["A Zeeland"]);
      expect(await titles(actors.wir, { periodCode: "2020-10", sharing: "YES" })).toEqual(["B Utrecht"]);
      expect(await titles(actors.wir, { periodCode: "2020-03", assessed: true })).toEqual(["A Zeeland"]);
      expect(await titles(actors.wir, { periodCode: "2020-10", assessed: true, startYearFrom: 2020 })).toEqual(["A Zeeland"]);
      expect(await titles(actors.wir, { periodCode: "2020-10", assessed: true, hoofdrubriekCode: "TECHNOLOGIE", concessiehouderCode: "CZ" })).toEqual(["A Zeeland"]);
      const list = await listProjects(ctxOf(t.db, actors.wir), { periodCode: "2020-03", status: "RUNNING" });
      expect(list.total).toBe(1);
      expect(list.periodLabel).toBe("maart 2020");
      expect(list.items[0].status).toBe("RUNNING");
    });

    it("keeps to the actor's own scope: a public card elsewhere is not counted by its judgement", async () => {
      expect(await titles(actors.inkoperCz, { periodCode: "2020-10", status: ["FINISHED_SUCCESSFUL", "FINISHED_UNSUCCESSFUL"] })).toEqual(["A Zeeland"]);
    });

    it("an unknown period finds nothing rather than the current one", async () => {
      expect(await titles(actors.wir, { periodCode: "2031-10", status: "RUNNING" })).toEqual([]);
    });
  });
}
