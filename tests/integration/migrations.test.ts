import { describe, expect, it } from "vitest";
import { createTestDb, testBackends } from "../support/db";
import { migrate, readMigrations } from "@/lib/server/db/migrate";
import { openDatabase } from "@/lib/server/db/connection";
import { prepareDatabase } from "@/lib/server/db/prepare";

for (const backend of testBackends()) {
  describe(`migration runner on ${backend.name}`, () => {
    it("records every migration in _prisma_migrations and applies nothing twice", async () => {
      const t = await createTestDb(backend, { reference: false });
      try {
        const rows = await t.db.raw.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
          `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
        );
        const files = readMigrations();
        expect(rows.map((r) => r.migration_name)).toEqual(files.map((m) => m.name));
        expect(rows.map((r) => r.checksum)).toEqual(files.map((m) => m.checksum));
        expect(rows.every((r) => r.finished_at)).toBe(true);
        const again = await migrate(t.db.raw);
        expect(again.applied).toEqual([]);
        expect(again.alreadyApplied).toBe(files.length);
      } finally {
        await t.drop();
      }
    });

    it("refuses to continue when an applied migration was edited afterwards", async () => {
      const t = await createTestDb(backend, { reference: false });
      try {
        const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
        await expect(migrate(t.db.raw, edited)).rejects.toThrow(/is gewijzigd nadat ze is toegepast/);
      } finally {
        await t.drop();
      }
    });

    it("rolls a failing migration back completely and records nothing for it", async () => {
      const t = await createTestDb(backend, { reference: false });
      try {
        const broken = { name: "29990101000000_broken", sql: `CREATE TABLE "half" (id int); SELECT * FROM "does_not_exist";`, checksum: "x".repeat(64) };
        await expect(migrate(t.db.raw, [...readMigrations(), broken])).rejects.toThrow(/29990101000000_broken is mislukt/);
        const tables = await t.db.raw.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half'`);
        expect(tables).toHaveLength(0);
        const recorded = await t.db.raw.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [broken.name]);
        expect(recorded).toHaveLength(0);
      } finally {
        await t.drop();
      }
    });

    it("reference data loads idempotently: 8 concessiehouders, 31 zorgkantoorregio's, 34 regions, 11 rubrieken, 8 themes, 4 periods", async () => {
      const t = await createTestDb(backend);
      try {
        const db = t.db;
        await prepareDatabase(db, { demo: false }); // a second load changes nothing
        const counts = await Promise.all([
          db.prisma.concessiehouder.count(),
          db.prisma.zorgkantoorregio.count(),
          db.prisma.region.count(),
          db.prisma.hoofdrubriek.count(),
          db.prisma.kwaliteitskaderTheme.count(),
          db.prisma.reportingPeriod.count(),
          db.prisma.concessionAssignment.count(),
        ]);
        expect(counts).toEqual([8, 31, 34, 11, 8, 4, 31]);
      } finally {
        await t.drop();
      }
    });
  });
}

describe("two instances starting at once (PostgreSQL advisory lock)", () => {
  const pg = testBackends().find((b) => b.name === "postgres");
  it.runIf(!!pg)("apply each migration exactly once", async () => {
    const t = await createTestDb(pg!, { reference: false });
    try {
      await t.db.raw.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
      const [{ db: database }] = await t.db.raw.query<{ db: string }>("SELECT current_database() AS db");
      const target = new URL(pg!.serverUrl!);
      target.pathname = `/${database}`;
      const second = await openDatabase({ backend: "postgres", url: target.toString() });
      try {
        const [a, b] = await Promise.all([migrate(t.db.raw), migrate(second.raw)]);
        const total = readMigrations().length;
        expect(a.applied.length + b.applied.length).toBe(total);
        const rows = await t.db.raw.query(`SELECT migration_name FROM "_prisma_migrations"`);
        expect(rows).toHaveLength(total);
      } finally {
        await second.close();
      }
    } finally {
      await t.drop();
    }
  });
});
