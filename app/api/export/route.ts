import type { NextRequest } from "next/server";
import { requestCtx } from "@/lib/server/accounts/session";
import { exportInImportFormat } from "@/lib/server/import/export";
import { SHEETS, SHEET_ORDER, type SheetKey } from "@/lib/domain/import/format";
import { errorResponse, fileResponse } from "@/lib/server/core/boundary";
import { ValidationError } from "@/lib/server/core/errors";

export const dynamic = "force-dynamic";

/**
 * GET ?formaat=xlsx (default) or ?formaat=csv&blad=projecten|periodegegevens|regioscores|organisaties|indicatoren|metingen|traject:
 * the portfolio within the actor's scope, in the import format.
 */
export async function GET(request: NextRequest) {
  try {
    const ctx = await requestCtx();
    const format = request.nextUrl.searchParams.get("formaat") ?? "xlsx";
    if (format !== "xlsx" && format !== "csv") throw new ValidationError("Onbekend formaat: kies xlsx of csv.", { formaat: ["Kies xlsx of csv."] });
    let sheet: SheetKey = "projects";
    if (format === "csv") {
      const name = request.nextUrl.searchParams.get("blad") ?? "projecten";
      const found = SHEET_ORDER.find((k) => SHEETS[k].fileName === name);
      if (!found) throw new ValidationError(`Onbekend blad: kies ${SHEET_ORDER.map((k) => SHEETS[k].fileName).join(", ")}.`, { blad: ["Onbekend blad."] });
      sheet = found;
    }
    return fileResponse(await exportInImportFormat(ctx, format, sheet));
  } catch (error) {
    return errorResponse(error);
  }
}
