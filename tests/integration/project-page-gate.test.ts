import { beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createProject, type ProjectInput } from "../support/factories";
import { projectPageExists, type ProjectPage } from "@/lib/server/projects/page-gate";
import { getProject } from "@/lib/server/projects/read";
import { getProjectForEdit } from "@/lib/server/projects/edit";
import { getAssessmentSheet } from "@/lib/server/review/assessments";
import { getUpdateForm } from "@/lib/server/updates";
import { getProjectResults } from "@/lib/server/results/project";
import { manageableProducts } from "@/lib/server/projectenbank/products";
import { getProjectLeaders } from "@/lib/server/accounts";
import type { Ctx } from "@/lib/server/accounts/session";
import type { Actor } from "@/lib/domain/actor";

/**
 * The cheap check a project page makes before it streams behind its loading state
 * (`projectPageExists`) answers exactly what the page's own data function would: shown, or
 * "not found". Every actor × project × page, plus an id that does not exist.
 */
const ok = async (run: () => Promise<unknown>) => {
  try {
    return Boolean(await run());
  } catch {
    return false;
  }
};

const PAGES: Record<ProjectPage, (ctx: Ctx, id: string) => Promise<boolean>> = {
  card: (ctx, id) => ok(() => getProject(ctx, id)),
  review: (ctx, id) => ok(() => getAssessmentSheet(ctx, id)),
  update: (ctx, id) => ok(() => getUpdateForm(ctx, id)),
  results: (ctx, id) => ok(async () => {
    const r = await getProjectResults(ctx, id);
    return r.inScope && (r.canEdit || r.canRecordFunding);
  }),
  products: (ctx, id) => ok(() => manageableProducts(ctx, id)),
  leaders: (ctx, id) => ok(() => getProjectLeaders(ctx, id)),
  edit: (ctx, id) => ok(() => getProjectForEdit(ctx, id)),
};

for (const backend of testBackends()) {
  describe(`project page gate on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const actors: Record<string, Actor> = {};
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      actors.wir = await makeActor(t.db, [{ role: "WIR" }]);
      actors.beheer = await makeActor(t.db, [{ role: "BEHEERDER" }]);
      actors.inkoperCz = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
      actors.leaderA = await makeActor(t.db, [{ role: "PROJECTLEIDER" }]);
      actors.leaderB = await makeActor(t.db, [{ role: "PROJECTLEIDER" }]);
      actors.inkoperAndLeader = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "ZK" }, { role: "PROJECTLEIDER" }]);
      const p = (input: Omit<ProjectInput, "hoofdrubriekCode">) => createProject(t.db.prisma, { hoofdrubriekCode: "TECHNOLOGIE", ...input }).then((r) => r.id);
      ids.cz = await p({ regionCode: "zeeland", leaderIds: [actors.leaderA.userId] });
      ids.zk = await p({ regionCode: "utrecht", leaderIds: [actors.leaderB.userId] });
      ids.zkPublic = await p({ regionCode: "drenthe", isPublic: true, leaderIds: [actors.inkoperAndLeader.userId] });
      ids.draft = await p({ regionCode: "zeeland", leaderIds: [actors.leaderA.userId], lifecycle: "DRAFT" });
      ids.archived = await p({ regionCode: "zeeland", leaderIds: [actors.leaderA.userId], lifecycle: "ARCHIVED" });
      ids.missing = "bestaat-niet";
    });

    it("answers as the page's data function does, for every actor, project and page", async () => {
      const differences: string[] = [];
      for (const [who, actor] of Object.entries(actors)) {
        const ctx = ctxOf(t.db, actor);
        for (const [project, id] of Object.entries(ids)) {
          for (const [page, shows] of Object.entries(PAGES) as [ProjectPage, (typeof PAGES)[ProjectPage]][]) {
            const [gate, data] = await Promise.all([projectPageExists(ctx, id, page), shows(ctx, id)]);
            if (gate !== data) differences.push(`${who} ${project} ${page}: gate ${gate}, page ${data}`);
          }
        }
      }
      expect(differences).toEqual([]);
    });

    it("lets a leader open its own project's pages and not another's", async () => {
      const ctx = ctxOf(t.db, actors.leaderA);
      expect(await projectPageExists(ctx, ids.cz, "update")).toBe(true);
      expect(await projectPageExists(ctx, ids.zk, "card")).toBe(false);
      expect(await projectPageExists(ctx, ids.zkPublic, "card")).toBe(true);
      expect(await projectPageExists(ctx, ids.zkPublic, "edit")).toBe(false);
    });
  });
}
