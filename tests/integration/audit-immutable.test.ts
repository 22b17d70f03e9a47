import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { createUser } from "@/tests/support/factories";
import { writeAudit } from "@/lib/server/core/audit";

for (const backend of testBackends()) {
  describe(`audit log on ${backend.name}`, () => {
    const t = useTestDb(backend);

    it("rows cannot be changed or deleted, not even with SQL", async () => {
      const user = await createUser(t.db.prisma, { email: "audit-onwijzigbaar@regiotafel.test", memberships: [{ role: "WIR" }] });
      await writeAudit(t.db.prisma, { userId: user.id }, { action: "SIGN_IN", entity: "User", entityId: user.id });
      const row = await t.db.prisma.auditLog.findFirstOrThrow({ where: { entityId: user.id } });

      await expect(t.db.prisma.auditLog.update({ where: { id: row.id }, data: { entity: "Vervalst" } })).rejects.toThrow(/append-only/);
      await expect(t.db.prisma.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
      // raw SQL too (the PGlite adapter does not pass the message on; the row below is unchanged)
      await expect(t.db.prisma.$executeRawUnsafe(`UPDATE "AuditLog" SET "actorUserId" = NULL WHERE id = ${row.id}`)).rejects.toThrow();
      await expect(t.db.prisma.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow();
      await expect(t.db.prisma.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow();

      expect(await t.db.prisma.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
      // adding rows still works
      await writeAudit(t.db.prisma, { userId: user.id }, { action: "SIGN_IN", entity: "User", entityId: user.id });
      expect(await t.db.prisma.auditLog.count({ where: { entityId: user.id } })).toBe(2);
    });
  });
}
