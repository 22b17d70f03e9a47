import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "@/tests/support/db";
import { ctxOf, makeActor } from "@/tests/support/actors";
import { createProject, createAssessment, createAssessmentProposal } from "@/tests/support/factories";
import { manualClock } from "@/lib/domain/clock";
import { retryPauseMs } from "@/lib/domain/jobs";
import { changeDeadlines, closePeriod, createPeriod, openPlannedPeriod } from "@/lib/server/periods/admin";
import { saveUpdate } from "@/lib/server/updates";
import { reviewUpdate } from "@/lib/server/review/updates";
import { proposeOrganisation } from "@/lib/server/reference-data/organisations";
import { runDueJobs, type JobHandlers } from "@/lib/server/jobs/worker";
import { notificationJobs } from "@/lib/server/notifications/jobs";
import { mailJobs, outboxSink, scheduleNextDigest, type MailSink } from "@/lib/server/notifications/mail";
import { listMyNotifications, saveNotificationSettings, unreadNotificationCount, markNotificationsRead } from "@/lib/server/notifications/read";
import type { Actor } from "@/lib/domain/actor";
import type { DbHandle } from "@/lib/server/db/connection";

let seq = 0;
const uniq = () => `${Date.now().toString(36)}${++seq}`;

/** A mail outbox stand-in that records what it was handed, and can be made to fail. */
function recordingSink() {
  const sent: Parameters<MailSink>[1] = [];
  let failuresLeft = 0;
  return {
    sent,
    failNext(n: number) {
      failuresLeft = n;
    },
    handlers(): JobHandlers {
      return {
        ...notificationJobs,
        ...mailJobs(async (_tx, mails) => {
          if (failuresLeft > 0) {
            failuresLeft--;
            throw new Error("SMTP-server onbereikbaar");
          }
          sent.push(...mails);
        }),
      };
    },
  };
}

/** What the app's worker does each round: schedule the daily summary, run the due jobs. */
async function work(s: { db: DbHandle; clock: ReturnType<typeof manualClock> }, sink: ReturnType<typeof recordingSink>) {
  await scheduleNextDigest(s.db.prisma, s.clock);
  await runDueJobs(s.db.prisma, sink.handlers(), s.clock);
}

async function kindsOf(db: DbHandle, actor: Actor) {
  const rows = await db.prisma.notification.findMany({ where: { userId: actor.userId }, select: { kind: true }, orderBy: { id: "asc" } });
  return rows.map((r) => r.kind);
}

