import { currentActor, requestClientAddress } from "@/lib/server/accounts/session";
import { auditedFile } from "@/lib/server/core/audit";
import { errorResponse, fileResponse } from "@/lib/server/core/boundary";
import { NotFoundError } from "@/lib/server/core/errors";
import { catalogueBrochureDocx } from "@/lib/server/projectenbank/brochure";
import { limitAnonymous, parseApiQuery } from "@/lib/server/projectenbank/api";
import { publicCtx } from "@/lib/server/projectenbank/context";

export const dynamic = "force-dynamic";

/**
 * GET /projectenbank/brochure/docx?regio=…|concessiehouder=…|q=…&… — the brochure as a Word
 * document. Public, like the brochure page; anonymous callers share the open-data API's rate limit.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const ctx = await publicCtx();
    const actor = await currentActor();
    const limitHeaders = await limitAnonymous(ctx, request, !!actor);
    const { query } = parseApiQuery(new URL(request.url).searchParams);
    const file = await catalogueBrochureDocx(ctx, query);
    if (!file) throw new NotFoundError("Deze brochure bestaat niet: de regio, concessiehouder of een ander filter is onbekend.");
    await auditedFile({ db: ctx.db, actor, clientAddress: await requestClientAddress() }, "projectenbank-brochure", file, query);
    return fileResponse(file, limitHeaders);
  } catch (error) {
    return errorResponse(error);
  }
}
