import { describe, expect, it } from "vitest";
import { createTestDb, testBackends } from "../support/db";
import { createUser } from "@/tests/support/factories";
import { hasDemoAccounts, prepareDatabase } from "@/lib/server/db/prepare";
import { DEMO_ACCOUNTS_ON_SERVER } from "@/lib/domain/demo/mode";

for (const backend of testBackends()) {
  describe(`safe by default on ${backend.name}`, () => {
    it("refuses to prepare a database that holds demo accounts when demo data is not switched on", async () => {
      const t = await createTestDb(backend);
      try {
        await expect(prepareDatabase(t.db, { demo: false, refuseDemoAccounts: true })).resolves.toMatchObject({ demoLoaded: false });
        await createUser(t.db.prisma, { email: "echt@zorgkantoor.example", memberships: [{ role: "BEHEERDER" }] });
        expect(await hasDemoAccounts(t.db.prisma)).toBe(false);
        await createUser(t.db.prisma, { email: "beheer@regiotafel.demo", memberships: [{ role: "BEHEERDER" }] });
        expect(await hasDemoAccounts(t.db.prisma)).toBe(true);
        await expect(prepareDatabase(t.db, { demo: false, refuseDemoAccounts: true })).rejects.toThrow(DEMO_ACCOUNTS_ON_SERVER);
        // With DEMO_DATA=on it starts (and loads nothing, the database is not empty).
        await expect(prepareDatabase(t.db, { demo: true })).resolves.toMatchObject({ demoLoaded: false });
      } finally {
        await t.drop();
      }
      // It creates, migrates and seeds its own database twice over: slow on a loaded machine.
    }, 180_000);
  });
}
