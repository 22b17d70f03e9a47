import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageCtx } from "@/lib/server/accounts/session";
import { hasPermission } from "@/lib/server/core/authz";
import { reminderPreview, runningPeriodWithDeadlines } from "@/lib/server/tasks";
import { describeNotification } from "@/lib/domain/notifications";
import { isoDate } from "@/lib/domain/deadlines";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";
import { SendReminderForm } from "@/components/forms/reminder-form";
import { sendReminderAction } from "./actions";
import { ScrollTable } from "@/components/ui/table";

export const metadata: Metadata = { title: "Herinnering versturen" };

/** WIR: the preview of a reminder to the leaders in the selected regions, then "send". */
export default async function ReminderPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await pageCtx();
  if (!hasPermission(ctx.actor, "period:manage")) notFound();
  const sp = await searchParams;
  const codes = [sp.regio ?? []].flat().filter((c) => /^[a-z0-9-]{1,60}$/.test(c));
  const back = (
    <Link href="/" className="text-brand-700 underline">
      Terug naar het overzicht
    </Link>
  );
  if (!(await runningPeriodWithDeadlines(ctx))) {
    return (
      <>
        <PageHeader title="Herinnering versturen" />
        <EmptyState>Er is geen open periode; herinneringen kunnen alleen tijdens een open periode. {back}</EmptyState>
      </>
    );
  }
  if (codes.length === 0) {
    return (
      <>
        <PageHeader title="Herinnering versturen" />
        <EmptyState>Kies eerst op het overzicht één of meer regio&apos;s. {back}</EmptyState>
      </>
    );
  }
  const preview = await reminderPreview(ctx, codes);
  const sample = describeNotification(
    "DEADLINE_REMINDER",
    {
      period: { code: preview.period.code, label: preview.period.label },
      deadline: preview.period.updateDeadline ? isoDate(preview.period.updateDeadline) : null,
      projects: [{ id: "…", wirNumber: "WIR-…", title: "(hun project)" }],
    },
    new Date(),
  );
  return (
    <>
      <PageHeader
        title="Herinnering versturen"
        intro={`Periode ${preview.period.label}. ${preview.leaders.length} ${preview.leaders.length === 1 ? "projectleider krijgt" : "projectleiders krijgen"} een herinnering voor ${preview.projectCount} ${preview.projectCount === 1 ? "update" : "updates"} die nog niet is ingediend.`}
        actions={back}
      />
      {preview.leaders.length === 0 ? (
        <EmptyState>In deze regio&apos;s wacht geen enkele update van een actieve projectleider meer. Er is niemand om te herinneren.</EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-3">
          <Card title="Wie krijgt wat" className="lg:col-span-2">
            <ScrollTable caption="Projectleiders en de updates waarvoor zij een herinnering krijgen" columns={["Projectleider", "Updates die nog wachten"]}>
              {preview.leaders.map((l) => (
                <tr key={l.email} className="border-t border-gray-100 align-top">
                  <th scope="row" className="px-3 py-2 font-medium">
                    {l.name}
                    <span className="block font-normal text-muted">{l.email}</span>
                  </th>
                  <td className="px-3 py-2">
                    <ul>
                      {l.projects.map((p) => (
                        <li key={p.wirNumber}>
                          {p.wirNumber} {p.title} <span className="text-muted">({p.regionName})</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </ScrollTable>
          </Card>
          <Card title="Het bericht">
            <p className="font-semibold">{sample.title}</p>
            {sample.lines.map((line, i) => (
              <p key={i} className="mt-1 text-sm">
                {line}
              </p>
            ))}
            <p className="mt-1 text-sm">Met een directe link naar elke update die nog wacht.</p>
            <div className="mt-4">
              <SendReminderForm action={sendReminderAction} periodId={preview.period.id} regionCodes={codes} leaders={preview.leaders.length} />
            </div>
          </Card>
        </div>
      )}
    </>
  );
}
