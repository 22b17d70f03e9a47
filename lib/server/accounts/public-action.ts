import "server-only";
import { z } from "zod";
import { getDb } from "../db";
import { fieldErrorsOf, formDataToObject, type ActionResult } from "../core/action";
import { actionFailure } from "../core/boundary";
import { requestClientAddress } from "./session";
import type { PrismaClient } from "../../generated/prisma/client";

/**
 * Runs a server action that needs no sign-in (setting a password through a link, "Wachtwoord
 * vergeten?"): validate with `schema.safeParse`, then `run` with the database and the client
 * address. Same result shape as runAction.
 */
export async function runPublicAction<S extends z.ZodType, T>(
  schema: S,
  input: FormData,
  run: (db: PrismaClient, data: z.infer<S>, clientAddress: string | null) => Promise<T>,
  successMessage?: string,
): Promise<ActionResult<T>> {
  const values = formDataToObject(input);
  // Passwords never travel back to the browser.
  const echoed = Object.fromEntries(Object.entries(values).filter(([k]) => !/password|confirm|current|token/.test(k)));
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, code: "validation", message: "Niet alles is goed ingevuld. Bekijk de meldingen bij de velden.", fieldErrors: fieldErrorsOf(parsed.error), values: echoed };
  }
  try {
    const { prisma } = await getDb();
    const data = await run(prisma, parsed.data, await requestClientAddress());
    return { ok: true, data, message: successMessage };
  } catch (error) {
    return actionFailure(error, echoed);
  }
}
