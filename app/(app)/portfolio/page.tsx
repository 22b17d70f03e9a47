import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { hasPermission } from "@/lib/server/core/authz";
import { portfolioFilterOptions, portfolioPage } from "@/lib/server/review/portfolio";
import { IMPACT, PROJECT_STATUS, SCALABILITY, UPDATE_STATE } from "@/lib/domain/enums";
import { PAGE_SIZES, parsePortfolioQuery, portfolioQueryString, type PortfolioQuery, type SortKey } from "@/lib/domain/portfolio";
import { isNational } from "@/lib/domain/actor";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { PortfolioFilters } from "@/components/forms/portfolio-filters";
import { requirePagePermission } from "@/lib/server/core/page-access";

export const metadata: Metadata = { title: "Portfolio" };

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "wirNumber", label: "WIR-nummer" },
  { key: "title", label: "Titel" },
  { key: "regionName", label: "(Sub)regio" },
  { key: "concessiehouderName", label: "Concessiehouder" },
  { key: "hoofdrubriekLabel", label: "Hoofdrubriek" },
  { key: "status", label: "Projectstatus" },
  { key: "impact", label: "Mate van impact" },
  { key: "scalability", label: "Opschaalbaarheid" },
  { key: "updateState", label: "Update" },
];

function SortHeader({ query, col }: { query: PortfolioQuery; col: { key: SortKey; label: string } }) {
  const active = (query.sort ?? "regionName") === col.key;
  const dir = active ? (query.dir ?? "asc") : null;
  const next = active && dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"} className="px-3 py-2 font-semibold">
      <Link href={`/portfolio${portfolioQueryString(query, { sort: col.key, dir: next, pagina: undefined })}`} className="inline-flex items-center gap-1 hover:underline">
        {col.label}
        <span aria-hidden="true" className="text-xs text-muted">
          {dir === "asc" ? "▲" : dir === "desc" ? "▼" : "↕"}
        </span>
        <span className="sr-only">{active ? (dir === "asc" ? ", oplopend gesorteerd" : ", aflopend gesorteerd") : ", sorteren"}</span>
      </Link>
    </th>
  );
}

export default async function PortfolioPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "portfolio:read");
  const query = parsePortfolioQuery(await searchParams);
  const [data, options] = await Promise.all([portfolioPage(ctx, query), portfolioFilterOptions(ctx)]);
  const qs = portfolioQueryString(query, { pagina: undefined, per: undefined });
  const own = isNational(ctx.actor) ? null : options.regions.map((r) => r.name).join(", ");
  const canExport = hasPermission(ctx.actor, "portfolio:export");
  return (
    <>
      <PageHeader
        title="Portfolio"
        intro={
          <>
            {own ? `De projecten in de regio's van uw concessiehouder: ${own}.` : "Alle projecten, landelijk."} Stand bij periode{" "}
            <strong>{data.period?.label ?? "—"}</strong>. De filters staan in het adres van deze pagina, zodat u een overzicht kunt bewaren of delen.
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
      <PortfolioFilters query={query} options={options} periodCode={query.periode ?? null} />
      <p className="mb-2 text-sm" aria-live="polite">
        {data.total} {data.total === 1 ? "project" : "projecten"} gevonden{data.total > 0 ? `; pagina ${data.page} van ${data.pages}` : ""}.
      </p>
      {data.total === 0 ? (
        <EmptyState>Geen projecten met deze filters.</EmptyState>
      ) : (
        <div tabIndex={0} className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Portfolio, periode {data.period?.label ?? "onbekend"}</caption>
            <thead className="bg-gray-50">
              <tr>
                {COLUMNS.map((c) => (
                  <SortHeader key={c.key} query={query} col={c} />
                ))}
              </tr>
            </thead>
            <tbody>
              {data.items.map((r) => (
                <tr key={r.id} className="border-t border-gray-100 odd:bg-white even:bg-gray-50/50">
                  <td className="px-3 py-2 whitespace-nowrap">{r.wirNumber}</td>
                  <td className="px-3 py-2">
                    <Link href={`/beoordelen/${r.id}${data.period ? `?periode=${data.period.code}` : ""}`} className="text-brand-700 underline">
                      {r.title}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{r.regionName}</td>
                  <td className="px-3 py-2">{r.concessiehouderName ?? "—"}</td>
                  <td className="px-3 py-2">{r.hoofdrubriekLabel}</td>
                  <td className="px-3 py-2">{r.status ? PROJECT_STATUS.label(r.status) : <span className="text-muted">Nog niet beoordeeld</span>}</td>
                  <td className="px-3 py-2">{r.impact ? IMPACT.label(r.impact) : "—"}</td>
                  <td className="px-3 py-2">{r.scalability ? SCALABILITY.label(r.scalability) : "—"}</td>
                  <td className="px-3 py-2">{r.updateState ? UPDATE_STATE.label(r.updateState) : "Geen"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.total > 0 ? (
        <nav aria-label="Pagina's" className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          {data.page > 1 ? (
            <Link href={`/portfolio${portfolioQueryString(query, { pagina: data.page - 1 })}`} className="text-brand-700 underline" rel="prev">
              Vorige pagina
            </Link>
          ) : null}
          <span>
            Pagina {data.page} van {data.pages}
          </span>
          {data.page < data.pages ? (
            <Link href={`/portfolio${portfolioQueryString(query, { pagina: data.page + 1 })}`} className="text-brand-700 underline" rel="next">
              Volgende pagina
            </Link>
          ) : null}
          <span className="ml-4">Per pagina:</span>
          {PAGE_SIZES.map((n) =>
            n === data.size ? (
              <span key={n} aria-current="true" className="font-semibold">
                {n}
              </span>
            ) : (
              <Link key={n} href={`/portfolio${portfolioQueryString(query, { per: n, pagina: undefined })}`} className="text-brand-700 underline">
                {n}
              </Link>
            ),
          )}
        </nav>
      ) : null}
    </>
  );
}
