import { currentActor } from "@/lib/server/accounts/session";
import { publicCtx } from "@/lib/server/projectenbank/context";
import { cachedResponse, catalogueApiBody, limitAnonymous, parseApiQuery, API_VERSION } from "@/lib/server/projectenbank/api";
import { problemResponse } from "@/lib/server/core/boundary";

export const dynamic = "force-dynamic";

/**
 * GET /api/projectenbank?q=…&regio=…&pagina=…&per=…&formaat=json|csv — the published project
 * cards (docs/projectenbank-api.md). Public; anonymous callers are rate limited (429).
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  try {
    const ctx = await publicCtx();
    const limitHeaders = await limitAnonymous(ctx, request, !!(await currentActor()));
    const { query, format } = parseApiQuery(url.searchParams);
    return cachedResponse(request, await catalogueApiBody(ctx, query, format), limitHeaders);
  } catch (error) {
    return problemResponse(error, url.pathname + url.search, API_VERSION);
  }
}
