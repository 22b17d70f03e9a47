/**
 * Errors lib/server raises. Each carries its code (and so its HTTP status, lib/domain/errors.ts);
 * lib/server/core/boundary.ts is the one place that turns them into a response or an action result.
 */
import { ERROR_STATUS, SESSION_EXPIRED_MESSAGE, type ErrorCode } from "../../domain/errors";

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  readonly fieldErrors: Record<string, string[]> = {};
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export class NotAuthenticatedError extends AppError {
  readonly code = "unauthenticated";
  constructor(message = SESSION_EXPIRED_MESSAGE) {
    super(message);
    this.name = "NotAuthenticatedError";
  }
}

export class ForbiddenError extends AppError {
  readonly code = "forbidden";
  constructor(message = "U heeft geen toegang tot deze gegevens of handeling.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Also used when a record exists but lies outside the actor's scope: no leak of its existence. */
export class NotFoundError extends AppError {
  readonly code = "notFound";
  constructor(message = "Niet gevonden, of u heeft er geen toegang toe.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Someone else saved the record since it was loaded (version check). */
export class ConflictError extends AppError {
  readonly code = "conflict";
  constructor(
    message = "Iemand anders heeft deze gegevens intussen gewijzigd. Uw wijzigingen zijn niet opgeslagen; bekijk de nieuwe versie en voer ze opnieuw in.",
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** An error that may name the form fields it is about (shown beside those fields). */
abstract class FieldsError extends AppError {
  constructor(
    message: string,
    override readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

export class ValidationError extends FieldsError {
  readonly code = "validation";
  override name = "ValidationError";
}

/** A request body larger than the endpoint accepts. */
export class TooLargeError extends FieldsError {
  readonly code = "tooLarge";
  override name = "TooLargeError";
}

/**
 * Prisma's unique-constraint violation (P2002): someone else created the same row meanwhile.
 * Checked by value: Prisma's error classes are not imported here.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Awaits a create; when a concurrent one won the unique constraint, throws a ConflictError (with `message`) instead. */
export async function conflictOnDuplicate<T>(create: PromiseLike<T>, message?: string): Promise<T> {
  try {
    return await create;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(message);
    throw error;
  }
}

/** Too many attempts from one address or for one account (sign-in throttle). */
export class TooManyRequestsError extends AppError {
  readonly code = "tooManyRequests";
  constructor(
    message = "Te veel pogingen. Wacht even en probeer het dan opnieuw.",
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "TooManyRequestsError";
  }
}
