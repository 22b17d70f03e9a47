import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageCtx } from "@/lib/server/accounts/session";
import { hasPermission } from "@/lib/server/core/authz";
import { findPagePeriod } from "@/lib/server/periods/read";
import { listBulkAssessment } from "@/lib/server/review/assessments";
import { portfolioFilterOptions } from "@/lib/server/review/portfolio";
import { PERIOD_STATE, UPDATE_STATE } from "@/lib/domain/enums";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { BulkAssessmentForm } from "@/components/forms/bulk-assessment-form";
import { bulkAssessmentAction } from "../actions";

export const metadata: Metadata = { title: "Beoordelen in bulk" };

const str = (v: string | string[] | undefined) => (typeof v === "string" && /^[A-Za-z0-9&_-]{1,60}$/.test(v) ? v : undefined);

export default async function BulkAssessmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await pageCtx();
  if (!hasPermission(ctx.actor, "assessment:record")) notFound();
  const sp = await searchParams;
  const period = await findPagePeriod(ctx.db, "work", str(sp.periode));
  if (!period) {
    return (
      <>
        <PageHeader title="Beoordelen in bulk" />
        <EmptyState>Er is nog geen rapportageperiode.</EmptyState>
      </>
    );
  }
  const filter = { regio: str(sp.regio), ch: str(sp.ch), open: sp.open === "1" };
  const [rows, options] = await Promise.all([
    listBulkAssessment(ctx, { periodId: period.id, regionCode: filter.regio, concessiehouderCode: filter.ch, onlyIncomplete: filter.open }),
    portfolioFilterOptions(ctx),
  ]);
  return (
    <>
      <PageHeader
        title="Beoordelen in bulk"
        intro={`Periode ${period.label} (${PERIOD_STATE.label(period.state).toLowerCase()}). Kies per project de beoordeling en sla alles in één keer op. Bij elke keuze staan de waarde van de vorige periode en het voorstel van de inkoper; die worden alleen overgenomen als u daarom vraagt.`}
        actions={
          <Link href={`/beoordelen?periode=${period.code}`} className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
            Terug naar beoordelen
          </Link>
        }
      />
      <form method="get" role="search" aria-label="Projecten kiezen" className="no-print mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-gray-200 bg-white p-3">
        <input type="hidden" name="periode" value={period.code} />
        <div>
          <label htmlFor="b-regio" className="block text-sm font-medium">
            (Sub)regio
          </label>
          <select id="b-regio" name="regio" defaultValue={filter.regio ?? ""} className="mt-1 rounded border border-gray-400 bg-white px-2 py-1.5">
            <option value="">Alle</option>
            {options.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="b-ch" className="block text-sm font-medium">
            Concessiehouder
          </label>
          <select id="b-ch" name="ch" defaultValue={filter.ch ?? ""} className="mt-1 rounded border border-gray-400 bg-white px-2 py-1.5">
            <option value="">Alle</option>
            {options.concessiehouders.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-2 pb-2">
          <input id="b-open" name="open" type="checkbox" value="1" defaultChecked={filter.open} />
          <label htmlFor="b-open" className="text-sm">
            Alleen nog niet (volledig) beoordeelde projecten
          </label>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800">
          Tonen
        </button>
      </form>
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
    </>
  );
}
