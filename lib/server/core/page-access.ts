import "server-only";
import { forbidden } from "next/navigation";
import type { Permission } from "../../domain/permissions";
import type { Ctx } from "../accounts/session";
import { hasPermission } from "./authz";

/**
 * A page a role may not open: answer 403 with the "Geen toegang" page (app/(app)/forbidden.tsx)
 * unless one of the actor's roles grants one of `permissions`. A record that does not exist or
 * lies outside the actor's scope stays a 404 (`notFound()`), so its existence does not leak.
 */
export function requirePagePermission(ctx: Ctx, ...permissions: Permission[]): void {
  if (!permissions.some((p) => hasPermission(ctx.actor, p))) forbidden();
}
