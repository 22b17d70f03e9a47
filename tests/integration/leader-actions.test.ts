import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeCast, type CastMember } from "../support/actors";
import { createAssessment, createOrganisation, createProject } from "@/tests/support/factories";
import { getProjectForEdit, saveProject, similarProjects, submitProject } from "@/lib/server/projects/edit";
import { confirmOrganisation, listProposedOrganisations, proposeOrganisation, searchOrganisations } from "@/lib/server/reference-data/organisations";
import { getUpdateForm, listMyUpdates, projectUpdates, saveUpdate } from "@/lib/server/updates";
import { reviewSchema, reviewUpdate } from "@/lib/server/review/updates";
import { getProject } from "@/lib/server/projects/read";
import { findPagePeriod } from "@/lib/server/periods/read";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/core/errors";
import { projectInputSchema } from "@/lib/domain/validation/project";
import { updateInputSchema } from "@/lib/domain/validation/update";
import type { Actor } from "@/lib/domain/actor";
import type { DbHandle } from "@/lib/server/db/connection";

/**
 * Every write of the leader's issue (register/edit/submit a project, propose/confirm an
 * organisation, save/submit/review an update), called as its rightful actor, as the leader of
 * another project, as other roles, with forged ids and with bad input. Signed-out calls are
 * refused by runAction before lib/server is reached (tests/integration/leader-actions: see the
 * "signed out" case below, which exercises runAction without a session).
 */

const project = (over: Record<string, unknown> = {}) =>
  projectInputSchema.parse({
    title: "Slimme sensoren in de nacht",
    regionCode: "zeeland",
    hoofdrubriekCode: "TECHNOLOGIE",
    goal: "Rustiger nachten voor bewoners.",
    description: "Verpleeghuizen in Zeeland proberen samen leefcirkels en sensoren uit.",
    version: 0,
    ...over,
  });
const update = (over: Record<string, unknown>) => updateInputSchema.parse({ periodCode: "2021-03", intent: "save", version: 0, ...over });
// the review decision itself is lib/server/review/updates.ts (issue of the review engineer); used here to walk the whole cycle
const review = (over: Record<string, unknown>) => reviewSchema.parse({ decision: "return", comment: "Graag cijfers toevoegen.", ...over });

async function openMarch2021(db: DbHandle) {
  await db.prisma.reportingPeriod.create({
    data: { code: "2021-03", label: "maart 2021", shortLabel: "mrt-21", peildatum: new Date("2021-03-01"), state: "OPEN", openedAt: new Date() },
  });
}

