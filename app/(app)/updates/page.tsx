import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { listMyUpdates } from "@/lib/server/updates";
import { needsLeaderAction } from "@/lib/domain/update-workflow";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState, Figure } from "@/components/ui/card";
import { MyUpdatesTable } from "@/components/tables/my-updates-table";
import { requirePagePermission } from "@/lib/server/core/page-access";
import { runningPeriodWithDeadlines } from "@/lib/server/tasks";
import { DeadlineText } from "@/components/ui/deadline";

export const metadata: Metadata = { title: "Voortgangsupdates" };

export default async function UpdatesPage() {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "update:submit");
  const [{ period, items }, deadlines] = await Promise.all([listMyUpdates(ctx), runningPeriodWithDeadlines(ctx)]);
  if (!period) {
    return (
      <>
        <PageHeader title="Voortgangsupdates" />
        <EmptyState>Er is op dit moment geen rapportageperiode open; er hoeven geen updates te worden ingediend.</EmptyState>
      </>
    );
  }
  const todo = items.filter((i) => needsLeaderAction(i.state)).length;
  return (
    <>
      <PageHeader
        title={`Voortgangsupdates ${period.label}`}
        intro={`De rapportageperiode ${period.label} is open. Schrijf per project wat er veranderd is sinds de vorige periode en dien de update in.`}
      />
      {deadlines?.id === period.id && deadlines.updateDeadline ? (
        <p className="mb-4 font-medium">
          <DeadlineText deadline={deadlines.updateDeadline} label="Deadline voor uw updates" />
        </p>
      ) : null}
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <Figure label="Nog te doen" value={todo} hint="niet begonnen, concept of teruggestuurd" />
        <Figure label="Ingediend" value={items.filter((i) => i.state === "SUBMITTED").length} />
        <Figure label="Goedgekeurd" value={items.filter((i) => i.state === "APPROVED").length} />
      </div>
      <Card title="Uw projecten">
        {items.length === 0 ? (
          <EmptyState>
            U heeft geen ingediende projecten waarvoor een update nodig is.{" "}
            <Link href="/projecten/nieuw" className="text-brand-700 underline">
              Registreer een project
            </Link>
            .
          </EmptyState>
        ) : (
          <MyUpdatesTable rows={items} periodLabel={period.label} />
        )}
      </Card>
    </>
  );
}
