import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { createUser } from "@/tests/support/factories";
import { LOCKED_OUT, pruneLoginThrottle, signIn, WRONG_CREDENTIALS } from "@/lib/server/accounts/sign-in";
import { SIGN_IN_THROTTLE } from "@/lib/domain/sign-in-throttle";
import { manualClock } from "@/lib/domain/clock";
import { runDueJobs } from "@/lib/server/jobs/worker";
import { housekeepingJobs, scheduleHousekeeping } from "@/lib/server/jobs/housekeeping";
import { loadActor } from "@/lib/server/accounts/actor";

for (const backend of testBackends()) {
  describe(`sign-in on ${backend.name}`, () => {
    const t = useTestDb(backend);

    it("accepts the right password, case-insensitively for the e-mail address, and audits it", async () => {
      const user = await createUser(t.db.prisma, { email: "anna@regiotafel.test", password: "juist-wachtwoord", memberships: [{ role: "WIR" }] });
      const result = await signIn(t.db.prisma, { email: "  Anna@Regiotafel.TEST ", password: "juist-wachtwoord", ip: "10.0.0.1" });
      expect(result).toEqual({ ok: true, userId: user.id });
      const audit = await t.db.prisma.auditLog.findFirst({ where: { entity: "User", entityId: user.id, action: "SIGN_IN" } });
      expect(audit?.actorUserId).toBe(user.id);
    });

    it("gives one message for a wrong password and for an unknown account", async () => {
      await createUser(t.db.prisma, { email: "bart@regiotafel.test", password: "juist-wachtwoord", memberships: [{ role: "WIR" }] });
      const wrong = await signIn(t.db.prisma, { email: "bart@regiotafel.test", password: "fout", ip: null });
      const unknown = await signIn(t.db.prisma, { email: "niemand@regiotafel.test", password: "fout", ip: null });
      expect(wrong).toEqual({ ok: false, message: WRONG_CREDENTIALS });
      expect(unknown).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    });

    it("refuses a deactivated account with the same message", async () => {
      await createUser(t.db.prisma, { email: "uit@regiotafel.test", password: "juist-wachtwoord", memberships: [{ role: "WIR" }], active: false });
      expect(await signIn(t.db.prisma, { email: "uit@regiotafel.test", password: "juist-wachtwoord", ip: null })).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    });

    const MINUTE = 60_000;
    const failAt = (email: string, at: Date, ip: string | null = null) => signIn(t.db.prisma, { email, password: "fout", ip }, at);
    const plus = (at: Date, ms: number) => new Date(at.getTime() + ms);

    it("locks an account after five failures, even with the right password, for a minute; then lets it in", async () => {
      await createUser(t.db.prisma, { email: "cees@regiotafel.test", password: "juist-wachtwoord", memberships: [{ role: "WIR" }] });
      const now = new Date("2026-01-01T10:00:00Z");
      for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures; i++) expect(await failAt("cees@regiotafel.test", now, `10.0.1.${i}`)).toEqual({ ok: false, message: WRONG_CREDENTIALS });
      const locked = await signIn(t.db.prisma, { email: "cees@regiotafel.test", password: "juist-wachtwoord", ip: "10.0.2.1" }, plus(now, 30_000));
      expect(locked).toEqual({ ok: false, message: LOCKED_OUT });
      const later = await signIn(t.db.prisma, { email: "cees@regiotafel.test", password: "juist-wachtwoord", ip: "10.0.2.1" }, plus(now, MINUTE + 1000));
      expect(later.ok).toBe(true);
      // the success forgets the account's count
      expect(await t.db.prisma.loginThrottle.findUnique({ where: { key: "email:cees@regiotafel.test" } })).toBeNull();
    });

    it("locks a client address that guesses across many accounts", async () => {
      await createUser(t.db.prisma, { email: "dirk@regiotafel.test", password: "juist-wachtwoord", memberships: [{ role: "WIR" }] });
      const now = new Date("2026-02-01T10:00:00Z");
      for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures; i++) await failAt(`gok${i}@regiotafel.test`, now, "192.0.2.66");
      const fromSameIp = await signIn(t.db.prisma, { email: "dirk@regiotafel.test", password: "juist-wachtwoord", ip: "192.0.2.66" }, now);
      expect(fromSameIp).toEqual({ ok: false, message: LOCKED_OUT });
      const fromElsewhere = await signIn(t.db.prisma, { email: "dirk@regiotafel.test", password: "juist-wachtwoord", ip: "192.0.2.67" }, now);
      expect(fromElsewhere.ok).toBe(true);
    });

    it("backs off: each failure after a lock doubles it, attempts during a lock do not count, and no lock exceeds 15 minutes", async () => {
      const db = t.db.prisma;
      await createUser(db, { email: "bram@regiotafel.test", password: "juist-wachtwoord", memberships: [{ role: "WIR" }] });
      let at = new Date("2026-02-02T10:00:00Z");
      for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures; i++) await failAt("bram@regiotafel.test", at);
      // hammering during the lock is refused and changes nothing
      for (let i = 0; i < 20; i++) expect(await failAt("bram@regiotafel.test", plus(at, 30_000))).toEqual({ ok: false, message: LOCKED_OUT });
      const row = async () => db.loginThrottle.findUniqueOrThrow({ where: { key: "email:bram@regiotafel.test" } });
      expect((await row()).failures).toBe(SIGN_IN_THROTTLE.freeFailures);
      for (const minutes of [2, 4, 8, 15, 15]) {
        at = new Date((await row()).lockedUntil!.getTime() + 1000);
        expect(await failAt("bram@regiotafel.test", at)).toEqual({ ok: false, message: WRONG_CREDENTIALS });
        expect((await row()).lockedUntil!.getTime() - at.getTime()).toBe(minutes * MINUTE);
      }
      const good = (when: Date) => signIn(db, { email: "bram@regiotafel.test", password: "juist-wachtwoord", ip: null }, when);
      expect(await good(plus(at, 15 * MINUTE - 1000))).toEqual({ ok: false, message: LOCKED_OUT });
      expect((await good(plus(at, 15 * MINUTE + 1000))).ok).toBe(true);
    });

    it("forgets a count an hour after its last failure, and the housekeeping removes such rows", async () => {
      const db = t.db.prisma;
      await createUser(db, { email: "eva@regiotafel.test", password: "juist-wachtwoord", memberships: [{ role: "WIR" }] });
      const start = new Date("2026-03-01T10:00:00Z");
      for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures - 1; i++) await failAt("eva@regiotafel.test", start, "198.51.100.99");
      const afterAnHour = plus(start, SIGN_IN_THROTTLE.forgetAfterMs + 1000);
      await failAt("eva@regiotafel.test", afterAnHour);
      expect((await db.loginThrottle.findUniqueOrThrow({ where: { key: "email:eva@regiotafel.test" } })).failures).toBe(1);
      expect((await signIn(db, { email: "eva@regiotafel.test", password: "juist-wachtwoord", ip: null }, afterAnHour)).ok).toBe(true);

      expect(await db.loginThrottle.findUnique({ where: { key: "ip:198.51.100.99" } })).not.toBeNull();
      // the hourly housekeeping job removes it
      await scheduleHousekeeping(db, manualClock(afterAnHour));
      expect(await runDueJobs(db, housekeepingJobs, manualClock(plus(afterAnHour, 61 * MINUTE)))).toEqual({ ran: 1, failed: 0 });
      expect(await db.loginThrottle.findUnique({ where: { key: "ip:198.51.100.99" } })).toBeNull();
      expect(await pruneLoginThrottle(db, afterAnHour)).toBe(0);
    });

    it("counts parallel attempts atomically: no more than five get their password checked before the lock", async () => {
      const db = t.db.prisma;
      await createUser(db, { email: "paul@regiotafel.test", password: "juist-wachtwoord", memberships: [{ role: "WIR" }] });
      const at = new Date("2026-04-01T10:00:00Z");
      const results = await Promise.all(Array.from({ length: 12 }, () => failAt("paul@regiotafel.test", at)));
      expect(results.filter((r) => !r.ok && r.message === WRONG_CREDENTIALS)).toHaveLength(SIGN_IN_THROTTLE.freeFailures);
      expect(results.filter((r) => !r.ok && r.message === LOCKED_OUT)).toHaveLength(12 - SIGN_IN_THROTTLE.freeFailures);
      expect((await db.loginThrottle.findUniqueOrThrow({ where: { key: "email:paul@regiotafel.test" } })).failures).toBe(SIGN_IN_THROTTLE.freeFailures);
    });

    it("builds the actor from the database: roles and the inkoper's concessiehouder; none for a user without roles", async () => {
      const inkoper = await createUser(t.db.prisma, { memberships: [{ role: "INKOPER", concessiehouderCode: "VGZ" }] });
      const actor = await loadActor(t.db.prisma, inkoper.id);
      const vgz = await t.db.prisma.concessiehouder.findUniqueOrThrow({ where: { code: "VGZ" } });
      expect(actor?.roles).toEqual(["INKOPER"]);
      expect(actor?.concessiehouderIds).toEqual([vgz.id]);
      const roleless = await createUser(t.db.prisma, { memberships: [] });
      expect(await loadActor(t.db.prisma, roleless.id)).toBeNull();
      expect(await loadActor(t.db.prisma, "forged-id")).toBeNull();
    });
  });
}
