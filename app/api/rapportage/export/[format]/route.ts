import type { NextRequest } from "next/server";
import { requestCtx } from "@/lib/server/accounts/session";
import { errorResponse, rawParams } from "@/lib/server/core/http";
import { exportReport } from "@/lib/server/report/export";

/** GET /api/rapportage/export/{xlsx|docx|csv|json}?periode=2020-10&vergelijk=2020-03[&versie=N][&tabel=tabel6] */
export async function GET(request: NextRequest, { params }: { params: Promise<{ format: string }> }) {
  try {
    const ctx = await requestCtx();
    const { format } = await params;
    const file = await exportReport(ctx, format, rawParams(request.nextUrl.searchParams));
    return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
