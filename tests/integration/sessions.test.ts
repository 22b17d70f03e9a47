import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { createUser } from "@/tests/support/factories";
import { currentSessionEpoch, endAllSessions, sessionIsCurrent } from "@/lib/server/accounts/sessions";

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
  });
}
