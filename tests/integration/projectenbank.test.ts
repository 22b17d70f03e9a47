import { describe, expect, it, beforeAll } from "vitest";
import { testBackends, useTestDb } from "@/tests/support/db";
import { createAssessment, createOrganisation, createProject, createReportingPeriod } from "@/tests/support/factories";
import { searchCatalogue } from "@/lib/server/projectenbank/search";
import { getPublicCard, relatedProjects } from "@/lib/server/projectenbank/card";
import { catalogueQuerySchema, cardSegment } from "@/lib/domain/projectenbank/search-params";

const q = (raw: Record<string, string>) => catalogueQuerySchema.parse(raw);

for (const backend of testBackends()) {
  // one fixture for every test, made in beforeAll; no test changes it, so the order does not matter
  describe(`Projectenbank search and public card (${backend.name})`, () => {
    const t = useTestDb(backend);
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const db = t.db.prisma;
      const partner = await createOrganisation(db, { name: "Hogeschool Zeeland" });
      const p1 = await createProject(db, {
        wirNumber: "PB-0001",
        title: "Nachtzorg met slimme sensoren",
        regionCode: "zeeland",
        hoofdrubriekCode: "TECHNOLOGIE",
        themeCodes: ["VEILIGHEID"],
        isPublic: true,
        goal: "Rustiger nachten voor bewoners met dementie.",
        description: "Verpleeghuizen testen akoestische bewaking.",
        partnerIds: [partner.id],
        startDate: "2020-02-01",
      });
      await db.lesson.create({ data: { projectId: p1.id, text: "Betrek de nachtdienst vroeg: zonder draagvlak op de werkvloer blijft de techniek in de kast." } });
      // for the ranking test: a word in this card's lessons only, and in the other card's title
      await db.lesson.create({ data: { projectId: p1.id, title: "Opleiden", text: "Leerwerkplaatsen voor de nachtdienst kwamen er niet." } });
      await db.contactPerson.createMany({
        data: [
          { projectId: p1.id, name: "Anna Akkoord", email: "anna@example.test", publicConsent: true, position: 0 },
          { projectId: p1.id, name: "Bert Geheim", email: "bert@example.test", publicConsent: false, position: 1 },
        ],
      });
      const p2 = await createProject(db, {
        wirNumber: "PB-0002",
        title: "Leerwerkplaatsen in de wijk",
        regionCode: "utrecht",
        hoofdrubriekCode: "ANDERS_OPLEIDEN",
        themeCodes: ["VEILIGHEID"],
        isPublic: true,
        goal: "Meer mbo-studenten kiezen voor de ouderenzorg.",
      });
      await db.lesson.create({ data: { projectId: p2.id, title: "Roosters", text: "Zelfroosteren werkt alleen met vaste teams." } });
      const hidden = await createProject(db, { wirNumber: "PB-0003", title: "Geheime nachtzorg", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", isPublic: false, goal: "Niet publiek" });
      const draft = await createProject(db, { wirNumber: "PB-0004", title: "Concept nachtzorg", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", isPublic: true, lifecycle: "DRAFT" });
      const archived = await createProject(db, { wirNumber: "PB-0005", title: "Oude nachtzorg", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", isPublic: true, lifecycle: "ARCHIVED" });
      await db.finalEvaluation.create({
        data: { projectId: p1.id, resultsSummary: "Minder onrustige nachten op twee afdelingen.", successFactors: ["BROAD_SUPPORT"], barriers: ["ICT"], borgingPlan: "De sensoren blijven in de begroting.", transferable: "WITH_ADAPTATION" },
      });
      Object.assign(ids, { p1: p1.id, p2: p2.id, hidden: hidden.id, draft: draft.id, archived: archived.id });
      await createAssessment(db, { projectId: p1.id, periodCode: "2020-10", status: "RUNNING", scalability: "NATIONAL", sharing: "YES", note: "Interne notitie van WIR" });
      await createReportingPeriod(db, { code: "2021-03", peildatum: "2021-03-01", state: "OPEN" });
      await createAssessment(db, { projectId: p1.id, periodCode: "2021-03", status: "FINISHED_UNSUCCESSFUL", scalability: "NOT_USEFUL", note: "Open periode" });
    });

    it("finds only published, active cards (never drafts, archived or unpublished ones)", async () => {
      const r = await searchCatalogue({ db: t.db.prisma }, q({ q: "nachtzorg" }));
      expect(r.items.map((i) => i.wirNumber)).toEqual(["PB-0001"]);
      const all = await searchCatalogue({ db: t.db.prisma }, q({}));
      expect(all.total).toBe(2);
      expect(all.items.map((i) => i.wirNumber).sort()).toEqual(["PB-0001", "PB-0002"]);
    });

    it("finds a project by a word from its lessons learned, by another word form and despite a typo", async () => {
      const byLesson = await searchCatalogue({ db: t.db.prisma }, q({ q: "draagvlak" }));
      expect(byLesson.items.map((i) => i.wirNumber)).toEqual(["PB-0001"]);
      const wordForm = await searchCatalogue({ db: t.db.prisma }, q({ q: "sensor" }));
      expect(wordForm.items.map((i) => i.wirNumber)).toEqual(["PB-0001"]);
      const typo = await searchCatalogue({ db: t.db.prisma }, q({ q: "zelfroosterren" }));
      expect(typo.items.map((i) => i.wirNumber)).toEqual(["PB-0002"]);
      const accents = await searchCatalogue({ db: t.db.prisma }, q({ q: "Hogeschool" }));
      expect(accents.items.map((i) => i.wirNumber)).toEqual(["PB-0001"]);
    });

    it("ranks a title match above a match in the lessons only", async () => {
      const r = await searchCatalogue({ db: t.db.prisma }, q({ q: "leerwerkplaatsen" }));
      expect(r.items.map((i) => i.wirNumber)).toEqual(["PB-0002", "PB-0001"]);
    });

    it("counts facets and filters on them, with judgements of the latest closed period only", async () => {
      const r = await searchCatalogue({ db: t.db.prisma }, q({}));
      expect(r.facets.regio).toEqual([
        expect.objectContaining({ value: "zeeland", count: 1 }),
        expect.objectContaining({ value: "utrecht", count: 1 }),
      ]);
      expect(r.facets.thema).toEqual([expect.objectContaining({ value: "VEILIGHEID", count: 2 })]);
      expect(r.facets.status).toEqual([{ value: "RUNNING", label: "Lopend", count: 1 }]);
      expect(r.facets.partner).toEqual([expect.objectContaining({ label: "Hogeschool Zeeland", count: 1 })]);
      expect(r.facets.startjaar).toEqual([{ value: "2020", label: "2020", count: 1 }]);
      const filtered = await searchCatalogue({ db: t.db.prisma }, q({ status: "RUNNING", thema: "VEILIGHEID" }));
      expect(filtered.items.map((i) => i.wirNumber)).toEqual(["PB-0001"]);
      expect(filtered.items[0].scalability).toBe("NATIONAL");
      const openPeriodValue = await searchCatalogue({ db: t.db.prisma }, q({ status: "FINISHED_UNSUCCESSFUL" }));
      expect(openPeriodValue.total).toBe(0);
    });

    it("pages and sorts in SQL", async () => {
      const first = await searchCatalogue({ db: t.db.prisma }, q({ sorteer: "titel", per: "1" }));
      const second = await searchCatalogue({ db: t.db.prisma }, q({ sorteer: "titel", per: "1", pagina: "2" }));
      expect([first.items[0].title, second.items[0].title]).toEqual(["Leerwerkplaatsen in de wijk", "Nachtzorg met slimme sensoren"]);
      expect(first.pages).toBe(2);
    });

    it("shows a public card without notes, open-period judgements or contacts who did not agree", async () => {
      const card = await getPublicCard({ db: t.db.prisma }, "PB-0001-verkeerde-slug");
      expect(card.segment).toBe("PB-0001-nachtzorg-met-slimme-sensoren");
      expect(card.judgement).toEqual({ periodLabel: "oktober 2020", status: "RUNNING", scalability: "NATIONAL", sharing: "YES" });
      expect(card.contacts.map((c) => c.name)).toEqual(["Anna Akkoord"]);
      // the leader's final evaluation feeds the card; PB-0002 has none
      expect(card.evaluation).toEqual({
        resultsSummary: "Minder onrustige nachten op twee afdelingen.",
        successFactors: ["BROAD_SUPPORT"],
        barriers: ["ICT"],
        factorsNote: "",
        borgingPlan: "De sensoren blijven in de begroting.",
        transferable: "WITH_ADAPTATION",
        transferNote: "",
      });
      expect((await getPublicCard({ db: t.db.prisma }, "PB-0002")).evaluation).toBeNull();
      expect(JSON.stringify(card)).not.toMatch(/Interne notitie|Open periode|Bert Geheim|FINISHED_UNSUCCESSFUL/);
      for (const wir of ["PB-0003", "PB-0004", "PB-0005", "PB-9999"]) {
        await expect(getPublicCard({ db: t.db.prisma }, `${wir}-x`)).rejects.toThrow(/niet \(meer\) gepubliceerd/);
      }
      expect(cardSegment({ wirNumber: "PB-0001", title: "Zorg & Welzijn in één!" })).toBe("PB-0001-zorg-welzijn-in-een");
    });

    it("relates cards on the same theme in other regions", async () => {
      const card = await getPublicCard({ db: t.db.prisma }, "PB-0001");
      const related = await relatedProjects({ db: t.db.prisma }, card);
      expect([...related.similar, ...related.sameThemeElsewhere].map((r) => r.wirNumber)).toEqual(["PB-0002"]);
    });
  });
}
