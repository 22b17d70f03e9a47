import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { insertRows } from "@/lib/server/import/apply";
import { bulkQuery } from "@/lib/server/db/bulk";

/**
 * insertRows writes each column as one PostgreSQL array literal of its own making: every value
 * must come back exactly as it went in, whatever quotes, backslashes, braces or words it holds —
 * on the transaction's own connection (db/bulk) and through Prisma (outside a transaction).
 */
const awkward = ['"quoted"', "back\\slash", '\\"both\\"', "{braces}", "a,b", "NULL", "null", "", " spaced ", "regel\nnieuw", "é ü ☃ 😀", "'single'", "tab\there", "\\"];

for (const backend of testBackends()) {
  describe(`insertRows (${backend.name})`, () => {
    const t = useTestDb(backend);

    it("round-trips awkward text, nulls and jsonb, directly and through Prisma", async () => {
      const db = t.db.prisma;
      // more rows than one segment of a literal (50), and for the audit rows exactly two segments
      const texts = Array.from({ length: 8 }, () => awkward).flat();
      const rows = [...texts.map((text, i) => ({ id: `ir-${i}`, text })), { id: "ir-null", text: null }];
      const auditRows = rows.slice(-100);
      await db.$transaction(async (tx) => {
        expect(await bulkQuery(tx)).not.toBeNull();
        await insertRows(tx, "Organisation", [["id"], ["name"], ["type", '"OrganisationType"'], ["city"]], rows, (r) => [r.id, `Organisatie ${r.id} ${r.text}`, "GEMEENTE", r.text], { updatedAt: true });
      });
      expect(await bulkQuery(db)).toBeNull();
      await insertRows(db, "AuditLog", [["action", '"AuditAction"'], ["entity"], ["entityId"], ["before", "jsonb"], ["after", "jsonb"]], auditRows, (r) => [
        "IMPORT",
        "InsertRowsTest",
        r.id,
        r.text === null ? null : JSON.stringify({ text: r.text }),
        JSON.stringify({ text: r.text, list: [r.text, 1] }),
      ]);
      const orgs = await db.organisation.findMany({ where: { id: { startsWith: "ir-" } }, select: { id: true, name: true, city: true } });
      const audit = await db.auditLog.findMany({ where: { entity: "InsertRowsTest" }, select: { entityId: true, before: true, after: true } });
      expect(orgs).toHaveLength(rows.length);
      expect(audit).toHaveLength(auditRows.length);
      for (const r of rows) expect(orgs.find((o) => o.id === r.id)).toEqual({ id: r.id, name: `Organisatie ${r.id} ${r.text}`, city: r.text });
      for (const r of auditRows) {
        expect(audit.find((a) => a.entityId === r.id)).toEqual({ entityId: r.id, before: r.text === null ? null : { text: r.text }, after: { text: r.text, list: [r.text, 1] } });
      }
    });
  });
}
