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

/**
 * An error as application/problem+json (RFC 9457), as the public APIs answer (NL GOV API Design
 * Rules): Dutch title and detail, per invalid parameter its name and reason.
 */
export function problemResponse(
  status: number,
  title: string,
  detail?: string,
  extra: { invalidParams?: { name: string; reason: string }[]; headers?: Record<string, string>; instance?: string } = {},
): Response {
  const body = {
    type: "about:blank",
    title,
    status,
    ...(detail ? { detail } : {}),
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.invalidParams?.length ? { invalidParams: extra.invalidParams } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", "API-Version": "1.0.0", ...extra.headers },
  });
}

/** Any error of a public API call as problem+json: a 404 says so, anything else is a 500 without details. */
export function publicErrorResponse(error: unknown, instance?: string): Response {
  if (error instanceof NotFoundError) return problemResponse(404, "Niet gevonden", error.message, { instance });
  if (error instanceof ValidationError) {
    const invalidParams = Object.entries(error.fieldErrors).flatMap(([name, reasons]) => reasons.map((reason) => ({ name, reason })));
    return problemResponse(400, "Ongeldige parameters", error.message, { instance, invalidParams });
  }
  console.error(error);
  return problemResponse(500, "Interne fout", "Er ging iets mis. Probeer het later opnieuw.", { instance });
}

/**
 * The client's address for rate limiting: the first X-Forwarded-For entry (set by the load
 * balancer in front of the instances), else X-Real-IP, else one shared bucket.
 */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || request.headers.get("x-real-ip")?.trim() || "onbekend").slice(0, 64);
}
