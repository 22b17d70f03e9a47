import "server-only";
import { ForbiddenError, NotAuthenticatedError, NotFoundError, ValidationError, ConflictError } from "./errors";

/** Maps lib/server errors to a JSON response with a Dutch message; anything else is a 500 without details. */
export function errorResponse(error: unknown): Response {
  const json = (status: number, message: string, errors?: string[]) =>
    Response.json(errors ? { message, errors } : { message }, { status, headers: { "Cache-Control": "no-store" } });
  if (error instanceof NotAuthenticatedError) return json(401, "U bent niet ingelogd.");
  if (error instanceof ForbiddenError) return json(403, error.message);
  if (error instanceof NotFoundError) return json(404, error.message);
  if (error instanceof ValidationError) return json(400, error.message, error.fieldErrors.query ?? Object.values(error.fieldErrors).flat());
  if (error instanceof ConflictError) return json(409, error.message);
  console.error(error);
  return json(500, "Er ging iets mis; er is niets gewijzigd. Probeer het later opnieuw.");
}

/** URLSearchParams → the shape pages get (repeated keys become arrays). */
export function rawParams(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}
