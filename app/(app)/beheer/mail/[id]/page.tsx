import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageCtx } from "@/lib/server/accounts/session";
import { hasPermission } from "@/lib/server/core/authz";
import { getOutboxMessage } from "@/lib/server/mail/read";
import { MAIL_STATUS } from "@/lib/domain/enums";
import { routeId } from "../../../route-id";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/components/ui/format";

export const metadata: Metadata = { title: "E-mail" };

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await pageCtx();
  if (!hasPermission(ctx.actor, "user:manage")) notFound();
  const id = routeId((await params).id);
  const mail = await getOutboxMessage(ctx, id);
  if (!mail) notFound();
  return (
    <>
      <PageHeader title={mail.subject} intro={<Link href="/beheer/mail" className="underline">Terug naar alle e-mail</Link>} />
      <dl className="mb-6 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-medium">Aan</dt>
        <dd>{mail.toAddress}</dd>
        <dt className="font-medium">Status</dt>
        <dd>{MAIL_STATUS.label(mail.status)}</dd>
        <dt className="font-medium">Aangemaakt</dt>
        <dd>{formatDateTime(mail.createdAt)}</dd>
        <dt className="font-medium">Verzonden</dt>
        <dd>{formatDateTime(mail.sentAt)}</dd>
        {mail.lastError ? (
          <>
            <dt className="font-medium">Laatste fout</dt>
            <dd>{mail.lastError}</dd>
          </>
        ) : null}
      </dl>
      <h2 className="mb-2 text-lg font-semibold">Tekst</h2>
      <pre className="max-w-3xl whitespace-pre-wrap rounded border border-gray-300 bg-white p-4 font-sans text-sm">{mail.text}</pre>
    </>
  );
}