for (const backend of testBackends()) {
  // the job queue, the outbox and "the one open period" are global: each test has its own database (any order)
  describe(`notifications (${backend.name})`, () => {
    const t = useTestDb(backend, { each: true });

    /** Each test its own period year, people and projects. */
    async function scenario(year: number) {
      const db = t.db;
      const clock = manualClock(`${year}-03-01T09:00:00Z`);
      const wir = { ...ctxOf(db, await makeActor(db, [{ role: "WIR" }])), clock };
      const leaderA = await makeActor(db, [{ role: "PROJECTLEIDER" }], { name: "Anna" }); // 2 CZ projects
      const leaderB = await makeActor(db, [{ role: "PROJECTLEIDER" }], { name: "Bert" }); // 1 ZK project
      const leaderDaily = await makeActor(db, [{ role: "PROJECTLEIDER" }], { name: "Dirk" });
      const leaderNoMail = await makeActor(db, [{ role: "PROJECTLEIDER" }], { name: "Nina" });
      const leaderGone = await makeActor(db, [{ role: "PROJECTLEIDER" }], { name: "Gijs" });
      const inkoperCZ = await makeActor(db, [{ role: "INKOPER", concessiehouderCode: "CZ" }], { name: "Inkoper CZ" });
      const inkoperZK = await makeActor(db, [{ role: "INKOPER", concessiehouderCode: "ZK" }], { name: "Inkoper ZK" });
      const p = (regionCode: string, leaderIds: string[]) => createProject(db.prisma, { regionCode, hoofdrubriekCode: "TECHNOLOGIE", leaderIds, wirNumber: `N-${uniq()}` });
      const a1 = await p("zeeland", [leaderA.userId]);
      const a2 = await p("zeeland", [leaderA.userId]);
      const b1 = await p("utrecht", [leaderB.userId]);
      await p("zeeland", [leaderDaily.userId]);
      await p("zeeland", [leaderNoMail.userId]);
      await p("zeeland", [leaderGone.userId]);
      await p("zeeland", []); // no leader: nobody to ask
      await saveNotificationSettings(ctxOf(db, leaderDaily), { mail: "DAILY", version: 0 });
      await saveNotificationSettings(ctxOf(db, leaderNoMail), { mail: "NONE", version: 0 });
      await db.prisma.user.update({ where: { id: leaderGone.userId }, data: { active: false } });
      const created = await createPeriod(wir, { year, month: 3, peildatum: `${year}-03-01` });
      const people = new Set([leaderA, leaderB, leaderDaily, leaderNoMail, leaderGone, inkoperCZ, inkoperZK].map((a) => a.email));
      const mailsOf = (sink: ReturnType<typeof recordingSink>) => sink.sent.filter((m) => people.has(m.to.email));
      return { mailsOf, db, clock, wir, leaderA, leaderB, leaderDaily, leaderNoMail, leaderGone, inkoperCZ, inkoperZK, a1, a2, b1, period: created };
    }

    it("a period opens: each active leader once, with the deadline and a link per update; mail as each chose; no mail to deactivated accounts", async () => {
      const s = await scenario(2031);
      const sink = recordingSink();
      await openPlannedPeriod(s.wir, { id: s.period.id, version: s.period.version, updateDeadline: "2031-03-20", assessmentDeadline: "2031-04-10", reminderDaysBefore: 5 });
      await work(s, sink);

      for (const leader of [s.leaderA, s.leaderB, s.leaderDaily, s.leaderNoMail]) expect(await kindsOf(s.db, leader)).toEqual(["PERIOD_OPENED"]);
      expect(await kindsOf(s.db, s.leaderGone)).toEqual([]);
      expect(await kindsOf(s.db, s.inkoperCZ)).toEqual([]);

      const [anna] = await listMyNotifications(ctxOf(s.db, s.leaderA), { clock: s.clock });
      expect(anna.lines.join(" ")).toContain("20 maart 2031 (nog 19 dagen)");
      expect(anna.items.map((i) => i.link).sort()).toEqual([`/projecten/${s.a1.id}/update`, `/projecten/${s.a2.id}/update`].sort());
      expect(await unreadNotificationCount(ctxOf(s.db, s.leaderA))).toBe(1);

      // mailed at once: only those who chose so (the default), never the deactivated one
      expect(s.mailsOf(sink).map((m) => m.to.email).sort()).toEqual([s.leaderA.email, s.leaderB.email].sort());
      const mail = s.mailsOf(sink).find((m) => m.to.email === s.leaderA.email)!;
      expect(mail.subject).toContain("Periode");
      expect(mail.text).toContain(`/projecten/${s.a1.id}/update`);
      expect(mail.text).toContain("/instellingen/meldingen");
      expect(mail.text).toContain("omdat u in Regiotafel projectleider bent");

      // running again sends nothing new
      await work(s, sink);
      expect(s.mailsOf(sink)).toHaveLength(2);
    });

    it("reminders by the clock: before the deadline and after it, to exactly the leaders whose update is outstanding; overdue counts to the own inkoper only", async () => {
      const s = await scenario(2032);
      const sink = recordingSink();
      const opened = await openPlannedPeriod(s.wir, { id: s.period.id, version: s.period.version, updateDeadline: "2032-03-20", assessmentDeadline: "2032-04-10", reminderDaysBefore: 5 });
      await work(s, sink);

      // Bert submits; the ZK inkoper hears of it, the CZ inkoper does not
      s.clock.set("2032-03-05T10:00:00Z");
      const bert = { ...ctxOf(s.db, s.leaderB), clock: s.clock };
      await saveUpdate(bert, { projectId: s.b1.id, periodCode: "2032-03", intent: "submit", version: 0, status: "RUNNING", progress: "Loopt.", resultsSoFar: "", lessonsLearned: "", nextSteps: "", risks: "", careOrgCount: null });
      await work(s, sink);
      expect(await kindsOf(s.db, s.inkoperZK)).toEqual(["UPDATE_SUBMITTED"]);
      expect(await kindsOf(s.db, s.inkoperCZ)).toEqual([]);
      const [zk] = await listMyNotifications(ctxOf(s.db, s.inkoperZK));
      expect(zk.link).toBe(`/beoordelen/${s.b1.id}?periode=2032-03`);

      // the day before the reminder: nothing
      s.clock.set("2032-03-15T05:59:00Z");
      await work(s, sink);
      expect(await kindsOf(s.db, s.leaderA)).toEqual(["PERIOD_OPENED"]);
      // reminder day (5 days before 20 March)
      s.clock.set("2032-03-15T06:00:00Z");
      await work(s, sink);
      expect(await kindsOf(s.db, s.leaderA)).toEqual(["PERIOD_OPENED", "DEADLINE_REMINDER"]);
      expect(await kindsOf(s.db, s.leaderB)).toEqual(["PERIOD_OPENED"]); // submitted: no reminder
      expect(await kindsOf(s.db, s.leaderNoMail)).toEqual(["PERIOD_OPENED", "DEADLINE_REMINDER"]);
      expect(await kindsOf(s.db, s.leaderGone)).toEqual([]);

      // the ZK inkoper returns Bert's update: Bert hears, with the comment
      const inkoperZK = { ...ctxOf(s.db, s.inkoperZK), clock: s.clock };
      const update = await s.db.prisma.progressUpdate.findFirstOrThrow({ where: { projectId: s.b1.id } });
      await reviewUpdate(inkoperZK, { decision: "return", id: update.id, version: update.version, comment: "Graag de risico's aanvullen." });
      await work(s, sink);
      const [returned] = await listMyNotifications(ctxOf(s.db, s.leaderB));
      expect(returned.kind).toBe("UPDATE_RETURNED");
      expect(returned.lines.join(" ")).toContain("Graag de risico's aanvullen.");

      // past the deadline: Anna, Dirk, Nina and (returned) Bert; counts per inkoper of their own regions
      s.clock.set("2032-03-21T06:00:00Z");
      await work(s, sink);
      expect(await kindsOf(s.db, s.leaderA)).toEqual(["PERIOD_OPENED", "DEADLINE_REMINDER", "DEADLINE_PASSED"]);
      expect((await kindsOf(s.db, s.leaderB)).at(-1)).toBe("DEADLINE_PASSED");
      const overdueCZ = await s.db.prisma.notification.findMany({ where: { userId: s.inkoperCZ.userId, kind: "UPDATES_OVERDUE" } });
      const overdueZK = await s.db.prisma.notification.findMany({ where: { userId: s.inkoperZK.userId, kind: "UPDATES_OVERDUE" } });
      expect(overdueCZ).toHaveLength(1);
      expect(overdueZK).toHaveLength(1);
      // every active project with a leader in the inkoper's regions whose update is outstanding (all of this
      // test's Zeeland projects with a leader, Gijs' included; in Utrecht, Bert's returned one)
      const withLeader = (regionCode: string) => s.db.prisma.project.count({ where: { region: { code: regionCode }, lifecycle: "ACTIVE", leaders: { some: {} } } });
      expect((overdueCZ[0].data as { count: number }).count).toBe(await withLeader("zeeland"));
      expect((overdueZK[0].data as { count: number }).count).toBe(await withLeader("utrecht"));
      expect(overdueCZ[0].mail).toBe("SENT"); // into today's summary, sent at 06:00
      expect(opened.period.updateDeadline?.toISOString().slice(0, 10)).toBe("2032-03-20");

      // the daily summary: Dirk (daily) gets everything in one mail; the inkoper's overdue count goes in a summary too
      const dirkMails = s.mailsOf(sink).filter((m) => m.to.email === s.leaderDaily.email);
      expect(dirkMails.length).toBeGreaterThanOrEqual(1);
      expect(dirkMails.every((m) => m.subject.includes("dagelijkse samenvatting"))).toBe(true);
      expect(dirkMails.map((m) => m.text).join("\n")).toContain("De deadline voor de voortgangsupdates");
      expect(s.mailsOf(sink).some((m) => m.to.email === s.inkoperCZ.email && m.text.includes("voortgangsupdates in uw regio's zijn te laat"))).toBe(true);
      expect(s.mailsOf(sink).some((m) => m.to.email === s.leaderNoMail.email || m.to.email === s.leaderGone.email)).toBe(false);
      expect(s.mailsOf(sink).some((m) => m.to.email === s.inkoperCZ.email && m.text.includes(s.b1.title))).toBe(false);

      // nothing twice
      const count = s.mailsOf(sink).length;
      await work(s, sink);
      expect(s.mailsOf(sink)).toHaveLength(count);
    });

    it("a changed deadline (with a reason, audited) moves the reminder; the old schedule sends nothing", async () => {
      const s = await scenario(2033);
      const sink = recordingSink();
      const { period } = await openPlannedPeriod(s.wir, { id: s.period.id, version: s.period.version, updateDeadline: "2033-03-20", assessmentDeadline: "2033-04-10", reminderDaysBefore: 5 });
      await changeDeadlines(s.wir, { id: period.id, version: period.version, updateDeadline: "2033-03-30", assessmentDeadline: "2033-04-20", reminderDaysBefore: 5, reason: "Paasvakantie" });
      const audit = await s.db.prisma.auditLog.findFirst({ where: { entity: "ReportingPeriod", entityId: period.id }, orderBy: { id: "desc" } });
      expect(audit?.after).toMatchObject({ deadlineReason: "Paasvakantie", updateDeadline: "2033-03-30T00:00:00.000Z" });
      s.clock.set("2033-03-15T06:00:00Z"); // the old reminder day
      await work(s, sink);
      expect(await kindsOf(s.db, s.leaderA)).toEqual(["PERIOD_OPENED"]);
      s.clock.set("2033-03-25T06:00:00Z"); // the new one
      await work(s, sink);
      expect(await kindsOf(s.db, s.leaderA)).toEqual(["PERIOD_OPENED", "DEADLINE_REMINDER"]);
      await expect(
        changeDeadlines(s.wir, { id: period.id, version: period.version, updateDeadline: "2033-03-30", assessmentDeadline: "2033-04-20", reminderDaysBefore: 5, reason: "Nogmaals" }),
      ).rejects.toThrow(); // stale version
    });

    it("mail to a failing SMTP outbox is retried with backoff and sent once; the in-app notification stays", async () => {
      const s = await scenario(2034);
      const sink = recordingSink();
      sink.failNext(2);
      await openPlannedPeriod(s.wir, { id: s.period.id, version: s.period.version, updateDeadline: "2034-03-20", assessmentDeadline: "2034-04-10", reminderDaysBefore: 5 });
      await work(s, sink);
      expect(s.mailsOf(sink)).toHaveLength(0);
      expect(await kindsOf(s.db, s.leaderA)).toEqual(["PERIOD_OPENED"]);
      s.clock.set(new Date(s.clock.now().getTime() + retryPauseMs(1) + 1000));
      await work(s, sink);
      expect(s.mailsOf(sink)).toHaveLength(0);
      s.clock.set(new Date(s.clock.now().getTime() + retryPauseMs(2) + 1000));
      await work(s, sink);
      expect(s.mailsOf(sink).map((m) => m.to.email).sort()).toEqual([s.leaderA.email, s.leaderB.email].sort());
      expect(new Set(s.mailsOf(sink).map((m) => m.idempotencyKey)).size).toBe(2);
    });

    it("approval and the final assessment reach the leader; a proposed organisation reaches the beheerders; reading marks read", async () => {
      const s = await scenario(2035);
      const sink = recordingSink();
      const beheerder = await makeActor(s.db, [{ role: "BEHEERDER" }]);
      const { period } = await openPlannedPeriod(s.wir, { id: s.period.id, version: s.period.version, updateDeadline: "2035-03-20", assessmentDeadline: "2035-04-10", reminderDaysBefore: 5 });
      await work(s, sink);
      const bert = { ...ctxOf(s.db, s.leaderB), clock: s.clock };
      await saveUpdate(bert, { projectId: s.b1.id, periodCode: "2035-03", intent: "submit", version: 0, status: "RUNNING", progress: "Loopt.", resultsSoFar: "", lessonsLearned: "", nextSteps: "", risks: "", careOrgCount: null });
      const update = await s.db.prisma.progressUpdate.findFirstOrThrow({ where: { projectId: s.b1.id } });
      await reviewUpdate(s.wir, { decision: "approve", id: update.id, version: update.version });
      await createAssessment(s.db.prisma, { projectId: s.b1.id, periodCode: "2035-03", status: "RUNNING" });
      const current = await s.db.prisma.reportingPeriod.findUniqueOrThrow({ where: { id: period.id } });
      await closePeriod(s.wir, { id: period.id, version: current.version });
      await proposeOrganisation({ ...ctxOf(s.db, s.leaderA), clock: s.clock }, { name: `Zorggroep ${uniq()}`, type: "ZORGAANBIEDER", city: "" });
      await work(s, sink);
      expect(await kindsOf(s.db, s.leaderB)).toEqual(["PERIOD_OPENED", "UPDATE_APPROVED", "ASSESSMENT_RELEASED"]);
      expect(await kindsOf(s.db, s.leaderA)).toEqual(["PERIOD_OPENED"]); // no judgement for Anna's projects
      expect(await kindsOf(s.db, beheerder)).toEqual(["ORGANISATION_PROPOSED"]);
      expect(await kindsOf(s.db, s.inkoperCZ)).toEqual([]);

      const bertCtx = ctxOf(s.db, s.leaderB);
      expect(await unreadNotificationCount(bertCtx)).toBe(3);
      const [latest] = await listMyNotifications(bertCtx);
      await markNotificationsRead(bertCtx, { id: latest.id });
      expect(await unreadNotificationCount(bertCtx)).toBe(2);
      // someone else's notification cannot be marked
      expect(await markNotificationsRead(ctxOf(s.db, s.leaderA), { id: latest.id })).toBe(0);
      await markNotificationsRead(bertCtx, { id: "alle" });
      expect(await unreadNotificationCount(bertCtx)).toBe(0);
    });

    it("the assessment deadline: a reminder before it and a notice after it to the inkopers with reviews or proposals left in their own regions, and to WIR with what is left nationally", async () => {
      const s = await scenario(2037);
      const sink = recordingSink();
      const assessmentKinds = async (a: Actor) => (await kindsOf(s.db, a)).filter((k) => k.startsWith("ASSESSMENT"));
      const { period } = await openPlannedPeriod(s.wir, { id: s.period.id, version: s.period.version, updateDeadline: "2037-03-20", assessmentDeadline: "2037-04-10", reminderDaysBefore: 5 });
      await work(s, sink);
      // Bert (Utrecht, ZK) submits; Anna (Zeeland, CZ) submits, the CZ inkoper approves it and proposes a judgement
      s.clock.set("2037-03-10T10:00:00Z");
      const submit = (actor: Actor, projectId: string) =>
        saveUpdate({ ...ctxOf(s.db, actor), clock: s.clock }, { projectId, periodCode: "2037-03", intent: "submit", version: 0, status: "RUNNING", progress: "Loopt.", resultsSoFar: "", lessonsLearned: "", nextSteps: "", risks: "", careOrgCount: null });
      await submit(s.leaderB, s.b1.id);
      await submit(s.leaderA, s.a1.id);
      const annas = await s.db.prisma.progressUpdate.findFirstOrThrow({ where: { projectId: s.a1.id, periodId: period.id } });
      await reviewUpdate({ ...ctxOf(s.db, s.inkoperCZ), clock: s.clock }, { decision: "approve", id: annas.id, version: annas.version });
      await createAssessmentProposal(s.db.prisma, { projectId: s.a1.id, periodCode: "2037-03", status: "RUNNING", proposedById: s.inkoperCZ.userId });
      await work(s, sink);

      s.clock.set("2037-04-05T05:59:00Z");
      await work(s, sink);
      expect(await assessmentKinds(s.wir.actor)).toEqual([]);
      s.clock.set("2037-04-05T06:00:00Z"); // 5 days before 10 April
      await work(s, sink);
      expect(await assessmentKinds(s.inkoperZK)).toEqual(["ASSESSMENT_REMINDER"]);
      expect(await assessmentKinds(s.inkoperCZ)).toEqual([]); // nothing left in its regions
      expect(await assessmentKinds(s.wir.actor)).toEqual(["ASSESSMENT_REMINDER"]);
      for (const leader of [s.leaderA, s.leaderB]) expect(await assessmentKinds(leader)).toEqual([]);

      const [zk] = (await listMyNotifications(ctxOf(s.db, s.inkoperZK), { clock: s.clock })).filter((n) => n.kind === "ASSESSMENT_REMINDER");
      expect(zk.lines.join(" ")).toContain("In uw regio's wachten nog 1 ingediende update op beoordeling en 1 project op uw voorstel");
      expect(zk.lines.join(" ")).toContain("10 april 2037 (nog 5 dagen)");
      expect(zk.link).toBe("/beoordelen?periode=2037-03");
      const active = await s.db.prisma.project.count({ where: { lifecycle: "ACTIVE" } });
      const [wir] = (await listMyNotifications(ctxOf(s.db, s.wir.actor), { clock: s.clock })).filter((n) => n.kind === "ASSESSMENT_REMINDER");
      expect(wir.lines.join(" ")).toContain(`Landelijk wachten nog 1 ingediende update op beoordeling en zijn ${active} projecten nog niet beoordeeld.`);
      expect(wir.link).toBe("/beoordelen/bulk?periode=2037-03");
      const zkMail = s.mailsOf(sink).find((m) => m.to.email === s.inkoperZK.email && m.subject.includes("beoordelingen"))!;
      expect(zkMail.text).toContain("omdat u inkoper bent voor deze regio's");
      expect(zkMail.text).toContain("/instellingen/meldingen");

      // the deadline moves (with a reason): the old notice after it sends nothing, the new one does
      const current = await s.db.prisma.reportingPeriod.findUniqueOrThrow({ where: { id: period.id } });
      await changeDeadlines(s.wir, { id: period.id, version: current.version, updateDeadline: "2037-03-20", assessmentDeadline: "2037-04-20", reminderDaysBefore: 5, reason: "Meer tijd voor de beoordeling" });
      s.clock.set("2037-04-11T06:00:00Z");
      await work(s, sink);
      expect(await assessmentKinds(s.inkoperZK)).toEqual(["ASSESSMENT_REMINDER"]);
      s.clock.set("2037-04-21T06:00:00Z");
      await work(s, sink);
      // the new reminder (15 April) and the notice after 20 April
      expect(await assessmentKinds(s.inkoperZK)).toEqual(["ASSESSMENT_REMINDER", "ASSESSMENT_REMINDER", "ASSESSMENT_DEADLINE_PASSED"]);
      expect(await assessmentKinds(s.inkoperCZ)).toEqual([]);
      expect((await assessmentKinds(s.wir.actor)).at(-1)).toBe("ASSESSMENT_DEADLINE_PASSED");

      // nothing twice
      const count = s.mailsOf(sink).length;
      await work(s, sink);
      expect(s.mailsOf(sink)).toHaveLength(count);
    });

    it("a worker that dies after the fan-out, before its commit, leaves nothing; the re-run notifies and mails each person once, through the mail outbox", async () => {
      const s = await scenario(2036);
      let crashes = 1;
      const crashing: JobHandlers = {
        ...notificationJobs,
        ...mailJobs(outboxSink),
        "notify.periodOpened": async (tx, ctx) => {
          await notificationJobs["notify.periodOpened"](tx, ctx);
          if (crashes-- > 0) throw new Error("proces afgebroken");
        },
      };
      await openPlannedPeriod(s.wir, { id: s.period.id, version: s.period.version, updateDeadline: "2036-03-20", assessmentDeadline: "2036-04-10", reminderDaysBefore: 5 });
      await runDueJobs(s.db.prisma, crashing, s.clock);
      expect(await kindsOf(s.db, s.leaderA)).toEqual([]);
      s.clock.set(new Date(s.clock.now().getTime() + retryPauseMs(1)));
      await runDueJobs(s.db.prisma, crashing, s.clock);
      await runDueJobs(s.db.prisma, crashing, s.clock);
      expect(await kindsOf(s.db, s.leaderA)).toEqual(["PERIOD_OPENED"]);
      const outbox = await s.db.prisma.mailMessage.findMany({ where: { toAddress: { in: [s.leaderA.email, s.leaderB.email, s.leaderNoMail.email, s.leaderGone.email] } } });
      expect(outbox.map((m) => m.toAddress).sort()).toEqual([s.leaderA.email, s.leaderB.email].sort());
      expect(outbox.every((m) => m.reason === "NOTIFICATION" && m.status === "PENDING")).toBe(true);
      expect(outbox.find((m) => m.toAddress === s.leaderA.email)!.text).toContain(`/projecten/${s.a1.id}/update`);
    });
  });
}
