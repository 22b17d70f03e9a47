import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "@/tests/support/actors";
import { createProject, createUser } from "@/tests/support/factories";
import {
  changeOwnName,
  changeOwnPassword,
  inviteProjectLeader,
  inviteUser,
  LAST_BEHEERDER,
  requestPasswordReset,
  resendInvitation,
  setPasswordWithToken,
  setUserActive,
  startPasswordReset,
  TOKEN_VALIDITY_MS,
  updateUser,
} from "@/lib/server/accounts";
import { loadActor } from "@/lib/server/accounts/actor";
import { signIn } from "@/lib/server/accounts/sign-in";
import { hashToken } from "@/lib/server/accounts/tokens";
import type { DbHandle } from "@/lib/server/db/connection";

const GOOD = "paars fietsje op de dijk";

/** The set-password link in the newest mail to `email` in the outbox. */
async function linkFor(db: DbHandle, email: string): Promise<string> {
  const mail = await db.prisma.mailMessage.findFirstOrThrow({ where: { toAddress: email }, orderBy: { createdAt: "desc" } });
  const match = /\/wachtwoord-instellen\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`geen link in ${mail.subject}`);
  return match[1];
}

for (const backend of testBackends()) {
  describe(`accounts on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const cz = async () => (await t.db.prisma.concessiehouder.findUniqueOrThrow({ where: { code: "CZ" } })).id;

    it("a beheerder invites an inkoper: account without password, hashed one-time link by mail, audited with the client address", async () => {
      const beheerder = await makeActor(t.db, [{ role: "BEHEERDER" }]);
      const ctx = { ...ctxOf(t.db, beheerder), clientAddress: "198.51.100.7" };
      const email = `inkoper-${backend.name}@zk.test`;
      const { userId } = await inviteUser(ctx, { name: "Ines Inkoper", email, organisationId: null, roles: ["INKOPER"], concessiehouderId: await cz() });

      const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true } });
      expect(user.passwordHash).toBeNull();
      expect(user.memberships).toMatchObject([{ role: "INKOPER", concessiehouderId: await cz() }]);
      const mail = await t.db.prisma.mailMessage.findFirstOrThrow({ where: { toAddress: email } });
      expect(mail.subject).toBe("Uitnodiging voor Regiotafel");
      expect(mail.text).toContain("Inkoper zorgkantoor (CZ)");
      expect(mail.text).toContain("24 uur geldig");
      const token = await linkFor(t.db, email);
      const stored = await t.db.prisma.accountToken.findFirstOrThrow({ where: { userId } });
      expect(stored.tokenHash).toBe(hashToken(token));
      expect(stored.tokenHash).not.toContain(token);

      const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { entity: "User", entityId: userId, action: "CREATE" } });
      expect(audit).toMatchObject({ actorUserId: beheerder.userId, clientAddress: "198.51.100.7" });

      // Cannot sign in before a password is set.
      expect((await signIn(t.db.prisma, { email, password: GOOD, ip: null })).ok).toBe(false);
      // A common password is refused and does not use the link up.
      await expect(setPasswordWithToken(t.db.prisma, { token, password: "qwerty123456" }, null)).rejects.toThrow(/veel gebruikt/);
      expect(await setPasswordWithToken(t.db.prisma, { token, password: GOOD }, "198.51.100.8")).toEqual({ email });
      expect((await signIn(t.db.prisma, { email, password: GOOD, ip: null })).ok).toBe(true);
      // Single use.
      await expect(setPasswordWithToken(t.db.prisma, { token, password: "een ander lang wachtwoord" }, null)).rejects.toThrow(/werkt niet meer/);
    });

    it("an invitation link expires after 24 hours, and a resent invitation replaces the old link", async () => {
      const beheerder = await makeActor(t.db, [{ role: "BEHEERDER" }]);
      const ctx = ctxOf(t.db, beheerder);
      const email = `wir-${backend.name}@wir.test`;
      const start = new Date();
      const { userId } = await inviteUser(ctx, { name: "Wim Wir", email, organisationId: null, roles: ["WIR"], concessiehouderId: null }, start);
      const first = await linkFor(t.db, email);
      await expect(setPasswordWithToken(t.db.prisma, { token: first, password: GOOD }, null, new Date(start.getTime() + TOKEN_VALIDITY_MS.INVITATION + 1000))).rejects.toThrow(/werkt niet meer/);

      await resendInvitation(ctx, userId);
      const second = await linkFor(t.db, email);
      expect(second).not.toBe(first);
      await expect(setPasswordWithToken(t.db.prisma, { token: first, password: GOOD }, null)).rejects.toThrow(/werkt niet meer/);
      await setPasswordWithToken(t.db.prisma, { token: second, password: GOOD }, null);
      await expect(resendInvitation(ctx, userId)).rejects.toThrow(/al een wachtwoord/);
    });

    it("only the beheerder manages accounts", async () => {
      const wir = await makeActor(t.db, [{ role: "WIR" }]);
      await expect(inviteUser(ctxOf(t.db, wir), { name: "X Y", email: `x-${backend.name}@y.test`, organisationId: null, roles: ["BEHEERDER"], concessiehouderId: null })).rejects.toThrow(/geen toegang/);
      await expect(startPasswordReset(ctxOf(t.db, wir), wir.userId)).rejects.toThrow(/geen toegang/);
    });

    it("refuses an address that already has an account, with a message at the field", async () => {
      const beheerder = await makeActor(t.db, [{ role: "BEHEERDER" }]);
      const existing = await createUser(t.db.prisma, { memberships: [{ role: "WIR" }] });
      await expect(inviteUser(ctxOf(t.db, beheerder), { name: "Dubbel", email: existing.email, organisationId: null, roles: ["WIR"], concessiehouderId: null })).rejects.toMatchObject({
        fieldErrors: { email: ["Er is al een account met dit e-mailadres."] },
      });
    });

    it("deactivation refuses the person's live session on its next request; reactivation lets it back in", async () => {
      const beheerder = await makeActor(t.db, [{ role: "BEHEERDER" }]);
      const leader = await makeActor(t.db, [{ role: "PROJECTLEIDER" }]);
      expect(await loadActor(t.db.prisma, leader.userId)).not.toBeNull();
      await setUserActive(ctxOf(t.db, beheerder), { userId: leader.userId, active: false, version: 1 });
      expect(await loadActor(t.db.prisma, leader.userId)).toBeNull();
      await expect(setUserActive(ctxOf(t.db, beheerder), { userId: leader.userId, active: true, version: 1 })).rejects.toThrow(/intussen gewijzigd/);
      await setUserActive(ctxOf(t.db, beheerder), { userId: leader.userId, active: true, version: 2 });
      expect(await loadActor(t.db.prisma, leader.userId)).not.toBeNull();
      const audits = await t.db.prisma.auditLog.findMany({ where: { entity: "User", entityId: leader.userId, action: "UPDATE" }, orderBy: { id: "asc" } });
      expect(audits.map((a) => a.after)).toEqual([{ active: false }, { active: true }]);
    });

    it("always keeps one active beheerder", async () => {
      const db = t.db.prisma;
      // Only beheerders of this test: make every other beheerder inactive first.
      await db.user.updateMany({ where: { memberships: { some: { role: "BEHEERDER" } } }, data: { active: false } });
      const a = await makeActor(t.db, [{ role: "BEHEERDER" }]);
      const b = await makeActor(t.db, [{ role: "BEHEERDER" }, { role: "WIR" }]);
      await expect(setUserActive(ctxOf(t.db, a), { userId: a.userId, active: false, version: 1 })).rejects.toThrow(/eigen account/);
      // a takes b's beheerder role away: allowed, a remains.
      const bUser = await db.user.findUniqueOrThrow({ where: { id: b.userId } });
      await updateUser(ctxOf(t.db, a), { userId: b.userId, version: bUser.version, name: bUser.name, email: bUser.email, organisationId: null, roles: ["WIR"], concessiehouderId: null });
      expect((await loadActor(db, b.userId))?.roles).toEqual(["WIR"]);
      // Now a is the last one: a cannot drop its own role.
      const aUser = await db.user.findUniqueOrThrow({ where: { id: a.userId } });
      await expect(
        updateUser(ctxOf(t.db, a), { userId: a.userId, version: aUser.version, name: aUser.name, email: aUser.email, organisationId: null, roles: ["WIR"], concessiehouderId: null }),
      ).rejects.toThrow(LAST_BEHEERDER);
      expect((await loadActor(db, a.userId))?.roles).toEqual(["BEHEERDER"]);
    });

    it("'Wachtwoord vergeten?' mails only existing active accounts, at most once per five minutes, and says nothing either way", async () => {
      const db = t.db.prisma;
      const user = await createUser(db, { email: `vergeten-${backend.name}@x.test`, password: "oud wachtwoord van mij", memberships: [{ role: "WIR" }] });
      const now = new Date();
      await expect(requestPasswordReset(db, `niemand-${backend.name}@x.test`, "203.0.113.1", now)).resolves.toBeUndefined();
      expect(await db.mailMessage.count({ where: { toAddress: `niemand-${backend.name}@x.test` } })).toBe(0);
      await requestPasswordReset(db, user.email.toUpperCase(), "203.0.113.1", now);
      await requestPasswordReset(db, user.email, "203.0.113.1", new Date(now.getTime() + 60_000));
      expect(await db.mailMessage.count({ where: { toAddress: user.email } })).toBe(1);
      const token = await linkFor(t.db, user.email);
      // The old password keeps working until the link is used.
      expect((await signIn(db, { email: user.email, password: "oud wachtwoord van mij", ip: null })).ok).toBe(true);
      await setPasswordWithToken(db, { token, password: GOOD }, null, new Date(now.getTime() + 120_000));
      expect((await signIn(db, { email: user.email, password: "oud wachtwoord van mij", ip: null })).ok).toBe(false);
      expect((await signIn(db, { email: user.email, password: GOOD, ip: null })).ok).toBe(true);
      // A reset link lasts an hour.
      await requestPasswordReset(db, user.email, null, new Date(now.getTime() + 10 * 60_000));
      const late = await linkFor(t.db, user.email);
      await expect(setPasswordWithToken(db, { token: late, password: "nog een nieuw wachtwoord" }, null, new Date(now.getTime() + 10 * 60_000 + TOKEN_VALIDITY_MS.PASSWORD_RESET + 1))).rejects.toThrow(/werkt niet meer/);
    });

    it("everyone changes their own password (with the current one) and name (version-checked)", async () => {
      const db = t.db.prisma;
      const user = await createUser(db, { password: "mijn huidige wachtwoord", memberships: [{ role: "PROJECTLEIDER" }] });
      const actor = (await loadActor(db, user.id))!;
      await expect(changeOwnPassword(ctxOf(t.db, actor), { current: "fout", password: GOOD })).rejects.toMatchObject({ fieldErrors: { current: ["Uw huidige wachtwoord klopt niet."] } });
      await expect(changeOwnPassword(ctxOf(t.db, actor), { current: "mijn huidige wachtwoord", password: "kort" })).rejects.toThrow(/minstens 12/);
      await changeOwnPassword(ctxOf(t.db, actor), { current: "mijn huidige wachtwoord", password: GOOD });
      expect((await signIn(db, { email: user.email, password: GOOD, ip: null })).ok).toBe(true);
      const version = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).version;
      await changeOwnName(ctxOf(t.db, actor), { name: "Nieuwe Naam", version });
      await expect(changeOwnName(ctxOf(t.db, actor), { name: "Andere Naam", version })).rejects.toThrow(/intussen gewijzigd/);
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Nieuwe Naam");
    });

    it("an inkoper invites a leader for a project in its regions only; a leader a co-leader for its own project only", async () => {
      const db = t.db.prisma;
      const inkoper = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
      const zeeland = await createProject(db, { regionCode: "zeeland", hoofdrubriekCode: "LEREN_VERBETEREN" });
      const utrecht = await createProject(db, { regionCode: "utrecht", hoofdrubriekCode: "LEREN_VERBETEREN" });
      const email = `leider-${backend.name}@zorg.test`;
      await expect(inviteProjectLeader(ctxOf(t.db, inkoper), { projectId: utrecht.id, name: "Lex Leider", email })).rejects.toThrow(/Niet gevonden/);
      const { userId, invited } = await inviteProjectLeader(ctxOf(t.db, inkoper), { projectId: zeeland.id, name: "Lex Leider", email });
      expect(invited).toBe(true);
      expect(await db.projectLeader.findMany({ where: { projectId: zeeland.id } })).toEqual([{ projectId: zeeland.id, userId }]);
      const mail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: email } });
      expect(mail.text).toContain(zeeland.title);

      await setPasswordWithToken(db, { token: await linkFor(t.db, email), password: GOOD }, null);
      const leader = (await loadActor(db, userId))!;
      const coEmail = `coleider-${backend.name}@zorg.test`;
      await expect(inviteProjectLeader(ctxOf(t.db, leader), { projectId: utrecht.id, name: "Co Leider", email: coEmail })).rejects.toThrow(/Niet gevonden/);
      const co = await inviteProjectLeader(ctxOf(t.db, leader), { projectId: zeeland.id, name: "Co Leider", email: coEmail });
      expect((await db.projectLeader.findMany({ where: { projectId: zeeland.id } })).map((l) => l.userId).sort()).toEqual([userId, co.userId].sort());

      // An existing account becomes leader without a new invitation; a beheerder has no leader:invite.
      const existing = await createUser(db, { memberships: [{ role: "PROJECTLEIDER" }] });
      expect(await inviteProjectLeader(ctxOf(t.db, leader), { projectId: zeeland.id, name: "x y", email: existing.email })).toEqual({ userId: existing.id, invited: false });
      const beheerder = await makeActor(t.db, [{ role: "BEHEERDER" }]);
      await expect(inviteProjectLeader(ctxOf(t.db, beheerder), { projectId: zeeland.id, name: "x y", email: "z@z.test" })).rejects.toThrow(/geen toegang/);
    });
  });
}
