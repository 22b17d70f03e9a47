import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { hasPermission } from "@/lib/server/core/authz";
import { listFilterOptions, listProjectPage } from "@/lib/server/projects/list";
import { IMPACT, PROJECT_STATUS, SCALABILITY, UPDATE_STATE } from "@/lib/domain/enums";
import { TRAJECT_STAGE } from "@/lib/domain/results/enums";
import { isStalled } from "@/lib/domain/results/compute";
import { parseProjectListQuery, projectListSearch } from "@/lib/domain/project-list";
import { isNational } from "@/lib/domain/actor";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { ListFilters, ListProblems, ListTable, Pager, PROJECT_COLUMNS, ProjectRow } from "@/components/tables/list-controls";
import { requirePagePermission } from "@/lib/server/core/page-access";

export const metadata: Metadata = { title: "Portfolio" };


export default async function PortfolioPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "portfolio:read");
  const { query, problems } = parseProjectListQuery(await searchParams);
  const [data, options] = await Promise.all([listProjectPage(ctx, "portfolio", query), listFilterOptions(ctx, "portfolio")]);
  const qs = projectListSearch(query, { pagina: undefined, per: undefined });
  const own = isNational(ctx.actor) ? null : options.regions.map((r) => r.name).join(", ");
  const canExport = hasPermission(ctx.actor, "portfolio:export");
  return (
    <>
      <PageHeader
        title="Portfolio"
        intro={
          <>
            {own ? `De projecten in de regio's van uw concessiehouder: ${own}.` : "Alle projecten, landelijk."} Stand bij periode{" "}
            <strong>{data.period?.label ?? "—"}</strong>; de trajectfase en de dagen in die fase tellen tot de peildatum. De filters staan in het adres van deze pagina, zodat u een overzicht kunt bewaren of delen.
          </>
        }
        actions={
          <>
            <Link href="/portfolio/volledigheid" className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
              Volledigheid
            </Link>
            {canExport ? (
              <>
                <a href={`/api/portfolio/export${qs ? `${qs}&` : "?"}formaat=csv`} className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
                  Exporteren (CSV)
                </a>
                <a href={`/api/portfolio/export${qs ? `${qs}&` : "?"}formaat=xlsx`} className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
                  Exporteren (Excel)
                </a>
              </>
            ) : null}
          </>
        }
      />
      <ListProblems problems={[...problems, ...data.problems]} />
      <ListFilters
        path="/portfolio"
        label="Portfolio filteren"
        query={query}
        choices={options}
        fields={["q", "periode", "regio", "concessiehouder", "rubriek", "status", "impact", "opschaalbaarheid", "update", "traject", "stilstand"]}
      />
      {data.total === 0 ? (
        <EmptyState>Geen projecten met deze filters.</EmptyState>
      ) : (
        <ListTable
          path="/portfolio"
          query={query}
          caption={`Portfolio, periode ${data.period?.label ?? "onbekend"}`}
          columns={[...PROJECT_COLUMNS, "status", "impact", "scalability", "updateState", "trajectStage", "daysInStage"]}
        >
          {data.items.map((r) => (
            <ProjectRow key={r.id} project={r} href={`/beoordelen/${r.id}${data.period ? `?periode=${data.period.code}` : ""}`}>
              <td className="px-3 py-2">{r.status ? PROJECT_STATUS.label(r.status) : <span className="text-muted">Nog niet beoordeeld</span>}</td>
              <td className="px-3 py-2">{r.impact ? IMPACT.label(r.impact) : "—"}</td>
              <td className="px-3 py-2">{r.scalability ? SCALABILITY.label(r.scalability) : "—"}</td>
              <td className="px-3 py-2">{r.updateState ? UPDATE_STATE.label(r.updateState) : "Geen"}</td>
              <td className="px-3 py-2">{r.trajectStage ? TRAJECT_STAGE.label(r.trajectStage) : "—"}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {r.daysInStage ?? "—"}
                {r.trajectStage && isStalled({ stage: r.trajectStage, daysInStage: r.daysInStage ?? 0 }) ? <span className="ml-1 font-semibold text-amber-800">(staat stil)</span> : null}
              </td>
            </ProjectRow>
          ))}
        </ListTable>
      )}
      <Pager path="/portfolio" query={query} page={data} />
    </>
  );
}
