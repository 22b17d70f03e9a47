import Link from "next/link";
import { Suspense } from "react";
import { LoadingState } from "@/components/ui/loading";
import { pageCtx } from "@/lib/server/accounts/session";
import { regionSummary, statusSummary } from "@/lib/server/projects/read";
import { listOrganisations, listUsers } from "@/lib/server/accounts/users";
import { listMyUpdates } from "@/lib/server/updates";
import { findRunningPeriod } from "@/lib/server/periods/read";
import { needsLeaderAction } from "@/lib/domain/update-workflow";
import { MyUpdatesTable } from "@/components/tables/my-updates-table";
import { primaryRole } from "@/lib/domain/actor";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState, Figure } from "@/components/ui/card";
import { DataTable } from "@/components/tables/data-table";
import { ConcessiehouderProgressTable, RegionProgressTable, ReviewerTaskTable } from "@/components/tables/period-progress-table";
import { DeadlineSummary, DeadlineText } from "@/components/ui/deadline";
import { reviewerTasks, runningPeriodWithDeadlines, type HomeTasks } from "@/lib/server/tasks";
import { hasPermission } from "@/lib/server/core/authz";
import { InviteLeaderForm } from "@/components/forms/user-forms";
import { MessageBox } from "@/components/forms/fields";
import { inviteLeaderAction } from "./projecten/[id]/leiders/actions";

/** `?uitgenodigd=<WIR-nummer>`: a leader was just invited from the task list (the project has left it). */
const INVITED = /^(WIR|RT)-[0-9][0-9-]{0,19}$/;

/** The overview streams in behind a loading state; nothing here can refuse (every role has a home). */
export default async function HomePage({ searchParams }: { searchParams: Promise<{ uitgenodigd?: string | string[] }> }) {
  const { uitgenodigd } = await searchParams;
  const invited = typeof uitgenodigd === "string" && INVITED.test(uitgenodigd) ? uitgenodigd : null;
  return (
    <>
      {invited ? (
        <div className="mb-4">
          <MessageBox tone="success">De uitnodiging voor de projectleider van {invited} is verstuurd; hij of zij krijgt een e-mail met een link.</MessageBox>
        </div>
      ) : null}
      <Suspense fallback={<LoadingState text="Het overzicht wordt geladen…" />}>
        <Home />
      </Suspense>
    </>
  );
}

async function Home() {
  const ctx = await pageCtx();
  const role = primaryRole(ctx.actor);

  if (role === "BEHEERDER") {
    const [users, orgs] = await Promise.all([listUsers(ctx), listOrganisations(ctx)]);
    const proposed = orgs.filter((o) => o.status === "PROPOSED").length;
    return (
      <>
        <PageHeader title="Beheer" intro="Gebruikers, organisaties en referentiegegevens van Regiotafel." />
        <div className="grid gap-4 sm:grid-cols-3">
          <Figure label="Gebruikers" value={users.length} hint={`${users.filter((u) => u.active).length} actief`} />
          <Figure label="Organisaties" value={orgs.length} />
          <Figure label="Voorgestelde organisaties" value={proposed} hint="wachten op bevestiging" />
        </div>
        <p className="mt-6 flex flex-wrap gap-4">
          <Link className="text-brand-700 underline" href="/beheer/gebruikers">
            Naar gebruikers
          </Link>
          <Link className="text-brand-700 underline" href="/beheer/organisaties">
            Naar organisaties
          </Link>
          <Link className="text-brand-700 underline" href="/beheer/referentiegegevens">
            Naar referentiegegevens
          </Link>
        </p>
      </>
    );
  }

  const mine = role === "PROJECTLEIDER";
  const [summary, regions, updates, running, deadlines, tasks] = await Promise.all([
    statusSummary(ctx, { mine }),
    mine ? Promise.resolve([]) : regionSummary(ctx),
    mine ? listMyUpdates(ctx) : Promise.resolve(null),
    findRunningPeriod(ctx.db),
    runningPeriodWithDeadlines(ctx),
    mine ? Promise.resolve(null) : reviewerTasks(ctx),
  ]);
  const title = mine ? "Mijn projecten" : role === "INKOPER" ? "Portfolio van uw regio's" : "Landelijk overzicht";
  return (
    <>
      <PageHeader
        title={title}
        intro={
          summary.periodLabel
            ? `Stand van de projecten bij de rapportageperiode ${summary.periodLabel}.${
                running && running.label !== summary.periodLabel ? ` Lopende periode: ${running.label} (open voor updates en beoordeling; cijfers volgen na afsluiten).` : ""
              }`
            : "Er is nog geen rapportageperiode; de stand per project volgt zodra er een is."
        }
        actions={
          mine ? (
            <Link href="/projecten/nieuw" className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
              Project registreren
            </Link>
          ) : undefined
        }
      />
      {tasks ? <ReviewerTasks tasks={tasks} national={role === "WIR"} canInvite={hasPermission(ctx.actor, "leader:invite")} /> : null}
      {updates?.period && updates.items.length > 0 ? (
        <Card title={`Voortgangsupdates ${updates.period.label}`} className="mb-6">
          {deadlines?.updateDeadline ? (
            <p className="mb-2 font-medium">
              <DeadlineText deadline={deadlines.updateDeadline} label="Deadline" />
            </p>
          ) : null}
          <p className="mb-3">
            {updates.items.filter((i) => needsLeaderAction(i.state)).length === 0
              ? "Al uw updates voor deze periode zijn ingediend."
              : `Nog ${updates.items.filter((i) => needsLeaderAction(i.state)).length} van ${updates.items.length} projecten wachten op uw update.`}{" "}
            <Link href="/updates" className="text-brand-700 underline">
              Naar alle voortgangsupdates
            </Link>
          </p>
          <MyUpdatesTable rows={updates.items} periodLabel={updates.period.label} />
        </Card>
      ) : null}
      {summary.total === 0 ? (
        <EmptyState>
          {mine ? "U bent nog van geen enkel project projectleider." : "Er zijn nog geen projecten in uw regio's."}{" "}
          <Link className="text-brand-700 underline" href="/projecten">
            Bekijk alle projecten die u mag inzien
          </Link>
          .
        </EmptyState>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Figure
              label="Projecten"
              value={summary.total}
              hint={
                summary.assessed !== undefined && summary.periodLabel
                  ? `${summary.assessed} beoordeeld in ${summary.periodLabel}${summary.drafts > 0 ? `, ${summary.drafts} concept${summary.drafts === 1 ? "" : "en"} (nog niet ingediend)` : ""}; dashboard en rapportage tellen alleen beoordeelde projecten`
                  : undefined
              }
            />
            {summary.byStatus
              .filter((s) => s.status === "RUNNING" || s.status === "FINISHED_SUCCESSFUL" || s.status === "NOT_STARTED")
              .map((s) => (
                <Figure key={s.label} label={s.label} value={s.count} />
              ))}
          </div>
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <Card title={`Projecten per status${summary.periodLabel ? ` (${summary.periodLabel})` : ""}`}>
              <DataTable
                caption="Projecten per status"
                columns={[
                  { key: "label", label: "Projectstatus", hrefKey: "href" },
                  { key: "count", label: "Aantal", kind: "number" },
                ]}
                rows={summary.byStatus.map((s) => ({
                  id: s.label,
                  label: s.label,
                  count: s.count,
                  href: s.status ? `/projecten?status=${s.status}${mine ? "&mijn=1" : ""}` : null,
                }))}
              />
            </Card>
            {regions.length > 0 ? (
              <Card title="Projecten per (sub)regio">
                <DataTable
                  caption="Projecten per (sub)regio"
                  columns={[
                    { key: "name", label: "(Sub)regio", hrefKey: "href" },
                    { key: "concessiehouderName", label: "Concessiehouder" },
                    { key: "projectCount", label: "Projecten", kind: "number" },
                  ]}
                  rows={regions.map((r) => ({ ...r, id: r.code, href: `/projecten?regio=${r.code}` }))}
                />
              </Card>
            ) : null}
          </div>
        </>
      )}
    </>
  );
}

