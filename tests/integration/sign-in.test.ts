import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { createUser } from "@/tests/support/factories";
import { LOCKED_OUT, signIn, THROTTLE, WRONG_CREDENTIALS } from "@/lib/server/accounts/sign-in";
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

    it("locks an account for 15 minutes after five failures, even with the right password, then lets it in", async () => {
      await createUser(t.db.prisma, { email: "cees@regiotafel.test", password: "juist-wachtwoord", memberships: [{ role: "WIR" }] });
      const now = new Date("2026-01-01T10:00:00Z");
      for (let i = 0; i < THROTTLE.maxFailures; i++) {
        await signIn(t.db.prisma, { email: "cees@regiotafel.test", password: `fout-${i}`, ip: `10.0.1.${i}` }, now);
      }
      const locked = await signIn(t.db.prisma, { email: "cees@regiotafel.test", password: "juist-wachtwoord", ip: "10.0.2.1" }, new Date(now.getTime() + 60_000));
      expect(locked).toEqual({ ok: false, message: LOCKED_OUT });
      const later = await signIn(t.db.prisma, { email: "cees@regiotafel.test", password: "juist-wachtwoord", ip: "10.0.2.1" }, new Date(now.getTime() + THROTTLE.lockMs + 1000));
      expect(later.ok).toBe(true);
    });

    it("locks a client address that guesses across many accounts", async () => {
      await createUser(t.db.prisma, { email: "dirk@regiotafel.test", password: "juist-wachtwoord", memberships: [{ role: "WIR" }] });
      const now = new Date("2026-02-01T10:00:00Z");
      for (let i = 0; i < THROTTLE.maxFailures; i++) {
        await signIn(t.db.prisma, { email: `gok${i}@regiotafel.test`, password: "fout", ip: "192.0.2.66" }, now);
      }
      const fromSameIp = await signIn(t.db.prisma, { email: "dirk@regiotafel.test", password: "juist-wachtwoord", ip: "192.0.2.66" }, now);
      expect(fromSameIp).toEqual({ ok: false, message: LOCKED_OUT });
      const fromElsewhere = await signIn(t.db.prisma, { email: "dirk@regiotafel.test", password: "juist-wachtwoord", ip: "192.0.2.67" }, now);
      expect(fromElsewhere.ok).toBe(true);
    });

    it("starts counting again after the window has passed", async () => {
      await createUser(t.db.prisma, { email: "eva@regiotafel.test", password: "juist-wachtwoord", memberships: [{ role: "WIR" }] });
      const start = new Date("2026-03-01T10:00:00Z");
      for (let i = 0; i < THROTTLE.maxFailures - 1; i++) {
        await signIn(t.db.prisma, { email: "eva@regiotafel.test", password: "fout", ip: null }, start);
      }
      const afterWindow = new Date(start.getTime() + THROTTLE.windowMs + 1000);
      await signIn(t.db.prisma, { email: "eva@regiotafel.test", password: "fout", ip: null }, afterWindow);
      expect((await signIn(t.db.prisma, { email: "eva@regiotafel.test", password: "juist-wachtwoord", ip: null }, afterWindow)).ok).toBe(true);
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
