import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { hasPermission } from "@/lib/server/core/authz";
import { findPagePeriod } from "@/lib/server/periods/read";
import { listUpdatesForReview } from "@/lib/server/review/updates";
import { PERIOD_STATE, UPDATE_STATE } from "@/lib/domain/enums";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format";
import { requirePagePermission } from "@/lib/server/core/page-access";
import { runningPeriodWithDeadlines } from "@/lib/server/tasks";
import { DeadlineSummary } from "@/components/ui/deadline";
import { NoPeriodYet } from "@/components/ui/no-period";

export const metadata: Metadata = { title: "Beoordelen" };

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "update:review");
  const sp = await searchParams;
  const period = await findPagePeriod(ctx.db, "work", typeof sp.periode === "string" ? sp.periode : null);
  const isWir = hasPermission(ctx.actor, "assessment:record");
  if (!period) return <NoPeriodYet title="Beoordelen" />;
  const [submitted, handled, running] = await Promise.all([
    listUpdatesForReview(ctx, { periodId: period.id }),
    listUpdatesForReview(ctx, { periodId: period.id, states: ["APPROVED", "RETURNED"] }),
    runningPeriodWithDeadlines(ctx),
  ]);
  const q = `?periode=${period.code}`;
  return (
    <>
      <PageHeader
        title="Beoordelen"
        intro={
          <>
            Periode {period.label} <Badge tone={period.state === "OPEN" ? "success" : "neutral"}>{PERIOD_STATE.label(period.state)}</Badge>.{" "}
            {isWir
              ? "Keur ingediende updates goed of stuur ze terug, en leg per project de beoordeling vast."
              : "Keur de ingediende updates van uw regio's goed of stuur ze terug met commentaar, en doe een voorstel voor de beoordeling."}
          </>
        }
        actions={
          <>
            {isWir ? (
              <Link href={`/beoordelen/bulk${q}`} className="rounded bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-800">
                Beoordelen in bulk
              </Link>
            ) : null}
            {hasPermission(ctx.actor, "regionScore:record") ? (
              <Link href={`/beoordelen/regios${q}`} className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
                Regioscores
              </Link>
            ) : null}
            <Link href={`/portfolio${q}`} className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
              Portfolio
            </Link>
          </>
        }
      />
      {running?.id === period.id ? (
        <div className="mb-4">
          <DeadlineSummary period={running} />
        </div>
      ) : null}
      {period.state !== "OPEN" ? (
        <p className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          Deze periode is {PERIOD_STATE.label(period.state).toLowerCase()}: u kunt de gegevens bekijken maar niet wijzigen.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={`Ingediende updates (${submitted.length})`}>
          {submitted.length === 0 ? (
            <EmptyState>Er wachten geen updates op beoordeling.</EmptyState>
          ) : (
            <ul className="divide-y divide-gray-100" aria-label="Ingediende updates">
              {submitted.map((u) => (
                <li key={u.id} className="py-2">
                  <Link href={`/beoordelen/${u.project.id}${q}`} className="font-medium text-brand-700 underline">
                    {u.project.wirNumber} {u.project.title}
                  </Link>
                  <span className="block text-sm text-muted">
                    {u.project.regionName} · ingediend {formatDateTime(u.submittedAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={`Afgehandeld (${handled.length})`}>
          {handled.length === 0 ? (
            <EmptyState>Nog geen updates goedgekeurd of teruggestuurd in deze periode.</EmptyState>
          ) : (
            <ul className="divide-y divide-gray-100" aria-label="Afgehandelde updates">
              {handled.map((u) => (
                <li key={u.id} className="flex items-center justify-between gap-2 py-2">
                  <Link href={`/beoordelen/${u.project.id}${q}`} className="text-brand-700 underline">
                    {u.project.wirNumber} {u.project.title}
                  </Link>
                  <Badge tone={u.state === "APPROVED" ? "success" : "warning"}>{UPDATE_STATE.label(u.state)}</Badge>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <p className="mt-6 text-sm text-muted">
        Een voorstel of beoordeling voor een project zonder update doet u via het{" "}
        <Link href={`/portfolio${q}`} className="text-brand-700 underline">
          portfolio
        </Link>
        : open daar het project.
      </p>
    </>
  );
}
