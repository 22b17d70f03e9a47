/**
 * A test double for lib/server/accounts/session: route handlers and actions run for real, with
 * the signed-in actor set by the test. Use with
 *   vi.mock("@/lib/server/accounts/session", () => import("../support/session-double"));
 * and set `session.ctx` (null: signed out), and for a signed-out request `session.clientAddress`.
 */
import { NotAuthenticatedError } from "@/lib/server/core/errors";
import type { Ctx } from "@/lib/server/accounts/session";

export const session = { ctx: null as Ctx | null, clientAddress: null as string | null };

export async function requestCtx(): Promise<Ctx> {
  if (!session.ctx) throw new NotAuthenticatedError();
  return session.ctx;
}

export async function currentActor() {
  return session.ctx?.actor ?? null;
}

/** The client address of the simulated request: the signed-in context's, else `session.clientAddress`. */
export async function requestClientAddress(): Promise<string | null> {
  return session.ctx?.clientAddress ?? session.clientAddress;
}
