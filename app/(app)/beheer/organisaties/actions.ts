"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import { confirmOrganisation } from "@/lib/server/reference-data/organisations";
import { organisationConfirmSchema } from "@/lib/domain/validation/project";

/** The beheerder confirms a proposed organisation (form action with useActionState). */
export async function confirmOrganisationAction(_prev: ActionResult<undefined> | null, formData: FormData): Promise<ActionResult<undefined>> {
  const result = await runAction(organisationConfirmSchema, formData, async (ctx, data) => {
    await confirmOrganisation(ctx, data);
    return undefined;
  }, "De organisatie is bevestigd.");
  if (result.ok) revalidatePath("/beheer/organisaties");
  return result;
}
