import type { Metadata } from "next";
import { pageCtx } from "@/lib/server/accounts/session";
import { getProject } from "@/lib/server/projects/read";
import { notFoundOrThrow } from "@/lib/server/core/boundary";
import { IMPACT, ORGANISATION_TYPE, RESULT_SHARING, SCALABILITY } from "@/lib/domain/enums";
import { PageHeader } from "@/components/ui/page-header";
import { TextSection } from "@/components/ui/text-section";
import { Card, EmptyState } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate, formatDateTime, formatEuros } from "@/components/ui/format";
import { AuditChanges } from "@/components/tables/audit-changes";
import Link from "next/link";
import { hasPermission } from "@/lib/server/core/authz";
import { projectUpdates } from "@/lib/server/updates";
import { findRunningPeriod } from "@/lib/server/periods/read";
import { MessageBox } from "@/components/forms/fields";
import { JUDGEMENT_CHOICES, JUDGEMENT_FIELDS, PROJECT_FIELDS } from "@/lib/domain/fields";
import { projectNumberNote } from "@/lib/domain/project-number";
import { SubmitProjectButton } from "@/components/forms/submit-project-button";
import { UpdateTimeline } from "@/components/ui/update-timeline";
import { publicationPanel } from "@/lib/server/projectenbank/publication";
import { PublicationForm } from "@/components/forms/publication-form";
import { getProjectResults } from "@/lib/server/results/project";
import { FinalEvaluationCard, IndicatorCards, TrajectTimeline } from "@/components/ui/project-results";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import type { Ctx } from "@/lib/server/accounts/session";
import { projectPageExists } from "@/lib/server/projects/page-gate";
import { LoadingState } from "@/components/ui/loading";
import { ScrollTable, numeric } from "@/components/ui/table";
import { Term } from "@/components/ui/term";

export const metadata: Metadata = { title: "Project" };


const NOTICES: Record<string, string> = {
  opgeslagen: "Het project is opgeslagen.",
  ingediend: "Uw voortgangsupdate is ingediend. Het zorgkantoor beoordeelt hem.",
  concept: "Uw voortgangsupdate is opgeslagen als concept.",
  projectIngediend: "Het project is ingediend. Het zorgkantoor en WIR zien het nu in hun portefeuille.",
};

/** Checks the project first (404 while the status can still change), then streams the card behind a loading state. */
export default async function ProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await pageCtx();
  const { id } = await params;
  if (!(await projectPageExists(ctx, id, "card"))) notFound();
  return (
    <Suspense fallback={<LoadingState text="Het project wordt geladen…" />}>
      <ProjectCardPage ctx={ctx} id={id} sp={await searchParams} />
    </Suspense>
  );
}

