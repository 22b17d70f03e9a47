import { requestCtx } from "@/lib/server/accounts/session";
import { importTemplate } from "@/lib/server/import/export";
import { errorResponse, fileResponse } from "@/lib/server/core/boundary";

export const dynamic = "force-dynamic";

/** GET: the empty import template (XLSX with a help sheet). */
export async function GET() {
  try {
    return fileResponse(await importTemplate(await requestCtx()));
  } catch (error) {
    return errorResponse(error);
  }
}