/** What waits for an inkoper (per region) or WIR (progress per region and concessiehouder) in the open period. */
function ReviewerTasks({ tasks, national, canInvite }: { tasks: HomeTasks; national: boolean; canInvite: boolean }) {
  const { period, regions, byConcessiehouder, withoutLeader } = tasks;
  return (
    <section aria-labelledby="taken" className="mb-6 space-y-4">
      <h2 id="taken" className="text-xl font-semibold">
        {national ? `Voortgang van ${period.label}` : `Wat er op u wacht in ${period.label}`}
      </h2>
      <DeadlineSummary period={period} />
      {national ? (
        <div className="grid gap-6 lg:grid-cols-3">
          <Card title="Per (sub)regio" className="lg:col-span-2">
            <RegionProgressTable rows={regions} selectable />
          </Card>
          <Card title="Per concessiehouder">
            <ConcessiehouderProgressTable rows={byConcessiehouder} />
          </Card>
        </div>
      ) : (
        <Card title="Per (sub)regio">
          <ReviewerTaskTable rows={regions} periodCode={period.code} />
        </Card>
      )}
      {withoutLeader.total > 0 ? (
        <Card title={`Projecten zonder projectleider (${withoutLeader.total})`}>
          <p className="mb-2 text-sm">Van deze projecten kan niemand een update indienen. Nodig hier een projectleider uit: hij of zij krijgt een e-mail met een link om een wachtwoord te kiezen.</p>
          <ul className="list-disc pl-6 text-sm">
            {withoutLeader.items.map((p) => (
              <li key={p.id} className="py-1">
                <Link className="text-brand-700 underline" href={`/projecten/${p.id}`}>
                  {p.wirNumber} {p.title}
                </Link>{" "}
                <span className="text-muted">({p.regionName})</span>
                {canInvite ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-brand-700 underline">Projectleider uitnodigen voor {p.wirNumber}</summary>
                    <div className="mt-2 mb-3">
                      <InviteLeaderForm
                        action={inviteLeaderAction}
                        projectId={p.id}
                        idPrefix={`leider-${p.id}`}
                        label={`Projectleider uitnodigen voor ${p.wirNumber}`}
                        successHref={`/?uitgenodigd=${encodeURIComponent(p.wirNumber)}`}
                      />
                    </div>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
          {withoutLeader.total > withoutLeader.items.length ? <p className="mt-2 text-sm text-muted">En nog {withoutLeader.total - withoutLeader.items.length} meer.</p> : null}
        </Card>
      ) : null}
    </section>
  );
}
