import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { unsafeImportFiles } from "@/lib/server/import";
import { searchCatalogue } from "@/lib/server/projectenbank/search";
import { catalogueQuerySchema } from "@/lib/domain/projectenbank/search-params";
import { emptyTables, toXlsx } from "@/lib/domain/import/write";

/**
 * An import builds the Projectenbank search documents once, at the end of its transaction, for
 * every project it created or changed (it defers the per-row triggers while it writes). What a
 * visitor relies on: an imported card is found by its title, its partner and its theme, and a
 * card whose partners an import changes is found by the new partner, not the old one.
 */
const q = (raw: Record<string, string>) => catalogueQuerySchema.parse(raw);

for (const backend of testBackends()) {
  describe(`search documents after an import (${backend.name})`, () => {
    const t = useTestDb(backend);

    it("finds imported cards by title, partner and theme, and follows a changed partner", async () => {
      const db = t.db.prisma;
      const tables = emptyTables();
      tables.organisations.push({ name: "Stichting Duinzicht", type: "Zorgaanbieder" }, { name: "Kennispunt Polderzorg", type: "Kennisinstituut" });
      tables.projects.push(
        { wirNumber: "IS-1", title: "Vlindertuin voor bewoners", region: "Zeeland", hoofdrubriek: "Technologie", themes: "Wonen en welzijn", partners: "Stichting Duinzicht", isPublic: "Ja", lifecycle: "Actief" },
        { wirNumber: "IS-2", title: "Rustige avonden", region: "Zeeland", hoofdrubriek: "Technologie", isPublic: "Ja", lifecycle: "Actief" },
      );
      tables.records.push({ wirNumber: "IS-1", period: "oktober 2020", status: "Lopend", impact: "Nog onbekend", sharing: "Nog onbekend", scalability: "Nee, is nog niet zinvol", careOrgCount: 1 });
      const first = await unsafeImportFiles(db, null, [{ name: "a.xlsx", bytes: await toXlsx(tables) }], { allowClosedPeriods: true });
      expect(first.issues.filter((i) => i.severity === "error")).toEqual([]);
      const missing = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Project" WHERE "wirNumber" IN ('IS-1', 'IS-2') AND "searchVector" IS NULL`;
      expect(missing).toEqual([{ n: 0 }]);

      const found = async (text: string) => (await searchCatalogue({ db }, q({ q: text }))).items.map((i) => i.wirNumber).sort();
      expect(await found("vlindertuin")).toEqual(["IS-1"]);
      expect(await found("Duinzicht")).toEqual(["IS-1"]);
      expect(await found("welzijn")).toEqual(["IS-1"]);

      tables.projects[0].partners = "Kennispunt Polderzorg";
      const second = await unsafeImportFiles(db, null, [{ name: "b.xlsx", bytes: await toXlsx(tables) }], { allowClosedPeriods: true });
      expect(second.summary?.projects).toMatchObject({ updated: 1, unchanged: 1 });
      expect(await found("Polderzorg")).toEqual(["IS-1"]);
      expect(await found("Duinzicht")).toEqual([]);
    });
  });
}
