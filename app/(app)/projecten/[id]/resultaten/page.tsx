import type { Metadata } from "next";
import type { Ctx } from "@/lib/server/accounts/session";
import Link from "next/link";
import { notFound } from "next/navigation";
import { notFoundOrThrow } from "@/lib/server/core/boundary";
import { getProject } from "@/lib/server/projects/read";
import { getProjectResults } from "@/lib/server/results/project";
import { listLibrary } from "@/lib/server/results/library";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";
import { TrajectTimeline } from "@/components/ui/project-results";
import { AddProjectIndicatorForm, EditProjectIndicatorForm, FinalEvaluationForm, FundingDecisionForm, TrajectStepForm } from "@/components/forms/results-forms";
import { INDICATOR_UNIT } from "@/lib/domain/results/enums";
import {
  recordFundingDecisionAction,
  removeProjectIndicatorAction,
  saveFinalEvaluationAction,
  saveProjectIndicatorAction,
  saveTrajectStepAction,
} from "./actions";
import { gatedProjectPage } from "../gate";

export const metadata: Metadata = { title: "Resultaten en traject" };

/** Leader / WIR: indicators, traject, final evaluation. Inkoper: the funding decision. */
export default async function ProjectResultsPage({ params }: { params: Promise<{ id: string }> }) {
  return gatedProjectPage((await params).id, { permissions: ["project:edit", "funding:record"], page: "results", loadingText: "Resultaten en traject worden geladen…" }, (ctx, id) => <ResultsPage ctx={ctx} id={id} />);
}

async function ResultsPage({ ctx, id }: { ctx: Ctx; id: string }) {
  const project = await getProject(ctx, id).catch(notFoundOrThrow);
  const results = await getProjectResults(ctx, id).catch(notFoundOrThrow);
  if (!results.inScope || (!results.canEdit && !results.canRecordFunding)) notFound();
  const library = results.canEdit ? await listLibrary(ctx, { activeOnly: true }) : [];
  const chosen = new Set(results.indicators.map((i) => i.indicator.id));
  const funding = results.traject.find((s) => s.stage === "FUNDING") ?? null;
  return (
    <>
      <PageHeader
        title={`Resultaten en traject: ${project.title}`}
        intro={`${project.wirNumber} · ${project.region.name}`}
        actions={
          <Link href={`/projecten/${project.id}#resultaten`} className="text-brand-700 underline">
            Terug naar het project
          </Link>
        }
      />
      {results.canEdit ? (
        <>
          <Card title="Indicatoren, nulmeting en streefwaarde" className="space-y-6">
            {results.indicators.length === 0 ? (
              <EmptyState>Dit project meet nog geen indicator. Kies er hieronder een, met de nulmeting en de streefwaarde: dan ziet u in elke voortgangsupdate wat het project oplevert.</EmptyState>
            ) : null}
            {results.indicators.map((i) => (
              <section key={i.id} aria-labelledby={`pi-${i.id}-kop`} className="border-b border-gray-100 pb-4">
                <h3 id={`pi-${i.id}-kop`} className="font-semibold">
                  {i.indicator.name} <span className="text-sm font-normal text-muted">({INDICATOR_UNIT.label(i.indicator.unit)}{i.indicator.own ? ", eigen indicator" : ""})</span>
                </h3>
                <EditProjectIndicatorForm
                  action={saveProjectIndicatorAction}
                  removeAction={removeProjectIndicatorAction}
                  projectId={project.id}
                  item={{
                    id: i.id,
                    version: i.version,
                    name: i.indicator.name,
                    hasMeasurements: i.measurements.length > 0,
                    baselineValue: i.baseline?.value ?? null,
                    baselineDate: i.baseline?.date ?? null,
                    baselineMethod: i.baseline?.method ?? "",
                    targetValue: i.target?.value ?? null,
                    targetDate: i.target?.date ?? null,
                  }}
                />
              </section>
            ))}
            <section aria-labelledby="pi-nieuw-kop">
              <h3 id="pi-nieuw-kop" className="mb-2 font-semibold">Indicator toevoegen</h3>
              <p className="mb-2 text-sm text-muted">
                Kies bij voorkeur een indicator uit de bibliotheek: dan telt uw project mee in de vergelijking tussen projecten. De metingen per periode vult u in bij de voortgangsupdate.
              </p>
              <AddProjectIndicatorForm
                action={saveProjectIndicatorAction}
                projectId={project.id}
                library={library.filter((l) => !chosen.has(l.id)).map((l) => ({ id: l.id, name: l.name, unit: l.unit, definition: l.definition }))}
              />
            </section>
          </Card>
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <Card title="Traject">
              <TrajectTimeline steps={results.traject} current={results.current} />
              <div className="mt-4">
                <TrajectStepForm action={saveTrajectStepAction} projectId={project.id} versions={Object.fromEntries(results.traject.map((s) => [s.stage, s.version]))} />
              </div>
            </Card>
            <Card title="Eindevaluatie">
              <FinalEvaluationForm action={saveFinalEvaluationAction} projectId={project.id} values={results.finalEvaluation} />
            </Card>
          </div>
        </>
      ) : null}
      {results.canRecordFunding ? (
        <Card title="Financieringsbesluit zorgkantoor" className="mt-6">
          <FundingDecisionForm
            action={recordFundingDecisionAction}
            projectId={project.id}
            current={funding ? { version: funding.version, decision: funding.fundingDecision, date: funding.date, amountEuros: funding.fundingAmountEuros, note: funding.note } : null}
          />
        </Card>
      ) : null}
    </>
  );
}
