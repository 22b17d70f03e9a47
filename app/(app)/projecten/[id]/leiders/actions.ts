"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import { inviteProjectLeader } from "@/lib/server/accounts";
import { inviteLeaderInput } from "@/lib/domain/validation/account";

export async function inviteLeaderAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ invited: boolean }>> {
  const result = await runAction(inviteLeaderInput, formData, async (ctx, data) => {
    const { invited } = await inviteProjectLeader(ctx, data);
    return { invited };
  });
  if (!result.ok) return result;
  revalidatePath(`/projecten/${formData.get("projectId")}/leiders`);
  revalidatePath("/"); // the task list of projects without a leader
  return {
    ...result,
    message: result.data.invited
      ? "De uitnodiging is verstuurd. De nieuwe projectleider kiest met de link in de e-mail een wachtwoord."
      : "Deze persoon had al een account en is nu projectleider van dit project; er is een e-mail over verstuurd.",
  };
}
