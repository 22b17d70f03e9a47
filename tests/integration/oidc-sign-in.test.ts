import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { createUser } from "@/tests/support/factories";
import { oidcSignIn } from "@/lib/server/accounts/oidc-sign-in";
import { actorForSession, endAllSessions } from "@/lib/server/accounts/sessions";

const issuer = "https://login.zorg.test/realms/regio";

for (const backend of testBackends()) {
  describe(`OpenID Connect sign-in on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const audits = (where: { entityId?: string; action: "SIGN_IN" | "SIGN_IN_FAILED"; clientAddress: string }) =>
      t.db.prisma.auditLog.findMany({ where: { entity: "User", ...where } });

    it("signs in the account with the provider's verified e-mail address, case-insensitively, and audits it with the client address", async () => {
      const user = await createUser(t.db.prisma, { email: "noor@zorg.test", memberships: [{ role: "INKOPER", concessiehouderCode: "CZ" }] });
      const now = new Date("2026-03-01T09:00:00Z");
      const result = await oidcSignIn(t.db.prisma, { claims: { sub: "abc-1", email: " Noor@Zorg.TEST", email_verified: true }, issuer, ip: "10.9.0.1" }, now);
      expect(result).toEqual({ ok: true, userId: user.id, epoch: 0 });
      const [audit] = await audits({ entityId: user.id, action: "SIGN_IN", clientAddress: "10.9.0.1" });
      expect(audit?.actorUserId).toBe(user.id);
      expect(audit?.after).toMatchObject({ methode: "openid-connect", uitgever: issuer, subject: "abc-1" });
      expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toEqual(now);
    });

    it("gives a session that works and ends exactly like a password session", async () => {
      const user = await createUser(t.db.prisma, { email: "sessie@zorg.test", memberships: [{ role: "WIR" }] });
      await endAllSessions(t.db.prisma, user.id); // an earlier sign-out: the epoch is no longer 0
      const result = await oidcSignIn(t.db.prisma, { claims: { sub: "s", email: "sessie@zorg.test", email_verified: true }, issuer, ip: null });
      if (!result.ok) throw new Error("refused");
      expect(result.epoch).toBe(1);
      const now = Date.now();
      const session = { id: result.userId, epoch: result.epoch, authAt: now, seenAt: now };
      expect((await actorForSession(t.db.prisma, session, now))?.userId).toBe(user.id);
      // idle limit, absolute limit and sign-out everywhere apply unchanged
      expect(await actorForSession(t.db.prisma, session, now + 31 * 60_000)).toBeNull();
      expect(await actorForSession(t.db.prisma, { ...session, seenAt: now + 12 * 3_600_000 }, now + 12 * 3_600_000)).toBeNull();
      await endAllSessions(t.db.prisma, user.id);
      expect(await actorForSession(t.db.prisma, session, now)).toBeNull();
    });

    it("accepts Entra ID's xms_edov when email_verified is absent", async () => {
      const user = await createUser(t.db.prisma, { email: "entra@zorg.test", memberships: [{ role: "WIR" }] });
      const result = await oidcSignIn(t.db.prisma, { claims: { sub: "e", email: "entra@zorg.test", xms_edov: true }, issuer, ip: null });
      expect(result).toMatchObject({ ok: true, userId: user.id });
    });

    it("refuses an unknown e-mail address, audits it, and creates no account or role", async () => {
      const users = await t.db.prisma.user.count();
      const memberships = await t.db.prisma.membership.count();
      const result = await oidcSignIn(t.db.prisma, { claims: { sub: "x-9", email: "Nieuw@Zorg.test", email_verified: true }, issuer, ip: "10.9.0.2" });
      expect(result).toEqual({ ok: false });
      const [audit] = await audits({ entityId: "onbekend", action: "SIGN_IN_FAILED", clientAddress: "10.9.0.2" });
      expect(audit?.actorUserId).toBeNull();
      expect(audit?.after).toMatchObject({ reden: "onbekend e-mailadres", email: "nieuw@zorg.test", methode: "openid-connect" });
      expect(await t.db.prisma.user.findUnique({ where: { email: "nieuw@zorg.test" } })).toBeNull();
      expect(await t.db.prisma.user.count()).toBe(users);
      expect(await t.db.prisma.membership.count()).toBe(memberships);
    });

    it("refuses an address the provider has not verified", async () => {
      const user = await createUser(t.db.prisma, { email: "onbevestigd@zorg.test", memberships: [{ role: "WIR" }] });
      for (const [i, claims] of [{ email_verified: false }, { email_verified: "true" }, {}, { email_verified: false, xms_edov: true }].entries()) {
        const ip = `10.9.1.${i}`;
        const result = await oidcSignIn(t.db.prisma, { claims: { sub: "u", email: "onbevestigd@zorg.test", ...claims }, issuer, ip });
        expect(result, JSON.stringify(claims)).toEqual({ ok: false });
        const [audit] = await audits({ entityId: user.id, action: "SIGN_IN_FAILED", clientAddress: ip });
        expect(audit?.after).toMatchObject({ reden: "e-mailadres niet bevestigd door de identiteitsprovider" });
      }
      expect(await audits({ entityId: user.id, action: "SIGN_IN", clientAddress: "10.9.1.0" })).toEqual([]);
    });

    it("refuses a deactivated account", async () => {
      const user = await createUser(t.db.prisma, { email: "uit@zorg.test", memberships: [{ role: "WIR" }], active: false });
      const result = await oidcSignIn(t.db.prisma, { claims: { sub: "d", email: "uit@zorg.test", email_verified: true }, issuer, ip: "10.9.2.1" });
      expect(result).toEqual({ ok: false });
      const [audit] = await audits({ entityId: user.id, action: "SIGN_IN_FAILED", clientAddress: "10.9.2.1" });
      expect(audit?.after).toMatchObject({ reden: "account gedeactiveerd" });
      expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toBeNull();
    });

    it("refuses claims without an e-mail address", async () => {
      const result = await oidcSignIn(t.db.prisma, { claims: { sub: "geen-mail", email_verified: true }, issuer, ip: "10.9.3.1" });
      expect(result).toEqual({ ok: false });
      const [audit] = await audits({ entityId: "onbekend", action: "SIGN_IN_FAILED", clientAddress: "10.9.3.1" });
      expect(audit?.after).toMatchObject({ reden: "geen e-mailadres van de identiteitsprovider", subject: "geen-mail" });
    });
  });
}
