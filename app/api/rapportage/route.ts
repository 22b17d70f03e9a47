import type { NextRequest } from "next/server";
import { requestCtx } from "@/lib/server/accounts/session";
import { errorResponse, jsonResponse } from "@/lib/server/core/boundary";
import { ValidationError } from "@/lib/server/core/errors";
import { parseReportQuery } from "@/lib/domain/report/query";
import { getReport } from "@/lib/server/report";

/**
 * The progress report as JSON: GET /api/rapportage?periode=2020-10&vergelijk=2020-03
 * [&concessiehouder=CZ][&regio=zeeland][&hoofdrubriek=TECHNOLOGIE][&thema=TECHNOLOGIE].
 * Every key is documented in docs/report-api.md. Authenticates first (401 before anything else),
 * then reads the query string (400 with Dutch field errors), then computes within the actor's scope.
 */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const ctx = await requestCtx();
    const parsed = parseReportQuery(request.nextUrl.searchParams);
    if (!parsed.ok) throw new ValidationError(parsed.message, parsed.fieldErrors);
    return jsonResponse(await getReport(ctx, parsed.query));
  } catch (error) {
    return errorResponse(error);
  }
}
