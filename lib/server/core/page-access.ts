import "server-only";
import { forbidden } from "next/navigation";
import type { Permission } from "../../domain/permissions";
import type { ReactNode } from "react";
import { pageCtx, type Ctx } from "../accounts/session";
import { hasPermission } from "./authz";

/**
 * A page a role may not open: answer 403 with the "Geen toegang" page (app/(app)/forbidden.tsx)
 * unless one of the actor's roles grants one of `permissions`. A record that does not exist or
 * lies outside the actor's scope stays a 404 (`notFound()`), so its existence does not leak.
 */
export function requirePagePermission(ctx: Ctx, ...permissions: Permission[]): void {
  if (!permissions.some((p) => hasPermission(ctx.actor, p))) forbidden();
}

/**
 * A layout for a segment with a loading state: once loading.tsx has streamed, the status is fixed
 * at 200, so the role is checked here, above that boundary, and a refusal is a real 403.
 */
export function permissionLayout(...permissions: Permission[]) {
  return async function PermissionLayout({ children }: { children: ReactNode }) {
    requirePagePermission(await pageCtx(), ...permissions);
    return children;
  };
}
