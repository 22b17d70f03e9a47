import type { Metadata } from "next";
import Link from "next/link";
import { getUpdateForm } from "@/lib/server/updates";
import { notFoundOrThrow } from "@/lib/server/core/boundary";
import { leaderCanEdit, UPDATE_PROGRESS_LABEL } from "@/lib/domain/update-workflow";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";
import { UpdateForm } from "@/components/forms/update-form";
import { formatDateTime } from "@/components/ui/format";
import { getMeasurementForm } from "@/lib/server/results/project";
import { MeasurementsForm } from "@/components/forms/results-forms";
import { saveMeasurementsAction } from "../resultaten/actions";
import { runningPeriodWithDeadlines } from "@/lib/server/tasks";
import { DeadlineText } from "@/components/ui/deadline";
import type { Ctx } from "@/lib/server/accounts/session";
import { gatedProjectPage } from "../gate";

export const metadata: Metadata = { title: "Voortgangsupdate" };

export default async function UpdatePage({ params }: { params: Promise<{ id: string }> }) {
  return gatedProjectPage((await params).id, { permissions: ["update:submit"], page: "update", loadingText: "De voortgangsupdate wordt geladen…" }, (ctx, id) => <UpdateFormPage ctx={ctx} id={id} />);
}

async function UpdateFormPage({ ctx, id }: { ctx: Ctx; id: string }) {
  const form = await getUpdateForm(ctx, id).catch(notFoundOrThrow);
  const { project, period, update } = form;
  const back = (
    <Link href={`/projecten/${project.id}`} className="text-brand-700 underline">
      Terug naar het project
    </Link>
  );
  if (!period) {
    return (
      <>
        <PageHeader title={`Voortgangsupdate: ${project.title}`} />
        <EmptyState>Er is op dit moment geen rapportageperiode open. U krijgt bericht zodra de volgende opengaat. {back}</EmptyState>
      </>
    );
  }
  const state = update?.state ?? "NONE";
  const title = `Voortgangsupdate ${period.label}`;
  const intro = `${project.title} · ${project.wirNumber} · ${project.region.name} · ${UPDATE_PROGRESS_LABEL[state]}`;
  if (project.lifecycle !== "ACTIVE") {
    return (
      <>
        <PageHeader title={title} intro={intro} />
        <EmptyState>Dit project is nog een concept. Dien eerst het project zelf in; daarna schrijft u de voortgangsupdate. {back}</EmptyState>
      </>
    );
  }
  if (!leaderCanEdit(state, period.state)) {
    return (
      <>
        <PageHeader title={title} intro={intro} />
        <EmptyState>
          {state === "SUBMITTED"
            ? `U heeft deze update ingediend${update?.submittedAt ? ` op ${formatDateTime(update.submittedAt)}` : ""}. Het zorgkantoor beoordeelt hem; wordt hij teruggestuurd, dan kunt u hem hier aanpassen.`
            : "Deze update is goedgekeurd en kan niet meer worden gewijzigd."}{" "}
          {back}
        </EmptyState>
      </>
    );
  }
  const v = form.values;
  const [measurements, deadlines] = await Promise.all([getMeasurementForm(ctx, project.id), runningPeriodWithDeadlines(ctx)]);
  return (
    <>
      <PageHeader title={title} intro={intro} />
      {deadlines?.id === period.id && deadlines.updateDeadline ? (
        <p className="mb-4 font-medium">
          <DeadlineText deadline={deadlines.updateDeadline} label="Deadline" />
        </p>
      ) : null}
      {state === "RETURNED" ? (
        <Card title="Teruggestuurd met opmerking" className="mb-6 border-amber-300 bg-amber-50">
          <p className="whitespace-pre-line">{update?.returnComment || "(geen opmerking)"}</p>
          <p className="mt-2 text-sm text-muted">Pas de update aan en dien hem opnieuw in.</p>
        </Card>
      ) : null}
      {form.prefilledFrom ? (
        <p role="note" className="mb-4 rounded border border-brand-100 bg-brand-50 p-3">
          Ingevuld met {form.prefilledFrom}. Pas aan wat veranderd is.
        </p>
      ) : null}
      <Card title={`Metingen ${period.label}`} className="mb-6" id="metingen">
        {measurements.rows.length === 0 ? (
          <p className="text-sm text-muted">
            Dit project heeft nog geen indicatoren. <Link href={`/projecten/${project.id}/resultaten`} className="text-brand-700 underline">Kies indicatoren met een nulmeting en streefwaarde</Link>; dan vult u hier elke periode de meting in.
          </p>
        ) : (
          <>
            <p className="mb-3 text-sm text-muted">De metingen horen bij deze update: sla ze op vóór u de update indient; daarna liggen ze vast.</p>
            <MeasurementsForm action={saveMeasurementsAction} projectId={project.id} periodLabel={period.label} rows={measurements.rows} />
          </>
        )}
      </Card>
      <Card title="Voortgang">
        <UpdateForm
          projectId={project.id}
          periodCode={period.code}
          version={update?.version ?? 0}
          initial={{
            status: v.status ?? "",
            progress: v.progress,
            resultsSoFar: v.resultsSoFar,
            lessonsLearned: v.lessonsLearned,
            nextSteps: v.nextSteps,
            risks: v.risks,
            careOrgCount: v.careOrgCount == null ? "" : String(v.careOrgCount),
          }}
        />
      </Card>
      <p className="mt-4">{back}</p>
    </>
  );
}
