import type { NextRequest } from "next/server";
import { requestCtx } from "@/lib/server/accounts/session";
import { importPortfolio } from "@/lib/server/import";
import { MAX_IMPORT_BYTES } from "@/lib/domain/import/format";
import { assertSameOrigin, errorResponse, jsonResponse } from "@/lib/server/core/boundary";
import { assertPermission } from "@/lib/server/core/authz";
import { TooLargeError, ValidationError } from "@/lib/server/core/errors";

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
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_IMPORT_BYTES + 512 * 1024) {
      throw new TooLargeError(
        `Het bestand is te groot (${(length / 1024 / 1024).toFixed(1)} MB); het maximum is ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Splits het bestand of importeer via de opdrachtregel.`,
      );
    }
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new ValidationError("Het bestand kon niet worden ontvangen. Kies het bestand opnieuw.", { bestand: ["Kies het bestand opnieuw."] });
    }
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
