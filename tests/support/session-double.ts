/**
 * A test double for lib/server/accounts/session: route handlers and actions run for real, with
 * the signed-in actor set by the test. Use with
 *   vi.mock("@/lib/server/accounts/session", () => import("../support/session-double"));
 * and set `session.ctx` (null: signed out).
 */
import { NotAuthenticatedError } from "@/lib/server/core/errors";
import type { Ctx } from "@/lib/server/accounts/session";

export const session = { ctx: null as Ctx | null };

export async function requestCtx(): Promise<Ctx> {
  if (!session.ctx) throw new NotAuthenticatedError();
  return session.ctx;
}
