import { currentActor, requestClientAddress } from "@/lib/server/accounts/session";
import { auditExport } from "@/lib/server/core/audit";
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
    const actor = await currentActor();
    const limitHeaders = await limitAnonymous(ctx, request, !!actor);
    const { query, format } = parseApiQuery(url.searchParams);
    const body = await catalogueApiBody(ctx, query, format);
    await auditExport(ctx.db, { actor, clientAddress: await requestClientAddress() }, { kind: "projectenbank", format, rows: body.rows, query });
    return cachedResponse(request, body, limitHeaders);
  } catch (error) {
    return problemResponse(error, url.pathname + url.search, API_VERSION);
  }
}
