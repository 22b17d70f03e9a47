import { currentActor, requestClientAddress } from "@/lib/server/accounts/session";
import { auditExport } from "@/lib/server/core/audit";
import { publicCtx } from "@/lib/server/projectenbank/context";
import { getPublicCard } from "@/lib/server/projectenbank/card";
import { cachedResponse, cardApiBody, limitAnonymous, API_VERSION } from "@/lib/server/projectenbank/api";
import { problemResponse } from "@/lib/server/core/boundary";

export const dynamic = "force-dynamic";

/** GET /api/projectenbank/<wir-nummer>-<slug> — one published card (docs/projectenbank-api.md). */
export async function GET(request: Request, { params }: { params: Promise<{ kaart: string }> }): Promise<Response> {
  const url = new URL(request.url);
  try {
    const ctx = await publicCtx();
    const actor = await currentActor();
    const limitHeaders = await limitAnonymous(ctx, request, !!actor);
    const card = await getPublicCard(ctx, decodeURIComponent((await params).kaart));
    await auditExport(ctx.db, { actor, clientAddress: await requestClientAddress() }, { kind: "projectenbank-kaart", format: "json", rows: 1, query: { kaart: card.segment } });
    return cachedResponse(request, cardApiBody(card), limitHeaders);
  } catch (error) {
    return problemResponse(error, url.pathname, API_VERSION);
  }
}
