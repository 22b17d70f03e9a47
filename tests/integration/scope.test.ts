import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeCast, type CastMember } from "../support/actors";
import { createAssessment, createProject, createUser } from "@/tests/support/factories";
import { getProject, regionSummary, statusSummary } from "@/lib/server/projects/read";
import { listProjectRows } from "@/lib/server/projects/list";
import { listOrganisations, listUsers } from "@/lib/server/accounts/users";
import { projectManageWhere } from "@/lib/server/core/scope";
import { ForbiddenError, NotFoundError } from "@/lib/server/core/errors";
import type { Actor } from "@/lib/domain/actor";

/**
 * The role × resource × read/write matrix of the foundation. Fixture: a CZ project in Zeeland
 * led by leader A, a Zilveren Kruis project in Utrecht led by leader B, a public ZK project,
 * and a draft of leader A.
 */
for (const backend of testBackends()) {
  describe(`scope matrix on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const ids = {} as Record<"cz" | "zk" | "zkPublic" | "draftA", string>;
    const actors = {} as Record<CastMember, Actor>;

    beforeAll(async () => {
      const db = t.db;
      Object.assign(actors, await makeCast(db));
      const cz = await createProject(db.prisma, { title: "Zeeuws leernetwerk", regionCode: "zeeland", hoofdrubriekCode: "LEREN_VERBETEREN", leaderIds: [actors.leaderA.userId] });
      const zk = await createProject(db.prisma, { title: "Utrechtse zorgcampus", regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [actors.leaderB.userId] });
      const zkPublic = await createProject(db.prisma, { title: "Gedeelde kennisbank", regionCode: "drenthe", hoofdrubriekCode: "TECHNOLOGIE", isPublic: true });
      const draftA = await createProject(db.prisma, { title: "Concept van A", regionCode: "zeeland", hoofdrubriekCode: "ANDERS_WERKEN", leaderIds: [actors.leaderA.userId], lifecycle: "DRAFT" });
      Object.assign(ids, { cz: cz.id, zk: zk.id, zkPublic: zkPublic.id, draftA: draftA.id });
      for (const p of [cz, zk, zkPublic]) {
        await createAssessment(db.prisma, { projectId: p.id, periodCode: "2020-10", status: "RUNNING", careOrgCount: 5, note: "vertrouwelijke notitie" });
      }
    });

    const listed = async (actor: Actor) => (await listProjectRows(ctxOf(t.db, actor), "projecten", {})).rows.map((p) => p.title).sort();

    it("lists per role: own scope plus published cards", async () => {
      expect(await listed(actors.wir)).toEqual(["Concept van A", "Gedeelde kennisbank", "Utrechtse zorgcampus", "Zeeuws leernetwerk"]);
      expect(await listed(actors.inkoperCz)).toEqual(["Gedeelde kennisbank", "Zeeuws leernetwerk"]);
      expect(await listed(actors.inkoperZk)).toEqual(["Gedeelde kennisbank", "Utrechtse zorgcampus"]);
      expect(await listed(actors.leaderA)).toEqual(["Concept van A", "Gedeelde kennisbank", "Zeeuws leernetwerk"]);
      expect(await listed(actors.leaderB)).toEqual(["Gedeelde kennisbank", "Utrechtse zorgcampus"]);
    });

    it("hides the period status of a published card outside one's scope", async () => {
      const items = (await listProjectRows(ctxOf(t.db, actors.inkoperCz), "projecten", { periode: "2020-10" })).rows;
      expect(items.find((p) => p.title === "Gedeelde kennisbank")).toMatchObject({ inScope: false, status: null });
      expect(items.find((p) => p.title === "Zeeuws leernetwerk")).toMatchObject({ inScope: true, status: "RUNNING" });
    });

    it("an inkoper cannot open another concessiehouder's non-public project, nor a leader another's", async () => {
      await expect(getProject(ctxOf(t.db, actors.inkoperCz), ids.zk)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getProject(ctxOf(t.db, actors.inkoperZk), ids.cz)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getProject(ctxOf(t.db, actors.leaderB), ids.cz)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getProject(ctxOf(t.db, actors.leaderB), ids.draftA)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getProject(ctxOf(t.db, actors.inkoperCz), ids.draftA)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getProject(ctxOf(t.db, actors.wir), "forged-id")).rejects.toBeInstanceOf(NotFoundError);
    });

    it("a published card opens for everyone, without period records, history or contact details outside scope", async () => {
      const card = await getProject(ctxOf(t.db, actors.inkoperCz), ids.zkPublic);
      expect(card.title).toBe("Gedeelde kennisbank");
      expect(card.inScope).toBe(false);
      expect(card.canEdit).toBe(false);
      expect(card.assessments).toEqual([]);
      expect(card.history).toEqual([]);
      const own = await getProject(ctxOf(t.db, actors.inkoperZk), ids.zkPublic);
      expect(own.inScope).toBe(true);
      expect(own.assessments.map((a) => a.note)).toEqual(["vertrouwelijke notitie"]);
    });

    it("who may change which project (write scope)", async () => {
      const writable = async (actor: Actor) =>
        (await t.db.prisma.project.findMany({ where: projectManageWhere(actor), select: { title: true }, orderBy: { title: "asc" } })).map((p) => p.title);
      expect(await writable(actors.leaderA)).toEqual(["Concept van A", "Zeeuws leernetwerk"]);
      expect(await writable(actors.leaderB)).toEqual(["Utrechtse zorgcampus"]);
      expect(await writable(actors.inkoperCz)).toEqual(["Zeeuws leernetwerk"]);
      expect(await writable(actors.inkoperZk)).toEqual(["Gedeelde kennisbank", "Utrechtse zorgcampus"]);
      expect((await getProject(ctxOf(t.db, actors.leaderA), ids.cz)).canEdit).toBe(true);
      expect((await getProject(ctxOf(t.db, actors.inkoperCz), ids.cz)).canEdit).toBe(false);
    });

    it("home figures count only the actor's own scope", async () => {
      expect((await statusSummary(ctxOf(t.db, actors.inkoperCz))).total).toBe(1);
      expect((await statusSummary(ctxOf(t.db, actors.inkoperZk))).total).toBe(2);
      expect((await statusSummary(ctxOf(t.db, actors.wir))).total).toBe(4);
      expect((await statusSummary(ctxOf(t.db, actors.leaderA), { mine: true })).total).toBe(2);
      expect((await regionSummary(ctxOf(t.db, actors.inkoperCz))).map((r) => r.name)).toEqual(["Zeeland"]);
      expect((await regionSummary(ctxOf(t.db, actors.inkoperZk))).map((r) => r.name)).toEqual(["Drenthe", "Utrecht"]);
    });

    it("user and organisation administration is for the beheerder only, and never returns password hashes", async () => {
      for (const who of ["wir", "inkoperCz", "leaderA"] as const) {
        await expect(listUsers(ctxOf(t.db, actors[who]))).rejects.toBeInstanceOf(ForbiddenError);
        await expect(listOrganisations(ctxOf(t.db, actors[who]))).rejects.toBeInstanceOf(ForbiddenError);
      }
      const users = await listUsers(ctxOf(t.db, actors.beheer));
      expect(users.length).toBeGreaterThanOrEqual(6);
      expect(JSON.stringify(users)).not.toMatch(/passwordHash|\$argon2/);
    });

    it("a user whose roles were revoked has no scope at all", async () => {
      const user = await createUser(t.db.prisma, { memberships: [{ role: "INKOPER", concessiehouderCode: "CZ" }] });
      await t.db.prisma.membership.deleteMany({ where: { userId: user.id } });
      const { loadActor } = await import("@/lib/server/accounts/actor");
      expect(await loadActor(t.db.prisma, user.id)).toBeNull();
    });
  });
}
