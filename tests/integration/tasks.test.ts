import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "@/tests/support/db";
import { ctxOf, makeActor } from "@/tests/support/actors";
import { createAssessment, createProgressUpdate, createProject, createReportingPeriod } from "@/tests/support/factories";
import { manualClock } from "@/lib/domain/clock";
import { periodProgressByRegion, progressByConcessiehouder, projectsWithoutLeader, reminderPreview, reviewerTasks, sendReminder } from "@/lib/server/tasks";
import { runDueJobs } from "@/lib/server/jobs/worker";
import { notificationJobs } from "@/lib/server/notifications/jobs";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/core/errors";
import { inviteProjectLeader } from "@/lib/server/accounts";

for (const backend of testBackends()) {
  describe(`task lists (${backend.name})`, () => {
    const t = useTestDb(backend);

    it("counts per region what waits, an inkoper only in its own regions, and WIR's reminder reaches exactly the previewed leaders", async () => {
      const db = t.db;
      // this test's period is the only open one, whatever ran before it
      await db.prisma.reportingPeriod.updateMany({ where: { state: "OPEN" }, data: { state: "CLOSED" } });
      const wirActor = await makeActor(db, [{ role: "WIR" }]);
      const wir = ctxOf(db, wirActor);
      const inkoperCZ = ctxOf(db, await makeActor(db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]));
      const leader = await makeActor(db, [{ role: "PROJECTLEIDER" }], { name: "Lotte" });
      const other = await makeActor(db, [{ role: "PROJECTLEIDER" }], { name: "Otto" });
      const period = await createReportingPeriod(db.prisma, { code: "2040-03", peildatum: "2040-03-01", state: "OPEN" });
      // other tests in this file may have made Zeeland projects already (they run in shuffled order)
      const baseline = await periodProgressByRegion(wir, period.id);
      const before = baseline.find((r) => r.regionCode === "zeeland");
      const utrechtBefore = baseline.find((r) => r.regionCode === "utrecht")?.projects ?? 0;
      const p = (regionCode: string, leaderIds: string[]) => createProject(db.prisma, { regionCode, hoofdrubriekCode: "TECHNOLOGIE", leaderIds });
      const z1 = await p("zeeland", [leader.userId]);
      const z2 = await p("zeeland", [leader.userId]);
      await p("zeeland", []); // no leader
      const z4 = await p("zeeland", [other.userId]);
      await p("utrecht", [other.userId]);
      await createProgressUpdate(db.prisma, { projectId: z1.id, periodCode: "2040-03", state: "SUBMITTED" });
      await createProgressUpdate(db.prisma, { projectId: z4.id, periodCode: "2040-03", state: "APPROVED" });
      await createAssessment(db.prisma, { projectId: z4.id, periodCode: "2040-03", status: "RUNNING" });

      const all = await periodProgressByRegion(wir, period.id);
      const zeeland = all.find((r) => r.regionCode === "zeeland")!;
      expect(zeeland).toMatchObject({ concessiehouderCode: "CZ", projects: (before?.projects ?? 0) + 4, withoutLeader: (before?.withoutLeader ?? 0) + 1, submitted: 2, toReview: 1, approved: 1, assessed: 1, proposalsToMake: 2 });
      expect(all.find((r) => r.regionCode === "utrecht")).toMatchObject({ concessiehouderCode: "ZK", projects: utrechtBefore + 1, submitted: 0 });
      const cz = progressByConcessiehouder(all).find((c) => c.concessiehouderCode === "CZ")!;
      expect(cz.submitted).toBe(all.filter((r) => r.concessiehouderCode === "CZ").reduce((n, r) => n + r.submitted, 0));

      // the inkoper: only CZ's regions
      const mine = await periodProgressByRegion(inkoperCZ, period.id);
      expect(mine.every((r) => r.concessiehouderCode === "CZ")).toBe(true);
      expect(mine.map((r) => r.regionCode)).toContain("zeeland");
      expect(mine.map((r) => r.regionCode)).not.toContain("utrecht");
      const tasks = await reviewerTasks(inkoperCZ);
      expect(tasks?.withoutLeader.items.every((i) => i.regionName !== "Utrecht")).toBe(true);
      await expect(reminderPreview(inkoperCZ, ["zeeland"])).rejects.toBeInstanceOf(ForbiddenError);

      // WIR previews Zeeland: Lotte for z2 (z1 is submitted), not Otto (his Zeeland update is approved)
      const preview = await reminderPreview(wir, ["zeeland"]);
      expect(preview.leaders.map((l) => [l.name, l.projects.map((x) => x.wirNumber)])).toEqual([["Lotte", [z2.wirNumber]]]);

      const clock = manualClock("2040-03-10T09:00:00Z");
      const sent = await sendReminder({ ...wir, clock }, { periodId: period.id, regionCodes: ["zeeland"] });
      expect(sent.projects).toBe(1);
      await runDueJobs(db.prisma, notificationJobs, clock);
      const reminders = await db.prisma.notification.findMany({ where: { kind: "DEADLINE_REMINDER", userId: { in: [leader.userId, other.userId] } } });
      expect(reminders.map((r) => r.userId)).toEqual([leader.userId]);
      expect((reminders[0].data as { projects: { id: string }[] }).projects.map((x) => x.id)).toEqual([z2.id]);
      expect(await db.prisma.auditLog.count({ where: { entity: "Reminder", actorUserId: wirActor.userId } })).toBe(1);

      // nothing left to remind in a region where everything is in
      await createProgressUpdate(db.prisma, { projectId: z2.id, periodCode: "2040-03", state: "SUBMITTED" });
      await expect(sendReminder({ ...wir, clock }, { periodId: period.id, regionCodes: ["zeeland"] })).rejects.toBeInstanceOf(ValidationError);
    });

    it("a project without a leader (here in West-Brabant, CZ) shows in the task list until WIR or its own inkoper invites one from there; another concessiehouder's inkoper cannot", async () => {
      const db = t.db;
      await db.prisma.reportingPeriod.updateMany({ where: { state: "OPEN" }, data: { state: "CLOSED" } });
      await createReportingPeriod(db.prisma, { code: "2041-03", peildatum: "2041-03-01", state: "OPEN" });
      const wir = ctxOf(db, await makeActor(db, [{ role: "WIR" }]));
      const inkoperCZ = ctxOf(db, await makeActor(db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]));
      const inkoperZK = ctxOf(db, await makeActor(db, [{ role: "INKOPER", concessiehouderCode: "ZK" }]));
      const brabant = await createProject(db.prisma, { regionCode: "west-brabant", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [] });
      const utrecht = await createProject(db.prisma, { regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [] });
      const listed = async (ctx: typeof wir) => (await reviewerTasks(ctx))!.withoutLeader;
      const ids = async (ctx: typeof wir) => (await projectsWithoutLeader(ctx, 10_000)).items.map((i) => i.id);

      expect(await ids(inkoperCZ)).toContain(brabant.id);
      expect(await ids(inkoperCZ)).not.toContain(utrecht.id);
      expect((await listed(wir)).total).toBeGreaterThanOrEqual(2);
      await expect(inviteProjectLeader(inkoperZK, { projectId: brabant.id, name: "Zoë Zeeuw", email: `zoe-${backend.name}@zorg.test` })).rejects.toBeInstanceOf(NotFoundError);

      const before = (await listed(inkoperCZ)).total;
      await inviteProjectLeader(inkoperCZ, { projectId: brabant.id, name: "Zoë Zeeuw", email: `zoe-${backend.name}@zorg.test` });
      await inviteProjectLeader(wir, { projectId: utrecht.id, name: "Udo Utrecht", email: `udo-${backend.name}@zorg.test` });
      expect(await ids(inkoperCZ)).not.toContain(brabant.id);
      expect(await ids(wir)).not.toContain(utrecht.id);
      expect((await listed(inkoperCZ)).total).toBe(before - 1);
      expect(await db.prisma.mailMessage.count({ where: { toAddress: { in: [`zoe-${backend.name}@zorg.test`, `udo-${backend.name}@zorg.test`] } } })).toBe(2);
    });
  });
}
