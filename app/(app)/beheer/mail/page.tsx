import type { Metadata } from "next";
import { pageCtx } from "@/lib/server/accounts/session";
import { listOutbox } from "@/lib/server/mail/read";
import { mailConfig } from "@/lib/server/mail/config";
import { MAIL_STATUS } from "@/lib/domain/enums";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/tables/data-table";
import { formatDateTime } from "@/components/ui/format";
import { requirePagePermission } from "@/lib/server/core/page-access";

export const metadata: Metadata = { title: "E-mail" };

export default async function OutboxPage() {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "user:manage");
  const mails = await listOutbox(ctx);
  const sending = Boolean(mailConfig().smtpUrl);
  return (
    <>
      <PageHeader
        title="E-mail"
        intro={
          sending
            ? "Alle e-mail die Regiotafel verstuurt, nieuwste eerst: wat verzonden is, wat nog wacht en wat mislukte."
            : "Er is geen mailserver ingesteld (SMTP_URL), dus Regiotafel verstuurt geen e-mail: alle berichten blijven hier staan. Open een bericht om bijvoorbeeld een uitnodigingslink zelf door te geven."
        }
      />
      <DataTable
        caption="E-mail"
        filterLabel="Zoeken op ontvanger, onderwerp of status"
        emptyText="Regiotafel heeft nog geen e-mail verstuurd. Uitnodigingen, herinneringen en meldingen verschijnen hier zodra ze worden verstuurd."
        columns={[
          { key: "createdAt", label: "Aangemaakt" },
          { key: "toAddress", label: "Aan" },
          { key: "subject", label: "Onderwerp", hrefKey: "href" },
          { key: "status", label: "Status" },
          { key: "attempts", label: "Pogingen", kind: "number" },
          { key: "sentAt", label: "Verzonden" },
          { key: "lastError", label: "Laatste fout" },
        ]}
        rows={mails.map((m) => ({
          id: m.id,
          href: `/beheer/mail/${m.id}`,
          createdAt: m.createdAt.toISOString().slice(0, 16).replace("T", " "),
          toAddress: m.toAddress,
          subject: m.subject,
          status: MAIL_STATUS.label(m.status),
          attempts: m.attempts,
          sentAt: m.sentAt ? formatDateTime(m.sentAt) : null,
          lastError: m.lastError,
        }))}
      />
    </>
  );
}
