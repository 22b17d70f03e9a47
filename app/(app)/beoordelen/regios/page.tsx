import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { findPagePeriod } from "@/lib/server/periods/read";
import { listRegionScores } from "@/lib/server/review/region-scores";
import { PERIOD_STATE, REGION_SCALES, type RegionScale } from "@/lib/domain/enums";
import { PHASE_DEFINITIONS } from "@/lib/domain/region-phases";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { RegionScoresForm } from "@/components/forms/region-scores-form";
import { regionScoresAction } from "../actions";
import { requirePagePermission } from "@/lib/server/core/page-access";
import { NoPeriodYet } from "@/components/ui/no-period";

export const metadata: Metadata = { title: "Regioscores" };

export default async function RegionScoresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "regionScore:record");
  const sp = await searchParams;
  const period = await findPagePeriod(ctx.db, "work", typeof sp.periode === "string" ? sp.periode : null);
  if (!period) return <NoPeriodYet title="Regioscores" />;
  const rows = await listRegionScores(ctx, period.id);
  return (
    <>
      <PageHeader
        title="Regioscores"
        intro={`Het samenwerkingsproces per (sub)regio in periode ${period.label} (${PERIOD_STATE.label(period.state).toLowerCase()}), op drie schalen. Onder elke keuze staat de fase van de vorige periode.`}
        actions={
          <Link href={`/beoordelen?periode=${period.code}`} className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
            Terug naar beoordelen
          </Link>
        }
      />
      <details className="mb-6 rounded-lg border border-gray-200 bg-white p-4" open>
        <summary className="cursor-pointer font-semibold text-brand-800">Wat betekenen de fases?</summary>
        <div className="mt-3 grid gap-4 md:grid-cols-3">
          {(Object.keys(REGION_SCALES) as RegionScale[]).map((s) => (
            <Card key={s} title={REGION_SCALES[s].title}>
              <ol className="space-y-2 text-sm">
                {REGION_SCALES[s].phases.options.map((o, i) => (
                  <li key={o.value}>
                    <strong>
                      Fase {o.value}: {o.label}.
                    </strong>{" "}
                    {PHASE_DEFINITIONS[s][i]}
                  </li>
                ))}
              </ol>
            </Card>
          ))}
        </div>
      </details>
      {period.state !== "OPEN" ? (
        <p className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">Deze periode is niet open: opslaan is niet mogelijk.</p>
      ) : null}
      <RegionScoresForm
        action={regionScoresAction}
        periodId={period.id}
        rows={rows.map((r) => ({ regionId: r.regionId, name: r.name, concessiehouderName: r.concessiehouderName, score: r.score, previous: r.previous }))}
      />
    </>
  );
}
