"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import { sendReminder } from "@/lib/server/tasks";

const schema = z.object({
  periodId: z.string().min(1).max(60),
  regio: z.preprocess((v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]), z.array(z.string().regex(/^[a-z0-9-]{1,60}$/)).min(1, { error: "Kies minstens één regio." })),
});

/** WIR sends the reminder it previewed; lib/server looks the projects up again from the regions. */
export async function sendReminderAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(schema, formData, (ctx, data) => sendReminder(ctx, { periodId: data.periodId, regionCodes: data.regio }));
  if (result.ok) {
    result.message = `De herinnering is verstuurd voor ${result.data.projects} ${result.data.projects === 1 ? "project" : "projecten"}. De projectleiders zien haar in Regiotafel en krijgen haar per e-mail zoals zij dat hebben ingesteld.`;
    revalidatePath("/", "layout");
  }
  return result;
}
