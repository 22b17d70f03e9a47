import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import type { Ctx } from "@/lib/server/accounts/session";

/**
 * The server action of one form (useFormAction): `runAction` with the form's schema and lib/server
 * function; on success it says `message` and refreshes the pages `pages` names for the submitted form.
 */
export function revalidatingAction<S extends z.ZodType, T>(
  schema: S,
  run: (ctx: Ctx, data: z.infer<S>) => Promise<T>,
  message: string,
  pages: (formData: FormData) => string[],
) {
  return async (_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<T>> => {
    const result = await runAction(schema, formData, run, message);
    if (result.ok) for (const page of pages(formData)) revalidatePath(page);
    return result;
  };
}
