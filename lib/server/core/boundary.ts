// No "server-only" marker here: proxy.ts imports this module, and the marker is not reliably
// accepted in the proxy bundle. It holds no secrets and no database access.
import { notFound } from "next/navigation";
import { AppError, ForbiddenError, TooLargeError, TooManyRequestsError, ValidationError } from "./errors";
import { ERROR_STATUS, UNEXPECTED_MESSAGE, type ErrorBody, type ErrorCode } from "../../domain/errors";
import { fileBytes, safeFileName, type ExportFile } from "../../domain/export-file";
import { sameOrigin } from "../../domain/base-url";

/**
 * The request boundary: the ONE place where an error becomes what the user gets back — a JSON
 * response (route handlers, the proxy), a server-action result, or the problems a page shows.
 * Every refusal has one body, `{ code, message, fieldErrors }` (docs/errors.md). Anything that is
 * not one of our errors is logged and answered with a 500 that leaks nothing.
 */

const NO_STORE = { "Cache-Control": "private, no-store" } as const;

/** The code of one of our errors; null for anything else (a bug, a database failure). */
export function errorCode(error: unknown): ErrorCode | null {
  return error instanceof AppError ? error.code : null;
}

export function errorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) return { code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  console.error(error);
  return { code: "error", message: UNEXPECTED_MESSAGE, fieldErrors: {} };
}

/** The headers every refusal carries: never cached, and a Retry-After when the client must wait. */
function refusalHeaders(error: unknown): Record<string, string> {
  const headers: Record<string, string> = { ...NO_STORE };
  if (error instanceof TooManyRequestsError && error.retryAfterSeconds) headers["Retry-After"] = String(error.retryAfterSeconds);
  return headers;
}

/** Any error → a JSON response with the status of its code and the one body. */
export function errorResponse(error: unknown): Response {
  const body = errorBody(error);
  return Response.json(body, { status: ERROR_STATUS[body.code], headers: refusalHeaders(error) });
}

/** A successful JSON answer; never cached (it is always someone's scoped data). */
export function jsonResponse(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: NO_STORE });
}

/** The one download response: the file's type, an attachment with a safe file name, no-store. */
export function fileResponse(file: ExportFile, headers: Record<string, string> = {}): Response {
  const name = safeFileName(file.fileName);
  return new Response(fileBytes(file) as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${name}"`,
      "X-Content-Type-Options": "nosniff",
      ...NO_STORE,
      ...headers,
    },
  });
}

/** A failed server action: the one body plus the submitted values (nothing the user typed is lost). */
export type ActionFailure = { ok: false; values?: Record<string, unknown> } & ErrorBody;

export function actionFailure(error: unknown, values?: Record<string, unknown>): ActionFailure {
  return { ok: false, ...errorBody(error), values };
}

/**
 * A page that shows a query problem instead of crashing: the Dutch messages for a bad query
 * (validation), a refusal or an unknown code; anything else is rethrown to the error page.
 */
export function queryProblems(error: unknown): string[] {
  const code = errorCode(error);
  if (code === "validation") {
    const body = errorBody(error);
    const messages = Object.values(body.fieldErrors).flat();
    return messages.length ? messages : [body.message];
  }
  if (code === "forbidden" || code === "notFound") return [errorBody(error).message];
  throw error;
}

/** In a page: "not found" (also: outside the actor's scope) shows the 404 page; anything else is rethrown. */
export function notFoundOrThrow(error: unknown): never {
  if (errorCode(error) === "notFound") notFound();
  throw error;
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
 * State-changing route handlers call this first: a request from another site (CSRF) is refused
 * with 403. The site's origin is NEXTAUTH_URL's, else the request's own.
 */
export function assertSameOrigin(request: Request): void {
  const site = process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : new URL(request.url).origin;
  if (!sameOrigin(request.headers.get("origin"), request.headers.get("sec-fetch-site"), site)) {
    throw new ForbiddenError("Dit verzoek komt niet van Regiotafel zelf en is geweigerd.");
  }
}

/**
 * Reads a multipart body, counting the bytes as they arrive: past `maxBytes` it stops reading and
 * throws TooLargeError, whatever Content-Length said (or when the client sent none, as a chunked
 * upload does). A declared length over the limit is refused before a byte is read.
 */
export async function readFormData(request: Request, maxBytes: number, tooLargeMessage: string): Promise<FormData> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) throw new TooLargeError(tooLargeMessage);
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = request.body?.getReader();
  try {
    for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
      received += next.value.length;
      if (received > maxBytes) {
        await reader?.cancel();
        throw new TooLargeError(tooLargeMessage);
      }
      chunks.push(next.value);
    }
    return await new Response(new Blob(chunks as BlobPart[]), { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
  } catch (error) {
    if (error instanceof TooLargeError) throw error;
    throw new ValidationError("Het bestand kon niet worden ontvangen. Kies het bestand opnieuw.", { bestand: ["Kies het bestand opnieuw."] });
  }
}

/** The Dutch title of each error code in a problem+json answer. */
const PROBLEM_TITLE: Record<ErrorCode, string> = {
  validation: "Ongeldige parameters",
  unauthenticated: "Niet ingelogd",
  forbidden: "Geen toegang",
  notFound: "Niet gevonden",
  conflict: "Conflict",
  tooLarge: "Te groot",
  tooManyRequests: "Te veel verzoeken",
  error: "Interne fout",
};

/**
 * Any error of a public (open-data) API as application/problem+json (RFC 9457, NL GOV API Design
 * Rules): Dutch title and detail, each invalid parameter with its reason, the same statuses as
 * `errorResponse`.
 */
export function problemResponse(error: unknown, instance: string, apiVersion: string): Response {
  const body = errorBody(error);
  const status = ERROR_STATUS[body.code];
  const invalidParams = Object.entries(body.fieldErrors).flatMap(([name, reasons]) => reasons.map((reason) => ({ name, reason })));
  const headers = { ...refusalHeaders(error), "Content-Type": "application/problem+json", "API-Version": apiVersion };
  const problem = { type: "about:blank", title: PROBLEM_TITLE[body.code], status, detail: body.message, instance, ...(invalidParams.length ? { invalidParams } : {}) };
  return new Response(JSON.stringify(problem), { status, headers });
}
