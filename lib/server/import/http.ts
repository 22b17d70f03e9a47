import "server-only";

/** The one mapping of lib/server errors to HTTP responses (409 for a version clash included). */
export { errorResponse } from "../core/http";

export function fileResponse(file: { fileName: string; contentType: string; body: Uint8Array }): Response {
  return new Response(file.body as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
