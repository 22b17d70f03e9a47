import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { Ctx } from "../accounts/session";
import { hasPermission } from "../core/authz";
import { projectManageWhere, projectReadWhere } from "../core/scope";
import { judgeableWhere } from "../review/assessments";
import { leaderWhere } from "../updates";
import { findPagePeriod } from "../periods/read";

/** The pages of one project whose record can be missing or out of scope. */
export type ProjectPage = "card" | "review" | "update" | "results" | "products" | "leaders" | "edit";

/**
 * Which projects each page shows: the same scope as the page's data function (`getProject`,
 * `getAssessmentSheet`, `getUpdateForm`, `getProjectResults`, `manageableProducts`,
 * `getProjectLeaders`, `getProjectForEdit`), so the gate and the page never disagree.
 * Null: no project at all for this actor.
 */
function pageWhere(ctx: Ctx, page: ProjectPage): Prisma.ProjectWhereInput | null {
  const { actor } = ctx;
  const within = (permission: "project:edit" | "funding:record" | "leader:invite") => (hasPermission(actor, permission) ? projectManageWhere(actor, permission) : null);
  switch (page) {
    case "card":
      return hasPermission(actor, "project:read") ? projectReadWhere(actor) : null;
    case "review":
      return hasPermission(actor, "portfolio:read") ? judgeableWhere(actor, "portfolio:read") : null;
    case "update":
      return hasPermission(actor, "update:submit") ? leaderWhere(ctx) : null;
    case "results": {
      // the leader or WIR edits results, the inkoper records the funding decision; archived: nobody
      const either = [within("project:edit"), within("funding:record")].filter((w) => w !== null);
      return either.length ? { AND: [projectManageWhere(actor), { lifecycle: { not: "ARCHIVED" } }, { OR: either }] } : null;
    }
    case "products":
    case "edit":
      return within("project:edit");
    case "leaders":
      return within("leader:invite");
  }
}

/**
 * The cheap check a project page makes before it streams behind a loading state: does this
 * project exist within the actor's scope for this page (and, for the review sheet, the period)?
 * False → the page calls `notFound()` while the status can still be 404 (docs/architecture.md,
 * "Pages: refusals, loading and errors"). One `count` query.
 */
export async function projectPageExists(ctx: Ctx, projectId: string, page: ProjectPage, options: { periodCode?: string | null } = {}): Promise<boolean> {
  const where = pageWhere(ctx, page);
  if (!where) return false;
  const [count, period] = await Promise.all([
    ctx.db.project.count({ where: { AND: [{ id: projectId }, where] } }),
    page === "review" ? findPagePeriod(ctx.db, "work", options.periodCode) : Promise.resolve(true),
  ]);
  return count > 0 && Boolean(period);
}
