import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { listBulkAssessment } from "@/lib/server/review/assessments";
import { listFilterOptions } from "@/lib/server/projects/list";
import { PERIOD_STATE, UPDATE_STATE } from "@/lib/domain/enums";
import { parseProjectListQuery } from "@/lib/domain/project-list";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { BulkAssessmentForm } from "@/components/forms/bulk-assessment-form";
import { ListFilters, ListProblems, Pager } from "@/components/tables/list-controls";
import { bulkAssessmentAction } from "../actions";
import { requirePagePermission } from "@/lib/server/core/page-access";
import { NoPeriodYet } from "@/components/ui/no-period";

export const metadata: Metadata = { title: "Beoordelen in bulk" };

/** One page of projects at a time (default 25): a page of the whole country was 2,500 form controls. */
export default async function BulkAssessmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "assessment:record");
  const { query, problems } = parseProjectListQuery(await searchParams);
  const [data, options] = await Promise.all([listBulkAssessment(ctx, query), listFilterOptions(ctx, "bulk")]);
  const period = data.period;
  if (!period) return <NoPeriodYet title="Beoordelen in bulk" />;
  // the period stays in the URL, so paging and filtering keep to it
  const here = { ...query, periode: period.code };
  const rows = data.rows;
  return (
    <>
      <PageHeader
        title="Beoordelen in bulk"
        intro={`Periode ${period.label} (${PERIOD_STATE.label(period.state).toLowerCase()}). Kies per project de beoordeling en sla de pagina in één keer op. Bij elke keuze staan de waarde van de vorige periode en het voorstel van de inkoper; die worden alleen overgenomen als u daarom vraagt.`}
        actions={
          <Link href={`/beoordelen?periode=${period.code}`} className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
            Terug naar beoordelen
          </Link>
        }
      />
      <ListProblems problems={[...problems, ...data.problems]} />
      <ListFilters path="/beoordelen/bulk" label="Projecten kiezen" query={here} choices={options} fields={["q", "regio", "concessiehouder", "rubriek", "onvolledig"]} />
      {period.state !== "OPEN" ? (
        <p className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">Deze periode is niet open: opslaan is niet mogelijk.</p>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState>Geen projecten met deze keuze.</EmptyState>
      ) : (
        <BulkAssessmentForm
          action={bulkAssessmentAction}
          periodId={period.id}
          rows={rows.map((r) => ({
            projectId: r.projectId,
            wirNumber: r.wirNumber,
            title: r.title,
            regionName: r.regionName,
            assessment: r.assessment,
            proposal: r.proposal,
            previous: r.previous,
            updateLabel: r.update ? UPDATE_STATE.label(r.update.state) : "geen",
          }))}
        />
      )}
      <Pager path="/beoordelen/bulk" query={here} page={data} />
    </>
  );
}
