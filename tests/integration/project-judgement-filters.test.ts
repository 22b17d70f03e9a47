import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createAssessment, createProject } from "@/tests/support/factories";
import { listProjectPage } from "@/lib/server/projects/list";
import { parseProjectListQuery } from "@/lib/domain/project-list";
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
    // the links behind the numbers are URLs: parse them as /projecten does
    const list = (actor: Actor, url: string) => listProjectPage(ctxOf(t.db, actor), "projecten", parseProjectListQuery(new URLSearchParams(url)).query);
    const titles = async (actor: Actor, url: string) => (await list(actor, url)).items.map((p) => p.title).sort();

    it("filters on one or several judgements at the chosen period", async () => {
      expect(await titles(actors.wir, "periode=2020-10&status=FINISHED_SUCCESSFUL&status=FINISHED_UNSUCCESSFUL")).toEqual(["A Zeeland", "B Utrecht"]);
      expect(await titles(actors.wir, "periode=2020-03&status=RUNNING")).toEqual(["A Zeeland"]);
      expect(await titles(actors.wir, "periode=2020-10&opschaalbaarheid=THIS_REGION_ONLY&opschaalbaarheid=SOME_OTHER_REGIONS&opschaalbaarheid=NATIONAL&rubriek=TECHNOLOGIE")).toEqual(["A Zeeland", "B Utrecht"]);
      expect(await titles(actors.wir, "periode=2020-10&impact=LARGE_GREAT")).toEqual(["A Zeeland"]);
      expect(await titles(actors.wir, "periode=2020-10&delen=YES")).toEqual(["B Utrecht"]);
      expect(await titles(actors.wir, "periode=2020-03&beoordeeld=1")).toEqual(["A Zeeland"]);
      expect(await titles(actors.wir, "periode=2020-10&beoordeeld=1&startVanaf=2020")).toEqual(["A Zeeland"]);
      expect(await titles(actors.wir, "periode=2020-10&beoordeeld=1&rubriek=TECHNOLOGIE&concessiehouder=CZ")).toEqual(["A Zeeland"]);
      // the old parameter name of the report's links (ch) still works
      expect(await titles(actors.wir, "periode=2020-10&beoordeeld=1&hoofdrubriek=TECHNOLOGIE&ch=CZ")).toEqual(["A Zeeland"]);
      const page = await list(actors.wir, "periode=2020-03&status=RUNNING");
      expect(page.total).toBe(1);
      expect(page.period?.label).toBe("maart 2020");
      expect(page.items[0].status).toBe("RUNNING");
    });

    it("keeps to the actor's own scope: a public card elsewhere is not counted by its judgement", async () => {
      expect(await titles(actors.inkoperCz, "periode=2020-10&status=FINISHED_SUCCESSFUL&status=FINISHED_UNSUCCESSFUL")).toEqual(["A Zeeland"]);
    });

    it("an unknown period falls back to the period rule, and says so", async () => {
      const page = await list(actors.wir, "periode=2031-10&status=RUNNING");
      expect(page.period?.code).not.toBe("2031-10");
      expect(page.problems).toEqual([`Periode 2031-10 bestaat niet; de lijst toont ${page.period?.label}.`]);
    });
  });
}
