import { beforeAll, describe, expect, it, vi } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { formData } from "../support/form-data";
import { createProject } from "@/tests/support/factories";
import { NotAuthenticatedError } from "@/lib/server/core/errors";
import type { Ctx } from "@/lib/server/accounts/session";

/**
 * The server actions of the leader's issue, called the way the browser calls them: signed out
 * (no session → "unauthenticated", the typed values returned), and signed in as the leader of
 * another project or with forged ids (refused by lib/server's scope, nothing written).
 * The session is replaced by a test double; everything below it is real.
 */
const session = vi.hoisted(() => ({ current: null as Ctx | null }));
vi.mock("@/lib/server/accounts/session", () => ({
  requestCtx: async () => {
    if (!session.current) throw new NotAuthenticatedError();
    return session.current;
  },
  pageCtx: async () => session.current,
  currentActor: async () => session.current?.actor ?? null,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const projectActions = await import("@/app/(app)/projecten/actions");
const updateActions = await import("@/app/(app)/updates/actions");
const orgActions = await import("@/app/(app)/beheer/organisaties/actions");

for (const backend of testBackends()) {
  describe(`leader server actions on ${backend.name}`, () => {
    const t = useTestDb(backend);
    let projectOfA = "";
    let leaderB: Ctx;

    beforeAll(async () => {
      const a = await makeActor(t.db, [{ role: "PROJECTLEIDER" }]);
      leaderB = ctxOf(t.db, await makeActor(t.db, [{ role: "PROJECTLEIDER" }]));
      projectOfA = (await createProject(t.db.prisma, { title: "Project van A", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [a.userId] })).id;
      await t.db.prisma.reportingPeriod.create({ data: { code: "2021-03", label: "maart 2021", shortLabel: "mrt-21", peildatum: new Date("2021-03-01"), state: "OPEN" } });
    });

    const calls = () => [
      ["saveProject", () => projectActions.saveProjectAction(null, { title: "Getypte titel", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", version: 0 })],
      ["saveProject (edit)", () => projectActions.saveProjectAction(null, { projectId: projectOfA, title: "Getypte titel", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", version: 1 })],
      ["submitProject", () => projectActions.submitProjectAction(null, { projectId: projectOfA, version: 1 })],
      ["similarProjects", () => projectActions.similarProjectsAction({ title: "Getypte titel", description: "" })],
      ["searchOrganisations", () => projectActions.searchOrganisationsAction({ q: "Getypte" })],
      ["proposeOrganisation", () => projectActions.proposeOrganisationAction({ name: "Getypte organisatie", type: "OVERIG", city: "" })],
      ["saveUpdate", () => updateActions.saveUpdateAction(null, { projectId: projectOfA, periodCode: "2021-03", intent: "save", version: 0, progress: "Getypte voortgang" })],
      ["confirmOrganisation", () => orgActions.confirmOrganisationAction(null, formData({ organisationId: "some-org", version: "1" }))],
    ] as const;

    it("refuses every action signed out, returning what was typed", async () => {
      session.current = null;
      const auditBefore = await t.db.prisma.auditLog.count();
      for (const [name, call] of calls()) {
        const r = await call();
        expect(r.ok, name).toBe(false);
        if (!r.ok) {
          expect(r.code, name).toBe("unauthenticated");
          expect(r.message, name).toMatch(/sessie is verlopen/);
          expect(r.values, name).toBeTruthy();
        }
      }
      expect(await t.db.prisma.auditLog.count()).toBe(auditBefore);
    });

    it("refuses the leader of another project (scope) and roles without the permission, leaving that project untouched", async () => {
      session.current = leaderB;
      const kinds = Object.fromEntries(await Promise.all(calls().map(async ([name, call]) => [name, (await call()) as { ok: boolean; code?: string }])));
      expect(kinds["saveProject (edit)"]).toMatchObject({ ok: false, code: "notFound" });
      expect(kinds.submitProject).toMatchObject({ ok: false, code: "notFound" });
      expect(kinds.saveUpdate).toMatchObject({ ok: false, code: "notFound" });
      expect(kinds.confirmOrganisation).toMatchObject({ ok: false, code: "forbidden" });
      const edited = await t.db.prisma.project.findUniqueOrThrow({ where: { id: projectOfA }, select: { title: true, version: true } });
      expect(edited).toEqual({ title: "Project van A", version: 1 });
      expect(await t.db.prisma.progressUpdate.count()).toBe(0);
    });

    it("returns Dutch messages per field and the typed values on bad input", async () => {
      session.current = leaderB;
      const r = await projectActions.saveProjectAction(null, { title: "<script>x</script>", regionCode: "", hoofdrubriekCode: "TECHNOLOGIE", budgetEuros: "-1", version: 0 });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe("validation");
        expect(r.fieldErrors).toMatchObject({ regionCode: ["Kies een (sub)regio."], budgetEuros: ["Budget kan niet negatief zijn."] });
        expect(r.values).toMatchObject({ title: "<script>x</script>", budgetEuros: "-1" });
      }
    });
  });
}
