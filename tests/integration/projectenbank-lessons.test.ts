import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "@/tests/support/db";
import { createProject } from "@/tests/support/factories";
import { publicLessons } from "@/lib/server/projectenbank/lessons";

for (const backend of testBackends()) {
  describe(`Projectenbank lessons by theme and hoofdrubriek (${backend.name})`, () => {
    const t = useTestDb(backend);
    beforeAll(async () => {
      const db = t.db.prisma;
      const night = await createProject(db, { wirNumber: "LS-0001", title: "Nachtzorg met sensoren", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", themeCodes: ["VEILIGHEID"], isPublic: true });
      await db.lesson.createMany({
        data: [
          { projectId: night.id, title: "Draagvlak", text: "Betrek de nachtdienst vroeg, anders blijft de techniek in de kast.", position: 0 },
          { projectId: night.id, text: "Test de sensoren eerst op één afdeling.", position: 1 },
        ],
      });
      // a card with only the free text: that text is its lesson
      const school = await createProject(db, { wirNumber: "LS-0002", title: "Leerwerkplaatsen", regionCode: "utrecht", hoofdrubriekCode: "ANDERS_OPLEIDEN", isPublic: true });
      await db.project.update({ where: { id: school.id }, data: { lessonsLearned: "Zelfroosteren werkt alleen met vaste teams." } });
      const hidden = await createProject(db, { wirNumber: "LS-0003", title: "Niet openbaar", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", themeCodes: ["VEILIGHEID"], isPublic: false });
      await db.lesson.create({ data: { projectId: hidden.id, text: "Geheime les over de nachtdienst." } });
      const draft = await createProject(db, { wirNumber: "LS-0004", title: "Concept", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", isPublic: true, lifecycle: "DRAFT" });
      await db.lesson.create({ data: { projectId: draft.id, text: "Conceptles over de nachtdienst." } });
    });

    it("lists the lessons of published cards only, with counts per theme and per hoofdrubriek", async () => {
      const all = await publicLessons({ db: t.db.prisma }, {});
      expect(all.total).toBe(3);
      expect(all.items.map((l) => l.text)).not.toContain("Geheime les over de nachtdienst.");
      expect(JSON.stringify(all)).not.toMatch(/Geheime|Conceptles/);
      expect(all.items.find((l) => l.project.wirNumber === "LS-0002")).toMatchObject({ title: "", text: "Zelfroosteren werkt alleen met vaste teams.", project: { title: "Leerwerkplaatsen", regionName: "Utrecht" } });
      expect(all.facets.thema.find((f) => f.value === "VEILIGHEID")?.count).toBe(2);
      expect(all.facets.rubriek.map((f) => [f.value, f.count])).toEqual(expect.arrayContaining([["TECHNOLOGIE", 2], ["ANDERS_OPLEIDEN", 1]]));
    });

    it("browses by theme and by hoofdrubriek", async () => {
      const byTheme = await publicLessons({ db: t.db.prisma }, { thema: "VEILIGHEID" });
      expect(byTheme.items.map((l) => l.project.wirNumber)).toEqual(["LS-0001", "LS-0001"]);
      const byRubriek = await publicLessons({ db: t.db.prisma }, { rubriek: "ANDERS_OPLEIDEN" });
      expect(byRubriek.items.map((l) => l.text)).toEqual(["Zelfroosteren werkt alleen met vaste teams."]);
    });

    it("searches the lessons' own words (stemmed): only the lesson that says it, never an unpublished one", async () => {
      const r = await publicLessons({ db: t.db.prisma }, { q: "nachtdiensten" });
      expect(r.items.map((l) => l.title)).toEqual(["Draagvlak"]);
      // a word of the card's title but of none of its lessons finds no lesson
      expect((await publicLessons({ db: t.db.prisma }, { q: "leerwerkplaatsen" })).total).toBe(0);
      expect((await publicLessons({ db: t.db.prisma }, { q: "zelfroosteren" })).items.map((l) => l.project.wirNumber)).toEqual(["LS-0002"]);
    });
  });
}
