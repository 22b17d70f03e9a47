/**
 * The one error body every refusal has, in a JSON response and in a server-action result
 * (docs/errors.md). Pure: client components read it too.
 */

/** Each error code and the HTTP status it is answered with. */
export const ERROR_STATUS = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  tooLarge: 413,
  tooManyRequests: 429,
  error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** `fieldErrors`: Dutch messages per field ("query" for a query string, "" for the whole form). */
export type ErrorBody = { code: ErrorCode; message: string; fieldErrors: Record<string, string[]> };

export const SESSION_EXPIRED_MESSAGE = "Uw sessie is verlopen. Log opnieuw in; uw invoer blijft staan.";
export const UNEXPECTED_MESSAGE = "Er ging iets mis; er is niets gewijzigd. Uw invoer is bewaard; probeer het later opnieuw.";

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_STATUS, value);
}

/**
 * What a client makes of a failed response: the body when it has the one shape, otherwise a body
 * built from the status alone (a proxy or the platform answered), so a 401 always reads as
 * "session expired".
 */
export function errorBodyOf(status: number, json: unknown): ErrorBody {
  const body = json as Partial<ErrorBody> | null;
  if (body && isErrorCode(body.code) && typeof body.message === "string") {
    return { code: body.code, message: body.message, fieldErrors: body.fieldErrors ?? {} };
  }
  const code = (Object.keys(ERROR_STATUS) as ErrorCode[]).find((c) => ERROR_STATUS[c] === status) ?? "error";
  return { code, message: code === "unauthenticated" ? SESSION_EXPIRED_MESSAGE : UNEXPECTED_MESSAGE, fieldErrors: {} };
}
