import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { getReportVersion, listReportVersions, publishedNarrative, publishReportVersion, saveNarrative, startReportVersion } from "@/lib/server/report/versions";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/core/errors";
import type { Actor } from "@/lib/domain/actor";

/** Report versions: draft → narrative (version check, audit) → publish (frozen) → next version. */
for (const backend of testBackends()) {
  describe(`report versions on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const actors = {} as Record<"wir" | "wir2" | "inkoper", Actor>;
    beforeAll(async () => {
      actors.wir = await makeActor(t.db, [{ role: "WIR" }], { name: "Wil WIR" });
      actors.wir2 = await makeActor(t.db, [{ role: "WIR" }]);
      actors.inkoper = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
    });
    const wir = () => ctxOf(t.db, actors.wir);

    it("rejects an unknown period and a comparison period that is not earlier", async () => {
      await expect(startReportVersion(wir(), { periodCode: "2031-10", compareCode: "2020-03" })).rejects.toBeInstanceOf(ValidationError);
      await expect(startReportVersion(wir(), { periodCode: "2020-03", compareCode: "2020-10" })).rejects.toThrow("vóór de rapportageperiode");
      await expect(startReportVersion(wir(), { periodCode: "2020-10", compareCode: "2020-10" })).rejects.toBeInstanceOf(ValidationError);
    });

    it("only WIR starts, edits and reads versions", async () => {
      const inkoper = ctxOf(t.db, actors.inkoper);
      await expect(startReportVersion(inkoper, { periodCode: "2020-10", compareCode: "2020-03" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listReportVersions(inkoper)).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("saves narrative with a version check, audits it, publishes a frozen snapshot and starts a next version", async () => {
      const v1 = await startReportVersion(wir(), { periodCode: "2020-10", compareCode: "2020-03" });
      expect(v1).toMatchObject({ number: 1, state: "DRAFT", version: 1 });

      const saved = await saveNarrative(wir(), { id: v1.id, version: 1, chapter: "inleiding", text: "Eerste tekst." });
      expect(saved.version).toBe(2);
      // a second editor with the old version loses, nothing is overwritten
      await expect(saveNarrative(ctxOf(t.db, actors.wir2), { id: v1.id, version: 1, chapter: "inleiding", text: "Andere tekst." })).rejects.toBeInstanceOf(ConflictError);
      expect((await getReportVersion(wir(), "2020-10", 1)).narrative).toEqual({ inleiding: "Eerste tekst." });

      const audit = await t.db.prisma.auditLog.findMany({ where: { entity: "ReportVersion", entityId: v1.id }, orderBy: { id: "asc" } });
      expect(audit.map((a) => a.action)).toEqual(["CREATE", "UPDATE"]);
      expect(audit[1].after).toEqual({ narrative: { inleiding: "Eerste tekst." } });
      expect(audit[1].actorUserId).toBe(actors.wir.userId);

      let built = 0;
      const snapshot = async (v: { periodCode: string; compareCode: string; narrative: object }) => ({ built: ++built, ...v });
      await expect(publishReportVersion(wir(), { id: v1.id, version: 1 }, snapshot)).rejects.toBeInstanceOf(ConflictError);
      await publishReportVersion(wir(), { id: v1.id, version: 2 }, snapshot);
      const published = await getReportVersion(wir(), "2020-10", 1);
      expect(published).toMatchObject({ state: "PUBLISHED", publishedByName: "Wil WIR" });
      expect(published.snapshot).toEqual({ built: 1, periodCode: "2020-10", compareCode: "2020-03", narrative: { inleiding: "Eerste tekst." } });

      // frozen: no more narrative, no second publication
      await expect(saveNarrative(wir(), { id: v1.id, version: 3, chapter: "inleiding", text: "Later." })).rejects.toThrow("gepubliceerd");
      await expect(publishReportVersion(wir(), { id: v1.id, version: 3 }, snapshot)).rejects.toBeInstanceOf(ValidationError);
      expect((await getReportVersion(wir(), "2020-10", 1)).snapshot).toEqual(published.snapshot);

      // the next version starts from the published text
      const v2 = await startReportVersion(wir(), { periodCode: "2020-10", compareCode: "2020-03" });
      expect(v2.number).toBe(2);
      expect((await getReportVersion(wir(), "2020-10", 2)).narrative).toEqual({ inleiding: "Eerste tekst." });
      expect((await listReportVersions(wir(), "2020-10")).map((v) => [v.number, v.state])).toEqual([
        [2, "DRAFT"],
        [1, "PUBLISHED"],
      ]);
      // national readers get the published narrative; an inkoper's own-portfolio report gets none
      expect(await publishedNarrative(wir(), "2020-10")).toEqual({ number: 1, narrative: { inleiding: "Eerste tekst." } });
      expect(await publishedNarrative(ctxOf(t.db, actors.inkoper), "2020-10")).toBeNull();
    });

    it("a version that does not exist is not found", async () => {
      await expect(getReportVersion(wir(), "2020-10", 99)).rejects.toBeInstanceOf(NotFoundError);
      await expect(saveNarrative(wir(), { id: "bestaat-niet", version: 1, chapter: "brief", text: "" })).rejects.toBeInstanceOf(NotFoundError);
    });
  });
}
