import "server-only";
import { NextResponse } from "next/server";
import { ForbiddenError, NotAuthenticatedError, NotFoundError, ValidationError } from "@/lib/server/errors";

/** Maps lib/server errors to HTTP responses with a Dutch message; anything else is logged, not leaked. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof NotAuthenticatedError) return NextResponse.json({ message: error.message }, { status: 401 });
  if (error instanceof ForbiddenError) return NextResponse.json({ message: error.message }, { status: 403 });
  if (error instanceof NotFoundError) return NextResponse.json({ message: error.message }, { status: 404 });
  if (error instanceof ValidationError) return NextResponse.json({ message: error.message }, { status: 400 });
  console.error(error);
  return NextResponse.json({ message: "Er ging iets mis. Er is niets gewijzigd; probeer het opnieuw." }, { status: 500 });
}

export function fileResponse(file: { fileName: string; contentType: string; body: Uint8Array }): Response {
  return new Response(file.body as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
