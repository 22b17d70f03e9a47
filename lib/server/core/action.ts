import "server-only";
import { z } from "zod";
import { requestCtx, type Ctx } from "../accounts/session";
import { ConflictError, ForbiddenError, NotAuthenticatedError, NotFoundError, ValidationError } from "./errors";

/**
 * The one shape every server action returns. On failure the submitted `values` come back, so a
 * form can show exactly what the user typed (nothing is lost on a failed save).
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      message: string;
      fieldErrors: Record<string, string[]>;
      values?: Record<string, unknown>;
      /** "conflict": someone else saved first; the form offers to load their version. */
      kind: "validation" | "conflict" | "forbidden" | "notFound" | "unauthenticated" | "error";
    };

/** Reads a FormData into a plain object; repeated keys become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const value = typeof raw === "string" ? raw : raw.name;
    if (key in out) {
      const prev = out[key];
      out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
    } else out[key] = value;
  }
  return out;
}

/** zod issues → { field: [Dutch messages] } ("" for form-level issues). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Maps the errors lib/server raises to a result; anything unexpected is logged, not leaked. */
export function failureOf(error: unknown, values?: Record<string, unknown>): ActionResult<never> {
  if (error instanceof ValidationError)
    return { ok: false, kind: "validation", message: error.message, fieldErrors: error.fieldErrors, values };
  if (error instanceof ConflictError) return { ok: false, kind: "conflict", message: error.message, fieldErrors: {}, values };
  if (error instanceof NotAuthenticatedError)
    return { ok: false, kind: "unauthenticated", message: "Uw sessie is verlopen. Log opnieuw in; uw invoer blijft staan.", fieldErrors: {}, values };
  if (error instanceof ForbiddenError) return { ok: false, kind: "forbidden", message: error.message, fieldErrors: {}, values };
  if (error instanceof NotFoundError) return { ok: false, kind: "notFound", message: error.message, fieldErrors: {}, values };
  console.error(error);
  return { ok: false, kind: "error", message: "Er ging iets mis bij het opslaan. Uw invoer is bewaard; probeer het opnieuw.", fieldErrors: {}, values };
}

/**
 * Runs a server action the way DEVELOPERS.md asks: authenticate (requestCtx), validate the input
 * with `schema.safeParse`, then call `run` — which calls lib/server, where permission and record
 * scope are checked. Ids in the input are only ever looked up *within* the actor's scope there.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: FormData | Record<string, unknown>,
  run: (ctx: Ctx, data: z.infer<S>) => Promise<T>,
  successMessage?: string,
): Promise<ActionResult<T>> {
  const values = input instanceof FormData ? formDataToObject(input) : input;
  let ctx: Ctx;
  try {
    ctx = await requestCtx();
  } catch (error) {
    return failureOf(error, values);
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    return {
      ok: false,
      kind: "validation",
      message: "Niet alles is goed ingevuld. Bekijk de meldingen bij de velden.",
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  }
  try {
    const data = await run(ctx, parsed.data);
    return { ok: true, data, message: successMessage };
  } catch (error) {
    return failureOf(error, values);
  }
}
