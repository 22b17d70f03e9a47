import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { getAssessmentSheet } from "@/lib/server/review/assessments";
import { notFoundOrThrow } from "@/lib/server/core/boundary";
import { IMPACT, PERIOD_STATE, PROJECT_STATUS, RESULT_SHARING, SCALABILITY, UPDATE_STATE } from "@/lib/domain/enums";
import { PageHeader } from "@/components/ui/page-header";
import { TextSection } from "@/components/ui/text-section";
import { Card, EmptyState } from "@/components/ui/card";
import { getProjectResults } from "@/lib/server/results/project";
import { PeriodMeasurements } from "@/components/ui/project-results";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format";
import { JudgementForm, ReviewForm } from "@/components/forms/review-forms";
import { judgementAction, reviewUpdateAction } from "../actions";
import { requirePagePermission } from "@/lib/server/core/page-access";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import type { Ctx } from "@/lib/server/accounts/session";
import { projectPageExists } from "@/lib/server/projects/page-gate";
import { LoadingState } from "@/components/ui/loading";
import { Term } from "@/components/ui/term";

export const metadata: Metadata = { title: "Beoordeling" };


export default async function AssessmentSheetPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "portfolio:read");
  const { projectId } = await params;
  const sp = await searchParams;
  const periodCode = typeof sp.periode === "string" ? sp.periode : null;
  if (!(await projectPageExists(ctx, projectId, "review", { periodCode }))) notFound();
  return (
    <Suspense fallback={<LoadingState text="De beoordeling wordt geladen…" />}>
      <AssessmentSheet ctx={ctx} projectId={projectId} periodCode={periodCode} />
    </Suspense>
  );
}

async function AssessmentSheet({ ctx, projectId, periodCode }: { ctx: Ctx; projectId: string; periodCode: string | null }) {
  const s = await getAssessmentSheet(ctx, projectId, periodCode).catch(notFoundOrThrow);
  const u = s.update;
  const results = await getProjectResults(ctx, projectId);
  const label = (v: string | null | undefined, e: { label(x: never): string }) => (v ? e.label(v as never) : "—");
  const columns = [
    { title: `Vorige periode${s.previous ? ` (${s.previous.periodLabel})` : ""}`, j: s.previous },
    { title: "Voorstel inkoper", j: s.proposal },
    { title: "Beoordeling WIR", j: s.assessment },
  ];
  return (
    <>
      <PageHeader
        title={s.project.title}
        intro={
          <>
            {s.project.wirNumber} · {s.project.regionName} · {s.project.hoofdrubriekLabel} · periode {s.period.label}{" "}
            <Badge tone={s.period.state === "OPEN" ? "success" : "neutral"}>{PERIOD_STATE.label(s.period.state)}</Badge>
          </>
        }
        actions={
          <>
            <Link href={`/projecten/${s.project.id}`} className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
              Projectkaart
            </Link>
            <Link href={`/beoordelen?periode=${s.period.code}`} className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
              Terug naar beoordelen
            </Link>
          </>
        }
      />
      {!s.writable ? (
        <p className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          De periode {s.period.label} is {PERIOD_STATE.label(s.period.state).toLowerCase()}: de gegevens liggen vast.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Voortgangsupdate van de projectleider" className="space-y-3">
          {!u ? (
            <EmptyState>De projectleider{s.project.leaders.length ? ` (${s.project.leaders.join(", ")})` : ""} heeft voor deze periode nog geen update ingediend.</EmptyState>
          ) : (
            <>
              <p>
                <Badge tone={u.state === "APPROVED" ? "success" : u.state === "SUBMITTED" ? "info" : "warning"}>{UPDATE_STATE.label(u.state)}</Badge>{" "}
                {u.submittedAt ? <span className="text-sm text-muted">{u.state === "SUBMITTED" ? "sinds" : "ingediend op"} {formatDateTime(u.submittedAt)}</span> : null}
              </p>
              {u.state === "DRAFT" ? (
                <p className="text-muted">De update is nog een concept van de projectleider.</p>
              ) : (
                <>
                  <dl className="grid grid-cols-2 gap-2 text-sm">
                    <Term label="Status volgens projectleider">{label(u.status, PROJECT_STATUS)}</Term>
                    <Term label="Betrokken zorgorganisaties">{u.careOrgCount ?? "Onbekend"}</Term>
                  </dl>
                  <TextSection title="Voortgang" text={u.progress} />
                  <TextSection title="Resultaten tot nu toe" text={u.resultsSoFar} />
                  <TextSection title="Geleerde lessen" text={u.lessonsLearned} />
                  <TextSection title="Volgende stappen" text={u.nextSteps} />
                  <TextSection title="Risico's" text={u.risks} />
                  {results.inScope ? <PeriodMeasurements indicators={results.indicators} periodCode={s.period.code} /> : null}
                </>
              )}
              {u.state === "RETURNED" && u.returnComment ? (
                <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
                  <strong>Teruggestuurd met commentaar:</strong> {u.returnComment}
                </p>
              ) : null}
              {s.canReview ? <ReviewForm action={reviewUpdateAction} id={u.id} version={u.version} decidable={u.state === "SUBMITTED" && s.writable} /> : null}
            </>
          )}
        </Card>
        <Card title="Oordelen naast elkaar">
          <div tabIndex={0} className="overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">Vorige periode, voorstel van de inkoper en beoordeling van WIR</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-2">
                    <span className="sr-only">Onderdeel</span>
                  </th>
                  {columns.map((c) => (
                    <th key={c.title} scope="col" className="py-1 pr-2">
                      {c.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {(
                  [
                    ["Projectstatus", (j: typeof s.previous) => label(j?.status, PROJECT_STATUS)],
                    ["Mate van impact", (j: typeof s.previous) => label(j?.impact, IMPACT)],
                    ["Delen van resultaten", (j: typeof s.previous) => label(j?.sharing, RESULT_SHARING)],
                    ["Opschaalbaarheid", (j: typeof s.previous) => label(j?.scalability, SCALABILITY)],
                    ["Betrokken zorgorganisaties", (j: typeof s.previous) => (j ? (j.careOrgCount ?? "Onbekend") : "—")],
                    ["Notitie", (j: typeof s.previous) => j?.note || "—"],
                  ] as const
                ).map(([name, get]) => (
                  <tr key={name} className="border-t border-gray-100 align-top">
                    <th scope="row" className="py-1 pr-2 font-medium">
                      {name}
                    </th>
                    {columns.map((c) => (
                      <td key={c.title} className="py-1 pr-2">
                        {c.j ? get(c.j as typeof s.previous) : "—"}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      </div>
      {s.writable && (s.canRecord || s.canPropose) ? (
        <Card title={s.canRecord ? "Beoordeling vastleggen (WIR)" : "Voorstel voor de beoordeling"} className="mt-6">
          <JudgementForm
            action={judgementAction}
            kind={s.canRecord ? "assessment" : "proposal"}
            projectId={s.project.id}
            periodId={s.period.id}
            current={s.canRecord ? s.assessment : s.proposal}
            suggestions={[
              ...(s.canRecord && s.proposal ? [{ label: "Voorstel inkoper overnemen", values: s.proposal }] : []),
              ...(s.previous ? [{ label: `Waarden van ${s.previous.periodLabel} overnemen`, values: s.previous }] : []),
            ]}
            previous={s.previous}
            proposal={s.canRecord ? s.proposal : null}
          />
        </Card>
      ) : null}
    </>
  );
}
