import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { getNotificationSettings } from "@/lib/server/notifications/read";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { NotificationSettingsForm } from "@/components/forms/notification-settings-form";
import { saveNotificationSettingsAction } from "../../meldingen/actions";

export const metadata: Metadata = { title: "Instellingen voor meldingen" };

export default async function NotificationSettingsPage() {
  const ctx = await pageCtx(); // one's own setting only
  const settings = await getNotificationSettings(ctx);
  return (
    <>
      <PageHeader
        title="Instellingen voor meldingen"
        intro={
          <>
            Meldingen over uw werk in Regiotafel (een nieuwe periode, herinneringen, ingediende en beoordeelde updates) ziet u altijd onder{" "}
            <Link href="/meldingen" className="text-brand-700 underline">
              Meldingen
            </Link>
            . Hier kiest u of u ze ook per e-mail krijgt, op {ctx.actor.email}.
          </>
        }
      />
      <Card className="max-w-2xl">
        <NotificationSettingsForm action={saveNotificationSettingsAction} value={settings} />
      </Card>
    </>
  );
}
