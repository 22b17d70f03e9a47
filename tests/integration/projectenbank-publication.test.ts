import { describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "@/tests/support/db";
import { makeActor, ctxOf } from "@/tests/support/actors";
import { createProject } from "@/tests/support/factories";
import { publishCard, withdrawCard } from "@/lib/server/projectenbank/publication";
import { publishCardSchema, withdrawCardSchema } from "@/lib/domain/projectenbank/publication";
import { findPublicCard } from "@/lib/server/projectenbank/card";
import { searchCatalogue } from "@/lib/server/projectenbank/search";

for (const backend of testBackends()) {
  describe(`Publishing and withdrawing a card (${backend.name})`, () => {
    const t = useTestDb(backend);

    it("a leader publishes after the checklist; only agreed contacts show; the region's inkoper withdraws with a reason; all audited", async () => {
      const db = t.db.prisma;
      const leader = await makeActor(t.db, [{ role: "PROJECTLEIDER" }]);
      const otherLeader = await makeActor(t.db, [{ role: "PROJECTLEIDER" }]);
      // zeeland is CZ's region
      const inkoperCz = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
      const inkoperVgz = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "VGZ" }]);
      const p = await createProject(db, { wirNumber: "PUB-0001", title: "Samen leren in de nacht", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [leader.userId], goal: "Doel", description: "Beschrijving" });
      const [yes, no] = await Promise.all([
        db.contactPerson.create({ data: { projectId: p.id, name: "Wel Openbaar", position: 0 } }),
        db.contactPerson.create({ data: { projectId: p.id, name: "Niet Openbaar", position: 1 } }),
      ]);

      const missing = publishCardSchema.safeParse({ projectId: p.id, version: 1 });
      expect(missing.error?.issues.map((i) => i.message)).toEqual([
        "Bevestig dat de kaart geen gegevens van cliënten of bewoners bevat.",
        "Bevestig dat de getoonde contactpersonen toestemming hebben gegeven.",
      ]);
      const input = publishCardSchema.parse({ projectId: p.id, version: 1, noClientData: "on", contactsAgreed: "on", publicContactIds: [yes.id] });
      await expect(publishCard(ctxOf(t.db, otherLeader), input)).rejects.toThrow(/mag de publicatie ervan niet wijzigen/);
      expect(await findPublicCard({ db }, "PUB-0001")).toBeNull();

      const published = await publishCard(ctxOf(t.db, leader), input);
      expect(published).toMatchObject({ isPublic: true, version: 2 });
      const card = await findPublicCard({ db }, "PUB-0001-samen-leren-in-de-nacht");
      expect(card?.contacts.map((c) => c.name)).toEqual(["Wel Openbaar"]);
      expect(JSON.stringify(card)).not.toContain(no.name);
      expect((await searchCatalogue({ db }, { q: "nacht" })).items.map((i) => i.wirNumber)).toEqual(["PUB-0001"]);

      const reason = withdrawCardSchema.safeParse({ projectId: p.id, version: 2, reason: "" });
      expect(reason.error?.issues.map((i) => i.message)).toEqual(["Geef de reden (minstens 5 tekens)."]);
      const withdraw = withdrawCardSchema.parse({ projectId: p.id, version: 2, reason: "Bevat een naam van een bewoner." });
      await expect(withdrawCard(ctxOf(t.db, inkoperVgz), withdraw)).rejects.toThrow(/mag de publicatie ervan niet wijzigen/);
      await expect(withdrawCard(ctxOf(t.db, leader), withdraw)).rejects.toThrow();
      await expect(withdrawCard(ctxOf(t.db, inkoperCz), { ...withdraw, version: 1 })).rejects.toThrow(/gewijzigd|versie|eerder/i);
      await withdrawCard(ctxOf(t.db, inkoperCz), withdraw);
      expect(await findPublicCard({ db }, "PUB-0001")).toBeNull();
      expect((await searchCatalogue({ db }, { q: "nacht" })).total).toBe(0);

      const audit = await db.auditLog.findMany({ where: { entity: "Project", entityId: p.id }, orderBy: { id: "asc" }, select: { actorUserId: true, after: true } });
      expect(audit.map((a) => [a.actorUserId, (a.after as { isPublic: boolean }).isPublic])).toEqual([
        [leader.userId, true],
        [inkoperCz.userId, false],
      ]);
      expect(audit[1].after).toMatchObject({ withdrawnReason: "Bevat een naam van een bewoner." });
    });
  });
}
