import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { createUser } from "@/tests/support/factories";
import { actorForSession, currentSessionEpoch, endAllSessions, sessionIsCurrent } from "@/lib/server/accounts/sessions";
import { ctxOf } from "@/tests/support/actors";
import { loadActor } from "@/lib/server/accounts/actor";
import { changeOwnPassword, requestPasswordReset, setPasswordWithToken, setUserActive } from "@/lib/server/accounts";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** A live session as sign-in makes it (auth-options.ts: the epoch at sign-in, sign-in and last-request times). */
async function liveSession(db: PrismaClient, userId: string) {
  const now = Date.now();
  return { id: userId, epoch: (await currentSessionEpoch(db, userId))!, authAt: now, seenAt: now };
}

for (const backend of testBackends()) {
  describe(`sessions on ${backend.name}`, () => {
    const t = useTestDb(backend);

    it("endAllSessions ends every session of that user at once, and only of that user", async () => {
      const anna = await createUser(t.db.prisma, { email: "anna-sessies@regiotafel.test", memberships: [{ role: "WIR" }] });
      const bart = await createUser(t.db.prisma, { email: "bart-sessies@regiotafel.test", memberships: [{ role: "WIR" }] });
      const laptop = await currentSessionEpoch(t.db.prisma, anna.id);
      const phone = await currentSessionEpoch(t.db.prisma, anna.id);
      const other = await currentSessionEpoch(t.db.prisma, bart.id);
      expect(await sessionIsCurrent(t.db.prisma, anna.id, laptop!)).toBe(true);

      await endAllSessions(t.db.prisma, anna.id);
      expect(await sessionIsCurrent(t.db.prisma, anna.id, laptop!)).toBe(false);
      expect(await sessionIsCurrent(t.db.prisma, anna.id, phone!)).toBe(false);
      expect(await sessionIsCurrent(t.db.prisma, bart.id, other!)).toBe(true);
      // a new sign-in starts from the new epoch
      expect(await sessionIsCurrent(t.db.prisma, anna.id, (await currentSessionEpoch(t.db.prisma, anna.id))!)).toBe(true);
      // a token without an epoch, or for an unknown user, is never current
      expect(await sessionIsCurrent(t.db.prisma, anna.id, undefined)).toBe(false);
      expect(await sessionIsCurrent(t.db.prisma, "geen-gebruiker", 0)).toBe(false);
    });

    it("counts concurrent ends atomically", async () => {
      const cees = await createUser(t.db.prisma, { email: "cees-sessies@regiotafel.test", memberships: [{ role: "WIR" }] });
      const before = (await currentSessionEpoch(t.db.prisma, cees.id))!;
      await Promise.all([endAllSessions(t.db.prisma, cees.id), endAllSessions(t.db.prisma, cees.id), endAllSessions(t.db.prisma, cees.id)]);
      expect(await currentSessionEpoch(t.db.prisma, cees.id)).toBe(before + 3);
    });

    it("a password change, a password reset and a deactivation end the person's live sessions on their next request", async () => {
      const db = t.db.prisma;
      const beheerder = (await loadActor(db, (await createUser(db, { email: "beheer-sessies@regiotafel.test", memberships: [{ role: "BEHEERDER" }] })).id))!;

      const own = await createUser(db, { email: "eigen-sessies@regiotafel.test", password: "mijn oude wachtwoord", memberships: [{ role: "WIR" }] });
      const ownLaptop = await liveSession(db, own.id);
      const ownActor = await actorForSession(db, ownLaptop);
      expect(ownActor?.userId).toBe(own.id);
      const bystander = await liveSession(db, beheerder.userId);
      await changeOwnPassword(ctxOf(t.db, ownActor!), { current: "mijn oude wachtwoord", password: "een heel nieuw wachtwoord" });
      expect(await actorForSession(db, ownLaptop)).toBeNull();
      expect((await actorForSession(db, bystander))?.userId).toBe(beheerder.userId);
      // signing in again starts a session that works
      expect((await actorForSession(db, await liveSession(db, own.id)))?.userId).toBe(own.id);

      const forgetful = await createUser(db, { email: "vergeten-sessies@regiotafel.test", password: "mijn oude wachtwoord", memberships: [{ role: "INKOPER", concessiehouderCode: "CZ" }] });
      const thief = await liveSession(db, forgetful.id);
      await requestPasswordReset(db, forgetful.email, null);
      const mail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: forgetful.email }, orderBy: { createdAt: "desc" } });
      const token = /\/wachtwoord-instellen\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
      expect(await actorForSession(db, thief)).not.toBeNull();
      await setPasswordWithToken(db, { token, password: "een heel nieuw wachtwoord" }, null);
      expect(await actorForSession(db, thief)).toBeNull();

      const leaving = await createUser(db, { email: "weg-sessies@regiotafel.test", memberships: [{ role: "PROJECTLEIDER" }] });
      const open = await liveSession(db, leaving.id);
      await setUserActive(ctxOf(t.db, beheerder), { userId: leaving.id, active: false, version: 1 });
      expect(await actorForSession(db, open)).toBeNull();
      // reactivated, the old session stays ended; a new sign-in works
      await setUserActive(ctxOf(t.db, beheerder), { userId: leaving.id, active: true, version: 2 });
      expect(await actorForSession(db, open)).toBeNull();
      expect((await actorForSession(db, await liveSession(db, leaving.id)))?.userId).toBe(leaving.id);
    });

    it("a session past its idle or absolute limit is refused", async () => {
      const db = t.db.prisma;
      const user = await createUser(db, { email: "oud-sessies@regiotafel.test", memberships: [{ role: "WIR" }] });
      const session = await liveSession(db, user.id);
      expect(await actorForSession(db, session, session.seenAt + 29 * 60_000)).not.toBeNull();
      expect(await actorForSession(db, session, session.seenAt + 31 * 60_000)).toBeNull();
      expect(await actorForSession(db, { ...session, seenAt: session.authAt + 12 * 3_600_000 - 60_000 }, session.authAt + 12 * 3_600_000 + 1)).toBeNull();
    });
  });
}
