import "server-only";
import { z } from "zod";
import { requestCtx, type Ctx, type CtxOptions } from "../accounts/session";
import { actionFailure, type ActionFailure } from "./boundary";

/**
 * The one shape every server action returns. A failure is the one error body (docs/errors.md;
 * code "conflict": someone else saved first, the form offers to load their version) with the
 * submitted `values`, so a form can show exactly what the user typed.
 */
export type ActionResult<T = undefined> = { ok: true; data: T; message?: string } | ActionFailure;

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
  options?: CtxOptions,
): Promise<ActionResult<T>> {
  const values = input instanceof FormData ? formDataToObject(input) : input;
  let ctx: Ctx;
  try {
    ctx = await requestCtx(options);
  } catch (error) {
    return actionFailure(error, values);
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    return {
      ok: false,
      code: "validation",
      message: "Niet alles is goed ingevuld. Bekijk de meldingen bij de velden.",
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  }
  try {
    const data = await run(ctx, parsed.data);
    return { ok: true, data, message: successMessage };
  } catch (error) {
    return actionFailure(error, values);
  }
}