async function ProjectCardPage({ ctx, id, sp }: { ctx: Ctx; id: string; sp: Record<string, string | string[] | undefined> }) {
  const notice = sp.ingediend ? NOTICES.projectIngediend : sp.opgeslagen ? NOTICES.opgeslagen : sp.update === "ingediend" ? NOTICES.ingediend : sp.update === "opgeslagen" ? NOTICES.concept : null;
  const p = await getProject(ctx, id).catch(notFoundOrThrow);
  // independent of each other: loaded side by side (each applies its own scope)
  const [updates, period, results, publication] = await Promise.all([
    p.inScope ? projectUpdates(ctx, p.id) : [],
    p.inScope ? findRunningPeriod(ctx.db) : null,
    getProjectResults(ctx, p.id),
    p.inScope ? publicationPanel(ctx, p.id) : null,
  ]);
  const leads = p.leaders.some((l) => l.id === ctx.actor.userId);
  const canUpdate = leads && hasPermission(ctx.actor, "update:submit") && p.lifecycle === "ACTIVE" && !!period;
  const canReview = p.inScope && hasPermission(ctx.actor, "update:review") && hasPermission(ctx.actor, "portfolio:read");
  return (
    <>
      {notice ? (
        <div className="mb-4">
          <MessageBox tone="success">{notice}</MessageBox>
        </div>
      ) : null}
      <PageHeader
        actions={
          p.canEdit || canUpdate ? (
            <>
              {p.canEdit ? (
                <Link href={`/projecten/${p.id}/bewerken`} className="rounded border border-brand-700 px-4 py-1.5 text-brand-700">
                  Projectkaart bewerken
                </Link>
              ) : null}
              {p.canEdit ? (
                <Link href={`/projecten/${p.id}/producten`} className="rounded border border-brand-700 px-4 py-1.5 text-brand-700">
                  Producten
                </Link>
              ) : null}
              {canUpdate && period ? (
                <Link href={`/projecten/${p.id}/update`} className="rounded border border-brand-700 px-4 py-1.5 text-brand-700">
                  Voortgangsupdate {period.label}
                </Link>
              ) : null}
              {p.canEdit && p.lifecycle === "DRAFT" && leads ? <SubmitProjectButton projectId={p.id} version={p.version} /> : null}
            </>
          ) : undefined
        }
        title={p.title}
        intro={
          <>
            {p.wirNumber} · {p.region.name}
            {p.concessiehouderName ? ` · ${p.concessiehouderName}` : ""} · {p.hoofdrubriek.label}{" "}
            {p.isPublic ? <Badge tone="info">Gepubliceerd</Badge> : <Badge>Niet openbaar</Badge>}{" "}
            {p.lifecycle === "DRAFT" ? <Badge tone="warning">Concept</Badge> : null}
            {projectNumberNote(p.wirNumber) ? <span className="mt-1 block text-sm">{projectNumberNote(p.wirNumber)}</span> : null}
          </>
        }
      />
      {publication ? (
        <Card title="Projectenbank" className="mb-6">
          <PublicationForm panel={{ ...publication, publishedAt: publication.publishedAt?.toISOString() ?? null, withdrawnAt: publication.withdrawnAt?.toISOString() ?? null }} />
        </Card>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Projectkaart" className="space-y-4 lg:col-span-2">
          <TextSection title={PROJECT_FIELDS.goal.label} text={p.goal} />
          <TextSection title={PROJECT_FIELDS.description.label} text={p.description} />
          <TextSection title={PROJECT_FIELDS.results.label} text={p.results} />
          <TextSection title={PROJECT_FIELDS.deliveredProducts.label} text={p.deliveredProducts} />
          <TextSection title={PROJECT_FIELDS.lessonsLearned.label} text={p.lessonsLearned} />
          {!p.goal && !p.description && !p.results ? <EmptyState>Voor dit project is nog geen beschrijving ingevuld.</EmptyState> : null}
        </Card>
        <Card title="Gegevens">
          <dl className="space-y-2 text-sm">
            <Term label="Zorgkantoorregio">
              {p.region.zorgkantoorregio.name} ({p.region.zorgkantoorregio.cbsCode})
            </Term>
            <Term label="Kartrekker">{p.leadOrganisation?.name ?? "—"}</Term>
            <Term label="Partners">
              {p.partners.length ? (
                <ul>
                  {p.partners.map((o) => (
                    <li key={o.id}>
                      {o.name} <span className="text-muted">({ORGANISATION_TYPE.label(o.type)})</span>
                    </li>
                  ))}
                </ul>
              ) : (
                "—"
              )}
            </Term>
            <Term label="Kwaliteitskader-thema's">{p.themes.length ? p.themes.map((t) => t.label).join(", ") : "—"}</Term>
            <Term label="Looptijd">
              {formatDate(p.startDate)} tot {formatDate(p.endDate)}
            </Term>
            <Term label="Budget (ontwikkelgelden)">{formatEuros(p.budgetEuros)}</Term>
            <Term label="Projectleiders">
              {p.leaders.length ? p.leaders.map((l) => l.name).join(", ") : "Nog geen projectleider"}
              {p.inScope && hasPermission(ctx.actor, "leader:invite") ? (
                <>
                  {" "}
                  <Link href={`/projecten/${p.id}/leiders`} className="no-print underline">
                    Projectleider uitnodigen
                  </Link>
                </>
              ) : null}
            </Term>
            <Term label="Contactpersonen">
              {p.contacts.length ? (
                <ul>
                  {p.contacts.map((c) => (
                    <li key={c.id}>
                      {c.name}
                      {c.role ? `, ${c.role}` : ""}
                      {c.organisation ? ` (${c.organisation})` : ""}
                      {c.email ? (
                        <>
                          {" "}
                          · <a href={`mailto:${c.email}`} className="text-brand-700 underline">{c.email}</a>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : (
                "—"
              )}
            </Term>
            {p.links.length ? (
              <Term label="Links">
                <ul>
                  {p.links.map((l) => (
                    <li key={l.id}>
                      <a href={l.url} rel="noopener noreferrer" className="text-brand-700 underline">
                        {l.label || l.url}
                      </a>
                    </li>
                  ))}
                </ul>
              </Term>
            ) : null}
          </dl>
        </Card>
      </div>

      {results.inScope ? (
        <section id="resultaten" className="mt-6 rounded-lg border border-gray-200 bg-white p-5 shadow-sm" aria-labelledby="resultaten-kop">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 id="resultaten-kop" className="text-lg font-semibold text-brand-800">Resultaten en traject</h2>
            {results.canEdit || results.canRecordFunding ? (
              <Link href={`/projecten/${p.id}/resultaten`} className="rounded border border-brand-700 px-4 py-1.5 text-brand-700">
                {results.canEdit ? "Indicatoren en traject bijwerken" : "Financieringsbesluit vastleggen"}
              </Link>
            ) : null}
          </div>
          <div className="grid gap-6 lg:grid-cols-3">
            <div className="lg:col-span-2">
              <h3 className="mb-2 font-semibold">Indicatoren</h3>
              <IndicatorCards indicators={results.indicators} />
            </div>
            <div>
              <h3 className="mb-2 font-semibold">Traject</h3>
              <TrajectTimeline steps={results.traject} current={results.current} />
            </div>
          </div>
        </section>
      ) : null}
      {results.finalEvaluation ? <FinalEvaluationCard evaluation={results.finalEvaluation} /> : null}

      {p.inScope ? (
        <Card title="Beoordelingen per rapportageperiode" className="mt-6">
          {p.assessments.length === 0 ? (
            <EmptyState>Dit project is nog in geen enkele periode beoordeeld.</EmptyState>
          ) : (
            <ScrollTable caption="Beoordelingen per rapportageperiode" columns={["Periode", ...JUDGEMENT_CHOICES.map((c) => c.label), numeric(JUDGEMENT_FIELDS.careOrgCount.label)]}>
              {p.assessments.map((a) => (
                <tr key={a.id} className="border-t border-gray-100">
                  <th scope="row" className="px-3 py-2 font-medium">{a.period.label}</th>
                  <td className="px-3 py-2"><StatusBadge status={a.status} /></td>
                  <td className="px-3 py-2">{a.impact ? IMPACT.label(a.impact) : "—"}</td>
                  <td className="px-3 py-2">{a.sharing ? RESULT_SHARING.label(a.sharing) : "—"}</td>
                  <td className="px-3 py-2">{a.scalability ? SCALABILITY.label(a.scalability) : "—"}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{a.careOrgCount ?? "Onbekend"}</td>
                </tr>
              ))}
            </ScrollTable>
          )}
        </Card>
      ) : null}

      {p.inScope ? (
        <section id="updates" className="mt-6 rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
          <h2 className="mb-3 text-lg font-semibold text-brand-800">Voortgangsupdates per rapportageperiode</h2>
          {updates.length === 0 ? (
            <EmptyState>
              Voor dit project is nog geen voortgangsupdate geschreven.
              {p.lifecycle === "DRAFT" ? " Een concept-project krijgt updates zodra het is ingediend." : ""}
            </EmptyState>
          ) : (
            <UpdateTimeline projectId={p.id} updates={updates} canReview={canReview} />
          )}
        </section>
      ) : null}

      {p.inScope && p.history.length > 0 ? (
        <Card title="Wijzigingsgeschiedenis" className="mt-6" id="geschiedenis">
          <ol className="space-y-3 text-sm">
            {p.history.map((h) => (
              <li key={h.id} className="border-l-2 border-brand-100 pl-3">
                <p>
                  <span className="font-medium">{formatDateTime(h.at)}</span> · {h.actorName}
                </p>
                <AuditChanges action={h.action} entity={h.entity} before={h.before} after={h.after} />
              </li>
            ))}
          </ol>
        </Card>
      ) : null}
      <p className="mt-6 text-sm text-muted">Laatst gewijzigd: {formatDateTime(p.updatedAt)}</p>
    </>
  );
}
