import { requestCtx } from "@/lib/server/accounts/session";
import { exportPortfolio } from "@/lib/server/review/portfolio";
import { ForbiddenError, NotAuthenticatedError, NotFoundError } from "@/lib/server/core/errors";
import { parsePortfolioQuery } from "@/lib/domain/portfolio";

/**
 * GET /api/portfolio/export?<the portfolio's filters>&formaat=csv|xlsx — exactly the rows the
 * portfolio table shows with those filters (all pages). 401 signed out, 403 without permission.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const format = url.searchParams.get("formaat") ?? "csv";
  try {
    const ctx = await requestCtx();
    if (format !== "csv" && format !== "xlsx") {
      return Response.json({ error: "Kies als formaat csv of xlsx." }, { status: 400 });
    }
    const file = await exportPortfolio(ctx, parsePortfolioQuery(url.searchParams), format);
    return new Response(file.body, {
      status: 200,
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "no-store",
        "X-Row-Count": String(file.rows),
      },
    });
  } catch (error) {
    if (error instanceof NotAuthenticatedError) return Response.json({ error: error.message }, { status: 401 });
    if (error instanceof ForbiddenError) return Response.json({ error: error.message }, { status: 403 });
    if (error instanceof NotFoundError) return Response.json({ error: error.message }, { status: 404 });
    console.error(error);
    return Response.json({ error: "De export kon niet worden gemaakt." }, { status: 500 });
  }
}
