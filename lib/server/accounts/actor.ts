import "server-only";
import type { Db } from "../db";
import type { Actor } from "../../domain/actor";
import { ROLE, type Role } from "../../domain/enums";

/** An account with its organisation and memberships: what its actor is built from. */
export const ACCOUNT_SELECT = {
  id: true,
  name: true,
  email: true,
  active: true,
  organisationId: true,
  memberships: { select: { role: true, concessiehouderId: true } },
} as const;

/** Builds the actor from the database, so revoked roles or deactivated users take effect at once. */
export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: ACCOUNT_SELECT });
  if (!user || !user.active) return null;
  const roles = [...new Set(user.memberships.map((m) => m.role as Role))].sort(
    (a, b) => ROLE.values.indexOf(a) - ROLE.values.indexOf(b),
  );
  if (roles.length === 0) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    roles,
    concessiehouderIds: [
      ...new Set(
        user.memberships.filter((m) => m.role === "INKOPER" && m.concessiehouderId).map((m) => m.concessiehouderId!),
      ),
    ],
    organisationId: user.organisationId,
  };
}
