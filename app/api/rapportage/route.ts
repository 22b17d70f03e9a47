import { requestCtx } from "@/lib/server/accounts/session";
import { reportRequest } from "@/lib/server/report/http";

/**
 * The progress report as JSON: GET /api/rapportage?periode=2020-10&vergelijk=2020-03
 * [&concessiehouder=CZ][&regio=zeeland][&hoofdrubriek=TECHNOLOGIE][&thema=TECHNOLOGIE].
 * Every key is documented in docs/report-api.md.
 */
export async function GET(request: Request): Promise<Response> {
  let params: URLSearchParams;
  try {
    params = new URL(request.url).searchParams;
  } catch {
    return Response.json({ error: "De zoekopdracht in het adres is ongeldig." }, { status: 400 });
  }
  const { status, body } = await reportRequest(requestCtx, params);
  return Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });
}
