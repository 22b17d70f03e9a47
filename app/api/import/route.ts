import type { NextRequest } from "next/server";
import { requestCtx } from "@/lib/server/accounts/session";
import { importPortfolio } from "@/lib/server/import";
import { MAX_IMPORT_BYTES } from "@/lib/domain/import/format";
import { assertSameOrigin, errorResponse, jsonResponse, readFormData } from "@/lib/server/core/boundary";
import { assertPermission } from "@/lib/server/core/authz";

export const dynamic = "force-dynamic";

/**
 * POST multipart/form-data: `bestand` (one .xlsx, or one or more .csv), `controle=1` for a check
 * only (the validation report and what would change), `gesloten=1` to allow changes to closed
 * periods. Answers with the ImportReport as JSON. WIR and beheerder only.
 */
export async function POST(request: NextRequest) {
  try {
    assertSameOrigin(request);
    const ctx = await requestCtx();
    // refuse before reading a byte of the body
    assertPermission(ctx.actor, "portfolio:import");
    // multipart overhead on top of the file itself
    const form = await readFormData(
      request,
      MAX_IMPORT_BYTES + 512 * 1024,
      `Het bestand is te groot; het maximum is ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Splits het bestand of importeer via de opdrachtregel.`,
    );
    const files = await Promise.all(
      form
        .getAll("bestand")
        .filter((v): v is File => typeof v !== "string" && v.size >= 0 && !!v.name)
        .map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const report = await importPortfolio(ctx, files, { dryRun: form.get("controle") === "1", allowClosedPeriods: form.get("gesloten") === "1" });
    return jsonResponse(report);
  } catch (error) {
    return errorResponse(error);
  }
}
