import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "@/tests/support/db";
import { createAssessment, createOrganisation, createProject, createReportingPeriod } from "@/tests/support/factories";
import { catalogueSelection, searchCatalogue } from "@/lib/server/projectenbank/search";
import { catalogueQuerySchema } from "@/lib/domain/projectenbank/search-params";

// The search reads the narrow table "CatalogueCard", kept by triggers (migration catalogue_cards,
// ADR 0024). These tests change a card's sources the way the app does and check that the public
// search follows at once: nothing unpublished is found, no facet count is stale.
const q = (raw: Record<string, string>) => catalogueQuerySchema.parse(raw);
const facet = (r: Awaited<ReturnType<typeof searchCatalogue>>, key: keyof typeof r.facets) => Object.fromEntries(r.facets[key].map((f) => [f.value, f.count]));

for (const backend of testBackends()) {
  describe(`Projectenbank search table follows its sources (${backend.name})`, () => {
    // each test changes which period is closed or who holds a region: a fresh database each
    const t = useTestDb(backend, { each: true });

    it("publishing, editing, archiving and deleting a project show in the search at once", async () => {
      const db = t.db.prisma;
      const ctx = { db };
      const p = await createProject(db, { wirNumber: "CC-0001", title: "Zeeuwse valpreventie", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", isPublic: false });
      expect((await searchCatalogue(ctx, q({ q: "valpreventie" }))).total).toBe(0);

      await db.project.update({ where: { id: p.id }, data: { isPublic: true } });
      expect((await searchCatalogue(ctx, q({ q: "valpreventie" }))).items.map((i) => i.wirNumber)).toEqual(["CC-0001"]);

      await db.project.update({ where: { id: p.id }, data: { title: "Zeeuwse beweegtuin", startDate: new Date("2019-05-01") } });
      expect((await searchCatalogue(ctx, q({ q: "valpreventie" }))).total).toBe(0);
      const renamed = await searchCatalogue(ctx, q({ q: "beweegtuin" }));
      expect(renamed.items.map((i) => i.title)).toEqual(["Zeeuwse beweegtuin"]);
      expect(facet(renamed, "startjaar")).toEqual({ "2019": 1 });
      expect(facet(renamed, "regio")).toEqual({ zeeland: 1 });
      expect(facet(renamed, "rubriek")).toEqual({ TECHNOLOGIE: 1 });

      await db.project.update({ where: { id: p.id }, data: { lifecycle: "ARCHIVED" } });
      expect((await searchCatalogue(ctx, q({}))).total).toBe(0);
      expect((await catalogueSelection(ctx, q({ regio: "zeeland" }), 10)).ids).toEqual([]);

      await db.project.update({ where: { id: p.id }, data: { lifecycle: "ACTIVE" } });
      expect((await searchCatalogue(ctx, q({}))).total).toBe(1);
      await db.project.delete({ where: { id: p.id } });
      expect((await searchCatalogue(ctx, q({}))).total).toBe(0);
      expect(await db.catalogueCard.count()).toBe(0);
    });

    it("themes, partners and lessons added or removed change the facets and the text match", async () => {
      const db = t.db.prisma;
      const ctx = { db };
      const org = await createOrganisation(db, { name: "Stichting Kustzorg" });
      const p = await createProject(db, { wirNumber: "CC-0002", title: "Samen leren", regionCode: "utrecht", hoofdrubriekCode: "ANDERS_OPLEIDEN", isPublic: true });
      const [veiligheid] = await db.kwaliteitskaderTheme.findMany({ where: { code: "VEILIGHEID" } });
      await db.projectTheme.create({ data: { projectId: p.id, themeId: veiligheid.id } });
      await db.projectPartner.create({ data: { projectId: p.id, organisationId: org.id } });
      await db.lesson.create({ data: { projectId: p.id, text: "Een buddysysteem hield nieuwe collega's vast." } });

      const r = await searchCatalogue(ctx, q({ q: "buddysysteem" }));
      expect(r.items.map((i) => i.wirNumber)).toEqual(["CC-0002"]);
      expect(facet(r, "thema")).toEqual({ VEILIGHEID: 1 });
      expect(r.facets.partner).toEqual([{ value: org.id, label: "Stichting Kustzorg", count: 1 }]);
      expect((await searchCatalogue(ctx, q({ thema: "VEILIGHEID" }))).total).toBe(1);
      expect((await searchCatalogue(ctx, q({ partner: org.id }))).total).toBe(1);

      await db.projectTheme.deleteMany({ where: { projectId: p.id } });
      await db.projectPartner.deleteMany({ where: { projectId: p.id } });
      await db.lesson.deleteMany({ where: { projectId: p.id } });
      expect((await searchCatalogue(ctx, q({ thema: "VEILIGHEID" }))).total).toBe(0);
      expect((await searchCatalogue(ctx, q({ partner: org.id }))).total).toBe(0);
      expect((await searchCatalogue(ctx, q({ q: "buddysysteem" }))).total).toBe(0);
      const all = await searchCatalogue(ctx, q({}));
      expect(all.facets.thema).toEqual([]);
      expect(all.facets.partner).toEqual([]);
      // an unknown theme code or partner id finds nothing rather than everything
      expect((await searchCatalogue(ctx, q({ thema: "BESTAAT_NIET" }))).total).toBe(0);
    });

    it("shows the judgement of the latest closed period: closing and reopening a period switches it", async () => {
      const db = t.db.prisma;
      const ctx = { db };
      const p = await createProject(db, { wirNumber: "CC-0003", title: "Domotica thuis", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", isPublic: true });
      await createAssessment(db, { projectId: p.id, periodCode: "2020-10", status: "RUNNING", scalability: "NATIONAL", sharing: "YES" });
      const open = await createReportingPeriod(db, { code: "2021-03", peildatum: "2021-03-01", state: "OPEN" });
      await createAssessment(db, { projectId: p.id, periodCode: "2021-03", status: "FINISHED_SUCCESSFUL", scalability: "THIS_REGION_ONLY", sharing: "NOT_YET_SOON" });

      let r = await searchCatalogue(ctx, q({}));
      expect([facet(r, "status"), facet(r, "opschaalbaarheid"), facet(r, "delen")]).toEqual([{ RUNNING: 1 }, { NATIONAL: 1 }, { YES: 1 }]);
      expect(r.items[0].status).toBe("RUNNING");
      expect((await searchCatalogue(ctx, q({ status: "FINISHED_SUCCESSFUL" }))).total).toBe(0);

      await db.reportingPeriod.update({ where: { id: open.id }, data: { state: "CLOSED" } });
      r = await searchCatalogue(ctx, q({}));
      expect([facet(r, "status"), facet(r, "opschaalbaarheid"), facet(r, "delen")]).toEqual([{ FINISHED_SUCCESSFUL: 1 }, { THIS_REGION_ONLY: 1 }, { NOT_YET_SOON: 1 }]);
      expect((await searchCatalogue(ctx, q({ status: "FINISHED_SUCCESSFUL" }))).total).toBe(1);

      // a later change of the closed period's judgement shows too
      await db.projectAssessment.updateMany({ where: { projectId: p.id, periodId: open.id }, data: { status: "FINISHED_UNSUCCESSFUL" } });
      expect(facet(await searchCatalogue(ctx, q({})), "status")).toEqual({ FINISHED_UNSUCCESSFUL: 1 });

      await db.reportingPeriod.update({ where: { id: open.id }, data: { state: "OPEN" } });
      expect(facet(await searchCatalogue(ctx, q({})), "status")).toEqual({ RUNNING: 1 });
      await db.projectAssessment.deleteMany({ where: { projectId: p.id } });
      expect(facet(await searchCatalogue(ctx, q({})), "status")).toEqual({});
    });

    it("follows the concession when a region moves to another concessiehouder", async () => {
      const db = t.db.prisma;
      const ctx = { db };
      await createProject(db, { wirNumber: "CC-0004", title: "Kustnetwerk", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", isPublic: true });
      const before = await searchCatalogue(ctx, q({}));
      const [current] = before.facets.concessiehouder;
      expect(current.count).toBe(1);
      expect((await searchCatalogue(ctx, q({ concessiehouder: current.value }))).total).toBe(1);

      const region = await db.region.findUniqueOrThrow({ where: { code: "zeeland" } });
      const newcomer = await db.concessiehouder.create({ data: { code: "KUST", name: "Zorgkantoor Kust", reportOrder: 99 } });
      await db.concessionAssignment.updateMany({ where: { zorgkantoorregioId: region.zorgkantoorregioId, validTo: null }, data: { validTo: new Date("2026-12-31") } });
      await db.concessionAssignment.create({ data: { zorgkantoorregioId: region.zorgkantoorregioId, concessiehouderId: newcomer.id, validFrom: new Date("2027-01-01") } });

      const after = await searchCatalogue(ctx, q({}));
      expect(after.facets.concessiehouder).toEqual([{ value: "KUST", label: "Zorgkantoor Kust", count: 1 }]);
      expect(after.items[0].concessiehouderName).toBe("Zorgkantoor Kust");
      expect((await searchCatalogue(ctx, q({ concessiehouder: current.value }))).total).toBe(0);
    });
  });
}
