import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { listMyNotifications } from "@/lib/server/notifications/read";
import { SETTINGS_PATH } from "@/lib/domain/notifications";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { markReadAction } from "./actions";

export const metadata: Metadata = { title: "Meldingen" };

export default async function NotificationsPage() {
  const ctx = await pageCtx(); // every signed-in person has an own list; nothing else to check
  const items = await listMyNotifications(ctx, { limit: 200 });
  const unread = items.filter((i) => !i.read).length;
  return (
    <>
      <PageHeader
        title="Meldingen"
        intro={unread === 0 ? "U hebt geen ongelezen meldingen." : `U hebt ${unread} ongelezen ${unread === 1 ? "melding" : "meldingen"}.`}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <Link href={SETTINGS_PATH} className="text-brand-700 underline">
              Instellingen voor e-mail
            </Link>
            {unread > 0 ? (
              <form action={markReadAction}>
                <input type="hidden" name="id" value="alle" />
                <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
                  Alles als gelezen markeren
                </button>
              </form>
            ) : null}
          </div>
        }
      />
      {items.length === 0 ? (
        <EmptyState>Er zijn nog geen meldingen voor u. Zodra er iets voor u klaarstaat, ziet u het hier.</EmptyState>
      ) : (
        <ol className="space-y-3" aria-label="Meldingen, nieuwste eerst">
          {items.map((n) => (
            <li key={n.id} className={`rounded-lg border p-4 ${n.read ? "border-gray-200 bg-white" : "border-brand-700 bg-brand-50"}`}>
              <article aria-labelledby={`melding-${n.id}`}>
                <header className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 id={`melding-${n.id}`} className="font-semibold">
                    {n.read ? null : <span className="sr-only">Ongelezen: </span>}
                    {n.title}
                  </h2>
                  <time dateTime={n.createdAt.toISOString()} className="text-sm text-muted">
                    {formatDateTime(n.createdAt)}
                  </time>
                </header>
                {n.lines.map((line, i) => (
                  <p key={i} className="mt-1">
                    {line}
                  </p>
                ))}
                {n.items.length > 0 ? (
                  <ul className="mt-2 list-disc pl-6">
                    {n.items.map((item) => (
                      <li key={item.link}>
                        <Link href={item.link} className="text-brand-700 underline">
                          {item.label}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <div className="mt-3 flex flex-wrap items-center gap-4">
                  <Link href={n.link} className="rounded bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-800">
                    {n.linkLabel}
                  </Link>
                  {n.read ? null : (
                    <form action={markReadAction}>
                      <input type="hidden" name="id" value={n.id} />
                      <button type="submit" className="text-brand-700 underline">
                        Markeer als gelezen<span className="sr-only">: {n.title}</span>
                      </button>
                    </form>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
