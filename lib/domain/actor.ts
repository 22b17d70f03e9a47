import type { Role } from "./enums";

/**
 * The signed-in user as every lib/server function receives it. Built on the server from the
 * session and the database, never from client input.
 */
export type Actor = {
  userId: string;
  name: string;
  email: string;
  roles: readonly Role[];
  /** concessiehouders whose regions this actor buys for (INKOPER memberships) */
  concessiehouderIds: readonly string[];
  organisationId: string | null;
};

/** What an actor may see nationally. */
export function isNational(actor: Actor): boolean {
  return actor.roles.includes("WIR") || actor.roles.includes("BEHEERDER");
}

/** The role a home page is built for, most powerful first. */
export function primaryRole(actor: Actor): Role {
  for (const role of ["WIR", "BEHEERDER", "INKOPER", "PROJECTLEIDER"] as const) {
    if (actor.roles.includes(role)) return role;
  }
  return "PROJECTLEIDER";
}
