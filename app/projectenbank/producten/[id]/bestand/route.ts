import { publicCtx } from "@/lib/server/projectenbank/context";
import { publicProductFile } from "@/lib/server/projectenbank/products";
import { errorResponse, fileResponse } from "@/lib/server/core/boundary";
import { auditedFile } from "@/lib/server/core/audit";
import { currentActor, requestClientAddress } from "@/lib/server/accounts/session";

/**
 * GET: the uploaded file of a kennisbank product, for anyone, while its card is published (404
 * otherwise). Always a download (Content-Disposition attachment, nosniff), with the content type
 * found by the file's content when it was uploaded.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const ctx = await publicCtx();
    const id = (await params).id;
    const file = await publicProductFile(ctx, id);
    await auditedFile({ db: ctx.db, actor: await currentActor(), clientAddress: await requestClientAddress() }, "projectenbank-product", file, { product: id });
    return fileResponse(file);
  } catch (error) {
    return errorResponse(error);
  }
}
