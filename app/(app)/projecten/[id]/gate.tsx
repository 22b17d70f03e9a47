import { Suspense, type ReactNode } from "react";
import { notFound } from "next/navigation";
import { pageCtx, type Ctx } from "@/lib/server/accounts/session";
import { requirePagePermission } from "@/lib/server/core/page-access";
import { projectPageExists, type ProjectPage } from "@/lib/server/projects/page-gate";
import type { Permission } from "@/lib/domain/permissions";
import { routeId } from "../../route-id";
import { LoadingState } from "@/components/ui/loading";

/**
 * The gate of a project's sub-page: the signed-in user needs one of the permissions (else 403) and
 * must reach project `rawId` (the route's segment) on this page (else 404, also for an id that is
 * not one); the body then loads behind a loading state.
 */
export async function gatedProjectPage(
  rawId: string,
  gate: { permissions: Permission[]; page: ProjectPage; loadingText: string },
  body: (ctx: Ctx, id: string) => ReactNode,
) {
  const ctx = await pageCtx();
  requirePagePermission(ctx, ...gate.permissions);
  const id = routeId(rawId);
  if (!(await projectPageExists(ctx, id, gate.page))) notFound();
  return <Suspense fallback={<LoadingState text={gate.loadingText} />}>{body(ctx, id)}</Suspense>;
}
