import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { listPeriodsForAdmin } from "@/lib/server/periods/admin";
import { PERIOD_STATE } from "@/lib/domain/enums";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { CreatePeriodForm, PeriodTransitionForm } from "@/components/forms/period-forms";
import { createPeriodAction, periodTransitionAction } from "./actions";
import { DeadlineSummary } from "@/components/ui/deadline";
import { isoDate, suggestedDeadlines } from "@/lib/domain/deadlines";
import { requirePagePermission } from "@/lib/server/core/page-access";
import { ScrollTable, numeric } from "@/components/ui/table";

export const metadata: Metadata = { title: "Perioden" };

export default async function PeriodsPage() {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "period:manage");
  const periods = await listPeriodsForAdmin(ctx);
  const open = periods.find((p) => p.state === "OPEN") ?? null;
  const suggested = suggestedDeadlines(new Date());
  return (
    <>
      <PageHeader
        title="Rapportageperioden"
        intro="Twee keer per jaar vragen we projectleiders om een update en legt WIR per project een beoordeling vast. Er is steeds hoogstens één periode open; een gesloten periode ligt vast tot ze (met reden) wordt heropend."
        actions={
          <Link href="/portfolio/volledigheid" className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
            Volledigheid
          </Link>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          {periods.length === 0 ? (
            <EmptyState>Er zijn nog geen perioden. Maak hiernaast de eerste aan.</EmptyState>
          ) : (
            <ScrollTable
              framed
              caption="Rapportageperioden"
              columns={["Periode", "Peildatum", "Stand", "Deadlines", numeric("Updates"), numeric("Beoordelingen"), "Handeling"]}
            >
              {periods.map((p) => (
                <tr key={p.id} className="border-t border-gray-100 align-top">
                  <th scope="row" className="px-3 py-2 font-medium">
                    {p.label}
                  </th>
                  <td className="px-3 py-2">{formatDate(p.peildatum)}</td>
                  <td className="px-3 py-2">
                    <Badge tone={p.state === "OPEN" ? "success" : p.state === "PLANNED" ? "info" : "neutral"}>{PERIOD_STATE.label(p.state)}</Badge>
                    {p.state === "OPEN" && p.openedAt ? <span className="block text-xs text-muted">sinds {formatDateTime(p.openedAt)}</span> : null}
                    {p.state === "CLOSED" && p.closedAt ? <span className="block text-xs text-muted">sinds {formatDateTime(p.closedAt)}</span> : null}
                  </td>
                  <td className="px-3 py-2">
                    <DeadlineSummary period={p} />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{p.updateCount}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{p.assessmentCount}</td>
                  <td className="px-3 py-2">
                    <PeriodTransitionForm
                      action={periodTransitionAction}
                      period={{
                        id: p.id,
                        label: p.label,
                        state: p.state,
                        version: p.version,
                        updateDeadline: p.updateDeadline ? isoDate(p.updateDeadline) : null,
                        assessmentDeadline: p.assessmentDeadline ? isoDate(p.assessmentDeadline) : null,
                        reminderDaysBefore: p.reminderDaysBefore,
                      }}
                      otherOpenLabel={open && open.id !== p.id ? open.label : null}
                      suggestedDeadlines={suggested}
                    />
                  </td>
                </tr>
              ))}
            </ScrollTable>
          )}
        </div>
        <Card title="Nieuwe periode">
          <CreatePeriodForm action={createPeriodAction} />
        </Card>
      </div>
    </>
  );
}
