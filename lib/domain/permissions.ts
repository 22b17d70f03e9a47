/**
 * Permissions are data: this table says which role may do what. `can` and
 * lib/server/core/authz.ts's `assertPermission` are the only readers. *Which records* an actor may
 * touch (its scope) is applied in each query by lib/server/core/scope.ts.
 */
import type { Role } from "./enums";

export const PERMISSIONS = [
  "project:read",
  "portfolio:read",
  "project:create",
  "project:edit",
  "update:submit",
  "update:review",
  "assessment:propose",
  "assessment:record",
  "regionScore:record",
  "period:manage",
  "report:read",
  "report:edit",
  "portfolio:import",
  "portfolio:export",
  "audit:read",
  "user:manage",
  "organisation:manage",
  "organisation:propose",
  "reference:manage",
  "indicator:manage",
  "funding:record",
  /** publish a project card in the public Projectenbank (after the checklist) */
  "card:publish",
  /** withdraw a published card, with a reason */
  "card:withdraw",
  /** choose a region's showcase project for a period (Bijlage 2) */
  "showcase:choose",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  PROJECTLEIDER: ["project:read", "project:create", "project:edit", "update:submit", "organisation:propose", "audit:read", "card:publish"],
  INKOPER: [
    "project:read",
    "portfolio:read",
    "update:review",
    "assessment:propose",
    "report:read",
    "portfolio:export",
    "audit:read",
    "funding:record",
    "card:withdraw",
  ],
  WIR: [
    "project:read",
    "portfolio:read",
    "project:edit",
    "update:review",
    "assessment:record",
    "regionScore:record",
    "period:manage",
    "report:read",
    "report:edit",
    "portfolio:import",
    "portfolio:export",
    "audit:read",
    "organisation:propose",
    "indicator:manage",
    "card:withdraw",
    "showcase:choose",
  ],
  BEHEERDER: [
    "project:read",
    "portfolio:import",
    "portfolio:export",
    "audit:read",
    "user:manage",
    "organisation:manage",
    "reference:manage",
  ],
};

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
