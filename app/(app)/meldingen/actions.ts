"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/core/action";
import { markNotificationsRead, markReadSchema, notificationSettingsSchema, saveNotificationSettings } from "@/lib/server/notifications/read";
import { MAIL_PREFERENCE } from "@/lib/domain/enums";
import type { ActionResult } from "@/lib/server/core/action";

/** Marks one notification (id) or all ("alle") of the signed-in person read. */
export async function markReadAction(formData: FormData): Promise<void> {
  const result = await runAction(markReadSchema, formData, (ctx, data) => markNotificationsRead(ctx, data));
  if (result.ok) revalidatePath("/", "layout");
}

export async function saveNotificationSettingsAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(notificationSettingsSchema, formData, (ctx, data) => saveNotificationSettings(ctx, data));
  if (result.ok) {
    result.message = `Opgeslagen: ${MAIL_PREFERENCE.label(result.data.mail).toLowerCase()}. In Regiotafel ziet u uw meldingen altijd.`;
    revalidatePath("/instellingen/meldingen");
  }
  return result;
}