for (const backend of testBackends()) {
  describe(`leader actions on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const a = {} as Record<CastMember, Actor>;
    const ids = {} as Record<"projectA" | "projectB" | "orgConfirmed", string>;
    const ctx = (who: keyof typeof a) => ctxOf(t.db, a[who]);

    beforeAll(async () => {
      const db = t.db;
      Object.assign(a, await makeCast(db));
      const org = await createOrganisation(db.prisma, { name: "Zorggroep Oosterschelde", city: "Goes" });
      // two Technologie projects, each with its own leader
      const nightCare = (leader: Actor, regionCode: string, title: string, description: string) =>
        createProject(db.prisma, { title, description, regionCode, hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [leader.userId] });
      const pa = await nightCare(a.leaderA, "zeeland", "Beeldzorg in de nacht Zeeland", "Nachtelijke beeldzorg met camera's en sensoren in verpleeghuizen.");
      const pb = await nightCare(a.leaderB, "utrecht", "Beeldzorg in de nacht Utrecht", "Sensoren en beeldzorg in de nacht, vertrouwelijk plan.");
      await createAssessment(db.prisma, { projectId: pa.id, periodCode: "2020-10", status: "RUNNING", careOrgCount: 7 });
      Object.assign(ids, { projectA: pa.id, projectB: pb.id, orgConfirmed: org.id });
      await openMarch2021(db);
    });

    describe("registering and editing a project", () => {
      it("registers a draft with every field, makes the actor its leader and audits it", async () => {
        const saved = await saveProject(
          ctx("leaderA"),
          project({
            partnerIds: [ids.orgConfirmed],
            themeCodes: ["PERSOONSGERICHT", "INFORMATIE"],
            startDate: "2021-01-01",
            endDate: "2022-06-30",
            budgetEuros: "45000",
            isPublic: "on",
            contacts: [{ name: "Anna Verhoef", role: "Projectleider", email: "anna@example.org" }],
            links: [{ label: "Projectsite", url: "https://example.org/sensoren" }],
          }),
        );
        expect(saved).toMatchObject({ lifecycle: "DRAFT", version: 1 });
        expect(saved.wirNumber).toMatch(/^RT-\d{4}$/);
        const form = await getProjectForEdit(ctx("leaderA"), saved.id);
        // a submitted "isPublic" is ignored: publishing is the Projectenbank checklist's step
        expect(form.values).toMatchObject({ title: "Slimme sensoren in de nacht", budgetEuros: "45000", startDate: "2021-01-01", endDate: "2022-06-30", isPublic: false, partnerIds: [ids.orgConfirmed] });
        expect(form.values.themeCodes).toHaveLength(2);
        expect(form.values.contacts).toEqual([{ name: "Anna Verhoef", role: "Projectleider", email: "anna@example.org", phone: "", organisation: "" }]);
        expect(form.values.links).toEqual([{ label: "Projectsite", url: "https://example.org/sensoren" }]);
        const audit = await t.db.prisma.auditLog.findMany({ where: { entity: "Project", entityId: saved.id } });
        expect(audit).toHaveLength(1);
        expect(audit[0]).toMatchObject({ action: "CREATE", actorUserId: a.leaderA.userId });
        expect(audit[0].after).toMatchObject({ title: "Slimme sensoren in de nacht", partners: ["Zorggroep Oosterschelde"], budgetEuros: 45000 });
        // a draft is the leader's own: the inkoper of the region does not see it yet
        await expect(getProject(ctx("inkoperCz"), saved.id)).rejects.toBeInstanceOf(NotFoundError);
        // a second registration gets the next number
        const second = await saveProject(ctx("leaderA"), project({ title: "Tweede project" }));
        expect(Number(second.wirNumber.slice(3))).toBe(Number(saved.wirNumber.slice(3)) + 1);
      });

      it("edits with a version check: the second save of the same version is refused, nothing overwritten", async () => {
        const saved = await saveProject(ctx("leaderA"), project({ title: "Versiecontrole" }));
        const first = await saveProject(ctx("leaderA"), project({ projectId: saved.id, version: saved.version, title: "Versiecontrole — eerste" }));
        expect(first.version).toBe(saved.version + 1);
        await expect(saveProject(ctx("leaderA"), project({ projectId: saved.id, version: saved.version, title: "Versiecontrole — tweede" }))).rejects.toBeInstanceOf(ConflictError);
        expect((await getProjectForEdit(ctx("leaderA"), saved.id)).values.title).toBe("Versiecontrole — eerste");
        const history = await t.db.prisma.auditLog.findMany({ where: { entity: "Project", entityId: saved.id, action: "UPDATE" } });
        expect(history).toHaveLength(1);
        expect(history[0].before).toEqual({ title: "Versiecontrole" });
        expect(history[0].after).toEqual({ title: "Versiecontrole — eerste" });
      });

      it("submits a draft (DRAFT → ACTIVE) only when goal and description are filled, with a version check", async () => {
        const empty = await saveProject(ctx("leaderA"), project({ title: "Nog leeg", goal: "", description: "" }));
        const err = await submitProject(ctx("leaderA"), { projectId: empty.id, version: empty.version }).catch((e) => e);
        expect(err).toBeInstanceOf(ValidationError);
        expect(Object.keys(err.fieldErrors).sort()).toEqual(["description", "goal"]);
        const full = await saveProject(ctx("leaderA"), project({ title: "In te dienen" }));
        await expect(submitProject(ctx("leaderA"), { projectId: full.id, version: full.version + 5 })).rejects.toBeInstanceOf(ConflictError);
        const active = await submitProject(ctx("leaderA"), { projectId: full.id, version: full.version });
        expect(active.lifecycle).toBe("ACTIVE");
        await expect(submitProject(ctx("leaderA"), { projectId: full.id, version: active.version })).rejects.toBeInstanceOf(ValidationError);
        expect((await getProject(ctx("inkoperCz"), full.id)).title).toBe("In te dienen");
      });

      it("refuses the leader of another project, other roles and forged ids", async () => {
        await expect(saveProject(ctx("leaderB"), project({ projectId: ids.projectA, version: 1 }))).rejects.toBeInstanceOf(NotFoundError);
        await expect(getProjectForEdit(ctx("leaderB"), ids.projectA)).rejects.toBeInstanceOf(NotFoundError);
        await expect(submitProject(ctx("leaderB"), { projectId: ids.projectA, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
        for (const who of ["inkoperCz", "beheer"] as const) {
          await expect(saveProject(ctx(who), project({ projectId: ids.projectA, version: 1 }))).rejects.toBeInstanceOf(ForbiddenError);
          await expect(saveProject(ctx(who), project())).rejects.toBeInstanceOf(ForbiddenError);
          await expect(submitProject(ctx(who), { projectId: ids.projectA, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
        }
        // WIR may edit (national scope) but not register as leader
        await expect(saveProject(ctx("wir"), project())).rejects.toBeInstanceOf(ForbiddenError);
        await expect(saveProject(ctx("leaderA"), project({ projectId: "forged-id", version: 1 }))).rejects.toBeInstanceOf(NotFoundError);
        await expect(saveProject(ctx("leaderA"), project({ version: 3 }))).rejects.toBeInstanceOf(NotFoundError);
        const forged = await saveProject(ctx("leaderA"), project({ partnerIds: ["nietbestaand"], leadOrganisationId: "ookniet", regionCode: "atlantis", hoofdrubriekCode: "X" })).catch((e) => e);
        expect(forged).toBeInstanceOf(ValidationError);
        expect(Object.keys(forged.fieldErrors).sort()).toEqual(["hoofdrubriekCode", "leadOrganisationId", "partnerIds", "regionCode"]);
        // nothing was written by any refused call
        expect(await t.db.prisma.auditLog.count({ where: { entity: "Project", entityId: ids.projectA } })).toBe(0);
      });

      it("stores HTML and script as plain text", async () => {
        const evil = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        const saved = await saveProject(ctx("leaderA"), project({ title: `Project ${evil}`, description: evil }));
        const card = await getProject(ctx("leaderA"), saved.id);
        expect(card.title).toBe(`Project ${evil}`);
        expect(card.description).toBe(evil);
      });
    });

    describe("Bestaat dit al?", () => {
      it("finds similar projects by title and description with Dutch stemming, only those the actor may read", async () => {
        const found = await similarProjects(ctx("leaderA"), { title: "Beeldzorg 's nachts", description: "sensor", regionCode: "zeeland" });
        expect(found.map((p) => p.title)).toContain("Beeldzorg in de nacht Zeeland");
        // leader B's project is not public and not leader A's
        expect(found.map((p) => p.title)).not.toContain("Beeldzorg in de nacht Utrecht");
        expect(found.find((p) => p.title === "Beeldzorg in de nacht Zeeland")).toMatchObject({ sameRegion: true, inScope: true });
        const wir = await similarProjects(ctx("wir"), { title: "beeldzorg", description: "" });
        expect(wir.map((p) => p.title)).toEqual(expect.arrayContaining(["Beeldzorg in de nacht Zeeland", "Beeldzorg in de nacht Utrecht"]));
        await t.db.prisma.project.update({ where: { id: ids.projectB }, data: { isPublic: true } });
        const afterPublish = await similarProjects(ctx("leaderA"), { title: "beeldzorg", description: "" });
        expect(afterPublish.find((p) => p.title === "Beeldzorg in de nacht Utrecht")).toMatchObject({ inScope: false, sameRegion: false });
        await t.db.prisma.project.update({ where: { id: ids.projectB }, data: { isPublic: false } });
      });

      it("is safe with search syntax and stop words only", async () => {
        expect(await similarProjects(ctx("leaderA"), { title: "de het een", description: "" })).toEqual([]);
        expect(await similarProjects(ctx("leaderA"), { title: "!&|():* ' \\", description: "" })).toEqual([]);
        await expect(similarProjects(ctx("leaderA"), { title: "nacht & (beeld | zorg) !sensor:*", description: "" })).resolves.toBeInstanceOf(Array);
      });
    });

    describe("organisations", () => {
      it("a leader proposes a missing organisation; the beheerder confirms it (audited, version-checked)", async () => {
        const proposed = await proposeOrganisation(ctx("leaderA"), { name: "Stichting Nieuw Zeeland", type: "ZORGAANBIEDER", city: "Vlissingen" });
        expect(proposed.status).toBe("PROPOSED");
        const again = await proposeOrganisation(ctx("leaderB"), { name: "stichting nieuw zeeland", type: "ZORGAANBIEDER", city: "" });
        expect(again.id).toBe(proposed.id);
        expect((await searchOrganisations(ctx("leaderA"), "nieuw")).map((o) => o.name)).toContain("Stichting Nieuw Zeeland");
        // usable right away in a project
        const saved = await saveProject(ctx("leaderA"), project({ title: "Met voorgestelde partner", partnerIds: [proposed.id] }));
        expect(saved.version).toBe(1);
        for (const who of ["leaderA", "inkoperCz", "wir"] as const) {
          await expect(confirmOrganisation(ctx(who), { organisationId: proposed.id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
          await expect(listProposedOrganisations(ctx(who))).rejects.toBeInstanceOf(ForbiddenError);
        }
        await expect(proposeOrganisation(ctx("inkoperCz"), { name: "X BV", type: "OVERIG", city: "" })).rejects.toBeInstanceOf(ForbiddenError);
        await expect(confirmOrganisation(ctx("beheer"), { organisationId: "forged", version: 1 })).rejects.toBeInstanceOf(NotFoundError);
        await expect(confirmOrganisation(ctx("beheer"), { organisationId: proposed.id, version: 9 })).rejects.toBeInstanceOf(ConflictError);
        const pending = await listProposedOrganisations(ctx("beheer"));
        expect(pending.find((o) => o.id === proposed.id)).toMatchObject({ proposedByName: a.leaderA.name });
        await confirmOrganisation(ctx("beheer"), { organisationId: proposed.id, version: 1 });
        await expect(confirmOrganisation(ctx("beheer"), { organisationId: proposed.id, version: 2 })).rejects.toBeInstanceOf(ValidationError);
        const audit = await t.db.prisma.auditLog.findMany({ where: { entity: "Organisation", entityId: proposed.id }, orderBy: { id: "asc" } });
        expect(audit.map((x) => [x.action, x.actorUserId])).toEqual([
          ["CREATE", a.leaderA.userId],
          ["UPDATE", a.beheer.userId],
        ]);
      });
    });

    describe("period updates", () => {
      /** A project of leader A judged "Lopend" in oktober 2020, without updates yet: each test its own. */
      async function leaderAProject(title: string) {
        const p = await createProject(t.db.prisma, { title, regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [a.leaderA.userId] });
        await createAssessment(t.db.prisma, { projectId: p.id, periodCode: "2020-10", status: "RUNNING", careOrgCount: 7 });
        return p.id;
      }

      it("shows the leader which projects need an update, prefilled from the previous period", async () => {
        const projectA = await leaderAProject("Update nog te doen");
        const mine = await listMyUpdates(ctx("leaderA"));
        expect(mine.period?.code).toBe("2021-03");
        expect(mine.items.find((i) => i.projectId === projectA)).toMatchObject({ state: "NONE" });
        expect(mine.items.some((i) => i.projectId === ids.projectB)).toBe(false);
        const form = await getUpdateForm(ctx("leaderA"), projectA);
        expect(form.values).toMatchObject({ status: "RUNNING", careOrgCount: 7 });
        expect(form.prefilledFrom).toBe("de beoordeling van oktober 2020");
        // maart 2021 is open (being filled in): pages with figures open on the latest closed period
        expect((await findPagePeriod(t.db.prisma, "figures"))?.code).toBe("2020-10");
      });

      it("two co-leaders saving the first draft at the same moment: one is saved, the other gets a version conflict", async () => {
        const projectA = await leaderAProject("Update door twee leiders tegelijk");
        await t.db.prisma.projectLeader.create({ data: { projectId: projectA, userId: a.leaderB.userId } });
        const results = await Promise.allSettled([
          saveUpdate(ctx("leaderA"), update({ projectId: projectA, progress: "Van leider A" })),
          saveUpdate(ctx("leaderB"), update({ projectId: projectA, progress: "Van leider B" })),
        ]);
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        const refused = results.filter((r) => r.status === "rejected");
        expect(refused).toHaveLength(1);
        expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
        const stored = await t.db.prisma.progressUpdate.findMany({ where: { projectId: projectA }, select: { id: true, version: true } });
        expect(stored).toMatchObject([{ version: 1 }]);
        expect(await t.db.prisma.auditLog.count({ where: { entity: "ProgressUpdate", entityId: stored[0].id } })).toBe(1);
      });

      it("draft → submit → returned with comment → edit → resubmit → approved, each audited and version-checked", async () => {
        const projectA = await leaderAProject("Update door de hele cyclus");
        const draft = await saveUpdate(ctx("leaderA"), update({ projectId: projectA, status: "RUNNING", progress: "Eerste opzet.", careOrgCount: "" }));
        expect(draft).toMatchObject({ state: "DRAFT", version: 1 });
        // a second tab that also started from "no update yet" is refused
        await expect(saveUpdate(ctx("leaderA"), update({ projectId: projectA, progress: "Andere tab" }))).rejects.toBeInstanceOf(ConflictError);
        const submitted = await saveUpdate(ctx("leaderA"), update({ projectId: projectA, intent: "submit", version: 1, status: "RUNNING", progress: "Sensoren hangen in twee huizen.", careOrgCount: "8" }));
        expect(submitted).toMatchObject({ state: "SUBMITTED", version: 2 });
        // the leader cannot change a submitted update
        await expect(saveUpdate(ctx("leaderA"), update({ projectId: projectA, version: 2, progress: "nog iets" }))).rejects.toBeInstanceOf(ValidationError);
        // review: only in scope
        await expect(reviewUpdate(ctx("inkoperZk"), review({ id: submitted.id, version: 2 }))).rejects.toBeInstanceOf(NotFoundError);
        await expect(reviewUpdate(ctx("leaderA"), review({ id: submitted.id, version: 2 }))).rejects.toBeInstanceOf(ForbiddenError);
        await expect(reviewUpdate(ctx("beheer"), review({ id: submitted.id, version: 2 }))).rejects.toBeInstanceOf(ForbiddenError);
        await expect(reviewUpdate(ctx("inkoperCz"), review({ id: "forged", version: 2 }))).rejects.toBeInstanceOf(NotFoundError);
        await expect(reviewUpdate(ctx("inkoperCz"), review({ id: submitted.id, version: 1 }))).rejects.toBeInstanceOf(ConflictError);
        const returned = await reviewUpdate(ctx("inkoperCz"), review({ id: submitted.id, version: 2, comment: "Hoeveel bewoners doen mee?" }));
        expect(returned).toMatchObject({ state: "RETURNED", version: 3 });
        const mine = await listMyUpdates(ctx("leaderA"));
        expect(mine.items.find((i) => i.projectId === projectA)).toMatchObject({ state: "RETURNED", returnComment: "Hoeveel bewoners doen mee?" });
        const form = await getUpdateForm(ctx("leaderA"), projectA);
        expect(form.update).toMatchObject({ state: "RETURNED", returnComment: "Hoeveel bewoners doen mee?", version: 3 });
        expect(form.values).toMatchObject({ progress: "Sensoren hangen in twee huizen.", careOrgCount: 8 });
        const resubmitted = await saveUpdate(ctx("leaderA"), update({ projectId: projectA, intent: "submit", version: 3, status: "RUNNING", progress: "Sensoren in twee huizen, 40 bewoners.", careOrgCount: "8" }));
        expect(resubmitted.state).toBe("SUBMITTED");
        const approved = await reviewUpdate(ctx("wir"), review({ id: submitted.id, version: 4, decision: "approve" }));
        expect(approved.state).toBe("APPROVED");
        await expect(saveUpdate(ctx("leaderA"), update({ projectId: projectA, intent: "submit", version: 5, status: "RUNNING", progress: "x" }))).rejects.toBeInstanceOf(ValidationError);
        const audit = await t.db.prisma.auditLog.findMany({ where: { entity: "ProgressUpdate", entityId: submitted.id }, orderBy: { id: "asc" } });
        expect(audit.map((x) => [x.action, (x.after as { state?: string }).state, x.actorUserId])).toEqual([
          ["CREATE", "DRAFT", a.leaderA.userId],
          ["UPDATE", "SUBMITTED", a.leaderA.userId],
          ["UPDATE", "RETURNED", a.inkoperCz.userId],
          ["UPDATE", "SUBMITTED", a.leaderA.userId],
          ["UPDATE", "APPROVED", a.wir.userId],
        ]);
        // the project page's timeline and history: in scope only
        expect((await projectUpdates(ctx("inkoperCz"), projectA)).map((u) => u.state)).toEqual(["APPROVED"]);
        expect(await projectUpdates(ctx("inkoperZk"), projectA)).toEqual([]);
        const card = await getProject(ctx("leaderA"), projectA);
        expect(card.history.filter((h) => h.entity === "ProgressUpdate")).toHaveLength(5);
      });

      it("refuses updates by the leader of another project, other roles, forged ids, drafts and closed periods", async () => {
        const updatesOf = (projectId: string) => t.db.prisma.progressUpdate.findMany({ where: { projectId }, select: { id: true, version: true } });
        const before = { a: await updatesOf(ids.projectA), b: await updatesOf(ids.projectB) };
        await expect(saveUpdate(ctx("leaderB"), update({ projectId: ids.projectA }))).rejects.toBeInstanceOf(NotFoundError);
        await expect(getUpdateForm(ctx("leaderB"), ids.projectA)).rejects.toBeInstanceOf(NotFoundError);
        for (const who of ["inkoperCz", "wir", "beheer"] as const) {
          await expect(saveUpdate(ctx(who), update({ projectId: ids.projectA }))).rejects.toBeInstanceOf(ForbiddenError);
          await expect(listMyUpdates(ctx(who))).rejects.toBeInstanceOf(ForbiddenError);
        }
        await expect(saveUpdate(ctx("leaderA"), update({ projectId: "forged" }))).rejects.toBeInstanceOf(NotFoundError);
        await expect(saveUpdate(ctx("leaderB"), update({ projectId: ids.projectB, periodCode: "2030-03" }))).rejects.toBeInstanceOf(NotFoundError);
        const closed = await saveUpdate(ctx("leaderB"), update({ projectId: ids.projectB, periodCode: "2020-10" })).catch((e) => e);
        expect(closed).toBeInstanceOf(ValidationError);
        expect(closed.message).toMatch(/gesloten/);
        const draftProject = await saveProject(ctx("leaderB"), project({ title: "Concept van B", regionCode: "utrecht" }));
        const draft = await saveUpdate(ctx("leaderB"), update({ projectId: draftProject.id })).catch((e) => e);
        expect(draft).toBeInstanceOf(ValidationError);
        expect(draft.message).toMatch(/Dien eerst het project/);
        // nothing written: the updates of both projects are as they were, the draft has none
        expect({ a: await updatesOf(ids.projectA), b: await updatesOf(ids.projectB) }).toEqual(before);
        expect(await t.db.prisma.progressUpdate.count({ where: { projectId: draftProject.id } })).toBe(0);
      });

      it("keeps over-long and HTML text out or as text", async () => {
        expect(updateInputSchema.safeParse({ projectId: ids.projectB, periodCode: "2021-03", intent: "save", version: 0, risks: "r".repeat(5001) }).success).toBe(false);
        const evil = "<script>document.title='x'</script>";
        const saved = await saveUpdate(ctx("leaderB"), update({ projectId: ids.projectB, progress: evil }));
        expect((await getUpdateForm(ctx("leaderB"), ids.projectB)).values.progress).toBe(evil);
        expect(saved.state).toBe("DRAFT");
      });
    });
  });
}
