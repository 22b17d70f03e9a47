/** Errors lib/server raises; actions turn them into Dutch messages for the user. */

export class NotAuthenticatedError extends Error {
  constructor() {
    super("U bent niet ingelogd.");
    this.name = "NotAuthenticatedError";
  }
}

export class ForbiddenError extends Error {
  constructor(message = "U heeft geen toegang tot deze gegevens of handeling.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Also used when a record exists but lies outside the actor's scope: no leak of its existence. */
export class NotFoundError extends Error {
  constructor(message = "Niet gevonden, of u heeft er geen toegang toe.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Someone else saved the record since it was loaded (version check). */
export class ConflictError extends Error {
  constructor(
    message = "Iemand anders heeft deze gegevens intussen gewijzigd. Uw wijzigingen zijn niet opgeslagen; bekijk de nieuwe versie en voer ze opnieuw in.",
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

export class ValidationError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "ValidationError";
  }
}
