import "server-only";
import { can, type Permission } from "../../domain/permissions";
import type { Actor } from "../../domain/actor";
import { ForbiddenError } from "./errors";

/** The one permission check: throws unless one of the actor's roles grants `permission`. */
export function assertPermission(actor: Actor, permission: Permission): void {
  if (!can(actor.roles, permission)) throw new ForbiddenError();
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return can(actor.roles, permission);
}
