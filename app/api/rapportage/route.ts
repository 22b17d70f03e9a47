import type { NextRequest } from "next/server";
import { requestCtx } from "@/lib/server/accounts/session";
import { errorResponse, jsonResponse, rawParams } from "@/lib/server/core/boundary";
import { auditExport } from "@/lib/server/core/audit";
import { assertPermission } from "@/lib/server/core/authz";
import { getReport, parseReportParams } from "@/lib/server/report";
import { resolveReport } from "@/lib/server/report/document";

/**
 * The progress report as JSON: GET /api/rapportage?periode=2020-10&vergelijk=2020-03
 * [&concessiehouder=CZ][&regio=zeeland][&hoofdrubriek=TECHNOLOGIE][&thema=TECHNOLOGIE][&versie=N].
 * Every key is documented in docs/report-api.md. Authenticates first (401 before anything else),
 * then reads the query string (400 with Dutch field errors), then computes within the actor's scope.
 */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const ctx = await requestCtx();
    assertPermission(ctx.actor, "report:read");
    const query = parseReportParams(request.nextUrl.searchParams);
    // a version asked for by number: its frozen report (WIR); otherwise the live report
    const report = query.version !== undefined ? (await resolveReport(ctx, query)).report : await getReport(ctx, query);
    await auditExport(ctx.db, ctx, { kind: "rapportage", format: "json", query: rawParams(request.nextUrl.searchParams) });
    return jsonResponse(report);
  } catch (error) {
    return errorResponse(error);
  }
}
