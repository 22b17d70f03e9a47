import { beforeEach, describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { testBackends, useTestDb } from "@/tests/support/db";
import { createProject } from "@/tests/support/factories";
import { catalogueBrochure, catalogueBrochureDocx } from "@/lib/server/projectenbank/brochure";
import type { Db } from "@/lib/server/db";

/** Two published Zeeland cards (CZ), a hidden one, a published West-Brabant card (CZ) and one in Utrecht (Zilveren Kruis). */
async function portfolio(db: Db) {
  const a = await createProject(db, { wirNumber: "BR-0002", title: "Zelfroosteren", regionCode: "zeeland", hoofdrubriekCode: "ANDERS_OPLEIDEN", isPublic: true, goal: "Vaste teams plannen samen." });
  await createProject(db, { wirNumber: "BR-0001", title: "Nachtzorg", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", isPublic: true, goal: "Sensoren in de nacht." });
  await createProject(db, { wirNumber: "BR-0003", title: "Niet openbaar", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", isPublic: false });
  await createProject(db, { wirNumber: "BR-0005", title: "Brabantse leerafdeling", regionCode: "west-brabant", hoofdrubriekCode: "ANDERS_OPLEIDEN", isPublic: true, goal: "Leren op de afdeling." });
  await createProject(db, { wirNumber: "BR-0004", title: "Andere regio", regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE", isPublic: true, goal: "Sensoren in Utrecht." });
  await db.contactPerson.createMany({
    data: [
      { projectId: a.id, name: "Wel Openbaar", publicConsent: true, position: 0 },
      { projectId: a.id, name: "Niet Openbaar", publicConsent: false, position: 1 },
    ],
  });
}

const wirNumbers = (b: { sections: { cards: { wirNumber: string }[] }[] } | null) => b?.sections.flatMap((s) => s.cards.map((c) => c.wirNumber)) ?? [];

for (const backend of testBackends()) {
  describe(`Projectenbank brochure (${backend.name})`, () => {
    const t = useTestDb(backend, { each: true });
    beforeEach(() => portfolio(t.db.prisma));

    it("of a region: its published cards by hoofdrubriek in report order, with consenting contacts only", async () => {
      const db = t.db.prisma;
      const brochure = await catalogueBrochure({ db }, { regio: "zeeland" });
      expect(brochure?.kind).toBe("regio");
      expect(brochure?.title).toBe("Transitieprojecten regio Zeeland");
      expect(brochure?.concessiehouder).toBe("CZ");
      expect(brochure?.criteria).toEqual([]);
      expect(brochure?.total).toBe(2);
      const order = (await db.hoofdrubriek.findMany({ orderBy: { reportOrder: "asc" }, select: { code: true } })).map((h) => h.code).filter((c) => ["TECHNOLOGIE", "ANDERS_OPLEIDEN"].includes(c));
      expect(brochure?.sections.map((s) => s.hoofdrubriek.code)).toEqual(order);
      expect(wirNumbers(brochure).sort()).toEqual(["BR-0001", "BR-0002"]);
      const card = brochure!.sections.flatMap((s) => s.cards).find((c) => c.wirNumber === "BR-0002");
      expect(card?.contacts.map((c) => c.name)).toEqual(["Wel Openbaar"]);
      expect(JSON.stringify(brochure)).not.toMatch(/Niet openbaar|Niet Openbaar|Andere regio/);
      expect(brochure?.searchHref).toBe("/projectenbank?regio=zeeland");
    });

    it("of a concessiehouder covers all its regions; of a search, the hits with the criteria in words", async () => {
      const db = t.db.prisma;
      const cz = await catalogueBrochure({ db }, { concessiehouder: "CZ" });
      expect(cz?.kind).toBe("concessiehouder");
      expect(cz?.title).toBe("Transitieprojecten in de regio's van CZ");
      expect(wirNumbers(cz).sort()).toEqual(["BR-0001", "BR-0002", "BR-0005"]);

      // order and paging of the search do not narrow a brochure
      const search = await catalogueBrochure({ db }, { q: "sensoren", sorteer: "titel", pagina: 2, per: 1 });
      expect(search?.kind).toBe("selectie");
      expect(search?.criteria).toEqual(["Zoekterm: sensoren"]);
      expect(wirNumbers(search).sort()).toEqual(["BR-0001", "BR-0004"]);
      expect(search?.concessiehouder).toBeNull(); // CZ and Zilveren Kruis
      expect(search?.searchHref).toBe("/projectenbank?q=sensoren");

      const narrowed = await catalogueBrochure({ db }, { q: "sensoren", regio: "zeeland", rubriek: "TECHNOLOGIE" });
      expect(narrowed?.criteria).toEqual(["Zoekterm: sensoren", "Regio: Zeeland", `Hoofdrubriek: ${(await db.hoofdrubriek.findUniqueOrThrow({ where: { code: "TECHNOLOGIE" } })).label}`]);
      expect(wirNumbers(narrowed)).toEqual(["BR-0001"]);
    });

    it("is null for a code that does not exist, and empty for a search without hits", async () => {
      const db = t.db.prisma;
      expect(await catalogueBrochure({ db }, { regio: "bestaat-niet" })).toBeNull();
      expect(await catalogueBrochure({ db }, { concessiehouder: "XX" })).toBeNull();
      expect(await catalogueBrochure({ db }, { thema: "GEEN_THEMA" })).toBeNull();
      const none = await catalogueBrochure({ db }, { q: "onvindbaarwoord" });
      expect(none?.total).toBe(0);
      expect(none?.sections).toEqual([]);
    });

    it("as a DOCX holds the cover, contents and every card, without what is not public", async () => {
      const db = t.db.prisma;
      const file = await catalogueBrochureDocx({ db }, { regio: "zeeland" }, new Date("2026-12-05T10:00:00Z"));
      expect(file?.fileName).toBe("projectenbank-brochure-transitieprojecten-regio-zeeland.docx");
      expect(file?.rows).toBe(2);
      const xml = strFromU8(unzipSync(file!.body as Uint8Array)["word/document.xml"]);
      const text = xml.replace(/<[^>]+>/g, " ");
      for (const expected of ["Transitieprojecten regio Zeeland", "5 december 2026", "Leeswijzer", "Inhoud", "Zelfroosteren", "Nachtzorg", "Vaste teams plannen samen.", "Wel Openbaar"]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toMatch(/Niet openbaar|Niet Openbaar|Andere regio|Brabantse/);
      expect(await catalogueBrochureDocx({ db }, { regio: "bestaat-niet" })).toBeNull();
    });
  });
}
