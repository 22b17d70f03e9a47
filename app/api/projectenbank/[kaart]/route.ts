import { currentActor } from "@/lib/server/accounts/session";
import { publicCtx } from "@/lib/server/projectenbank/context";
import { getPublicCard } from "@/lib/server/projectenbank/card";
import { cachedResponse, cardApiBody, limitAnonymous } from "@/lib/server/projectenbank/api";
import { publicErrorResponse } from "@/lib/server/core/http";

export const dynamic = "force-dynamic";

/** GET /api/projectenbank/<wir-nummer>-<slug> — one published card (docs/projectenbank-api.md). */
export async function GET(request: Request, { params }: { params: Promise<{ kaart: string }> }): Promise<Response> {
  const url = new URL(request.url);
  try {
    const ctx = await publicCtx();
    const limit = await limitAnonymous(ctx, request, !!(await currentActor()));
    if (limit.refused) return limit.refused;
    const card = await getPublicCard(ctx, decodeURIComponent((await params).kaart));
    return cachedResponse(request, cardApiBody(card), limit.headers);
  } catch (error) {
    return publicErrorResponse(error, url.pathname);
  }
}
