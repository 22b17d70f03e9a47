import "server-only";
import type { Ctx } from "../accounts/session";
import { ConflictError, ForbiddenError, NotAuthenticatedError, NotFoundError, ValidationError } from "../core/errors";
import { assertPermission } from "../core/authz";
import { getReport, parseReportParams } from "./index";
import { resolveReport } from "./document";

export type JsonResponse = { status: number; body: unknown };

/** Maps lib/server errors to an HTTP status and a Dutch JSON body; anything else is logged, not leaked. */
export function errorResponse(error: unknown): JsonResponse {
  if (error instanceof NotAuthenticatedError) return { status: 401, body: { error: error.message } };
  if (error instanceof ForbiddenError) return { status: 403, body: { error: error.message } };
  if (error instanceof NotFoundError) return { status: 404, body: { error: error.message } };
  if (error instanceof ValidationError) return { status: 400, body: { error: error.message, fieldErrors: error.fieldErrors } };
  if (error instanceof ConflictError) return { status: 409, body: { error: error.message } };
  console.error("rapportage: onverwachte fout", error);
  return { status: 500, body: { error: "Er ging iets mis bij het maken van de rapportage. Probeer het later opnieuw." } };
}

/**
 * GET /api/rapportage: authenticates first (401 before anything else), then reads the query
 * string (400 with Dutch field errors), then computes the report within the actor's scope.
 */
export async function reportRequest(getCtx: () => Promise<Ctx>, searchParams: URLSearchParams): Promise<JsonResponse> {
  try {
    const ctx = await getCtx();
    assertPermission(ctx.actor, "report:read");
    const query = parseReportParams(searchParams);
    // a version asked for by number: its frozen report (WIR); otherwise the live report
    const body = query.version !== undefined ? (await resolveReport(ctx, query)).report : await getReport(ctx, query);
    return { status: 200, body };
  } catch (error) {
    return errorResponse(error);
  }
}
