import type { NextRequest } from "next/server";
import { requestCtx } from "@/lib/server/accounts/session";
import { errorResponse, fileResponse, rawParams } from "@/lib/server/core/boundary";
import { exportReport } from "@/lib/server/report/export";

/** GET /api/rapportage/export/{xlsx|docx|csv|json}?periode=2020-10&vergelijk=2020-03[&versie=N][&tabel=tabel6] */
export async function GET(request: NextRequest, { params }: { params: Promise<{ format: string }> }) {
  try {
    const ctx = await requestCtx();
    const { format } = await params;
    return fileResponse(await exportReport(ctx, format, rawParams(request.nextUrl.searchParams)));
  } catch (error) {
    return errorResponse(error);
  }
}
