import { requestCtx } from "@/lib/server/accounts/session";
import { exportPortfolioList } from "@/lib/server/projects/list";
import { errorResponse, fileResponse } from "@/lib/server/core/boundary";
import { ValidationError } from "@/lib/server/core/errors";
import { parseProjectListQuery } from "@/lib/domain/project-list";

/**
 * GET /api/portfolio/export?<the portfolio's filters>&formaat=csv|xlsx — exactly the rows the
 * portfolio table shows with those filters (all pages). 401 signed out, 403 without permission.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const format = url.searchParams.get("formaat") ?? "csv";
  try {
    const ctx = await requestCtx();
    if (format !== "csv" && format !== "xlsx") throw new ValidationError("Kies als formaat csv of xlsx.", { formaat: ["Kies csv of xlsx."] });
    return fileResponse(await exportPortfolioList(ctx, parseProjectListQuery(url.searchParams).query, format));
  } catch (error) {
    return errorResponse(error);
  }
}
