import { NextResponse, type NextRequest } from "next/server";
import { requestCtx } from "@/lib/server/accounts/session";
import { exportPortfolio } from "@/lib/server/import/export";
import { SHEETS, SHEET_ORDER, type SheetKey } from "@/lib/domain/import/format";
import { errorResponse, fileResponse } from "@/lib/server/import/http";

export const dynamic = "force-dynamic";

/**
 * GET ?formaat=xlsx (default) or ?formaat=csv&blad=projecten|periodegegevens|regioscores|organisaties:
 * the portfolio within the actor's scope, in the import format.
 */
export async function GET(request: NextRequest) {
  try {
    const ctx = await requestCtx();
    const format = request.nextUrl.searchParams.get("formaat") ?? "xlsx";
    if (format !== "xlsx" && format !== "csv") return NextResponse.json({ message: "Onbekend formaat: kies xlsx of csv." }, { status: 400 });
    let sheet: SheetKey = "projects";
    if (format === "csv") {
      const name = request.nextUrl.searchParams.get("blad") ?? "projecten";
      const found = SHEET_ORDER.find((k) => SHEETS[k].fileName === name);
      if (!found) return NextResponse.json({ message: `Onbekend blad: kies ${SHEET_ORDER.map((k) => SHEETS[k].fileName).join(", ")}.` }, { status: 400 });
      sheet = found;
    }
    return fileResponse(await exportPortfolio(ctx, format, sheet));
  } catch (error) {
    return errorResponse(error);
  }
}
