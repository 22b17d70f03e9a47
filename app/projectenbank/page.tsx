import type { Metadata } from "next";
import Link from "next/link";
import { publicCtx } from "@/lib/server/projectenbank/context";
import { searchCatalogue } from "@/lib/server/projectenbank/search";
import { catalogueQuerySchema, catalogueSearchParams, SORTS, type CatalogueQuery } from "@/lib/domain/projectenbank/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { CatalogueFacets, CatalogueHitCard, Paging } from "@/components/ui/catalogue";

export const metadata: Metadata = {
  title: "Projectenbank",
  description: "De gepubliceerde projectkaarten van de regionale transitieprojecten in de verpleeghuiszorg: doel, resultaten, producten en geleerde lessen.",
  openGraph: { title: "Regiotafel Projectenbank", description: "Leer van de transitieprojecten in andere regio's.", type: "website" },
};

const SORT_LABELS: Record<(typeof SORTS)[number], string> = { relevantie: "Relevantie", titel: "Titel", nummer: "Projectnummer", start: "Startdatum (nieuwste eerst)" };

export default async function ProjectenbankPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await publicCtx();
  const parsed = catalogueQuerySchema.safeParse(await searchParams);
  const query: CatalogueQuery = parsed.success ? parsed.data : {};
  const result = await searchCatalogue(ctx, query);
  const base = "/projectenbank";
  const exportParams = catalogueSearchParams(query, { pagina: undefined, per: undefined });
  return (
    <>
      <PageHeader
        title="Projectenbank"
        intro="Projectkaarten van regionale transitieprojecten in de verpleeghuiszorg, om van elkaar te leren. Zoek op elk woord uit de kaart, de producten en de geleerde lessen."
      />
      <form role="search" action={base} method="get" className="no-print mb-6 flex flex-wrap items-end gap-3">
        <div className="grow">
          <label htmlFor="q" className="block text-sm font-medium">
            Zoeken
          </label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className="mt-1 w-full rounded border border-gray-400 px-3 py-2" placeholder="bijvoorbeeld: nachtzorg, leefcirkels, zelfroosteren" />
        </div>
        <div>
          <label htmlFor="sorteer" className="block text-sm font-medium">
            Sorteren op
          </label>
          <select id="sorteer" name="sorteer" defaultValue={query.sorteer ?? ""} className="mt-1 rounded border border-gray-400 px-3 py-2">
            <option value="">{query.q ? "Relevantie" : "Projectnummer"}</option>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        {Object.entries(query)
          .filter(([k, v]) => !["q", "sorteer", "pagina"].includes(k) && v !== undefined)
          .map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={String(v)} />
          ))}
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Zoeken
        </button>
      </form>
      {!parsed.success ? (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {parsed.error.issues.map((i) => i.message).join(" ")} De zoekopdracht is zonder filters uitgevoerd.
        </p>
      ) : null}
      <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
        <aside aria-label="Filters" className="no-print">
          <CatalogueFacets base={base} query={query} facets={result.facets} />
        </aside>
        <section aria-labelledby="resultaten">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="resultaten" className="text-lg font-semibold" aria-live="polite">
              {result.total === 1 ? "1 project" : `${result.total.toLocaleString("nl-NL")} projecten`}
            </h2>
            <p className="no-print text-sm">
              <Link className="text-brand-700 underline" href={`/api/projectenbank?${exportParams}${exportParams.size ? "&" : ""}formaat=csv`}>
                Download als CSV
              </Link>
            </p>
          </div>
          {result.items.length === 0 ? (
            <EmptyState>Geen gepubliceerde projecten gevonden. Probeer een ander woord of haal een filter weg.</EmptyState>
          ) : (
            <ol className="space-y-3">
              {result.items.map((hit) => (
                <li key={hit.id}>
                  <CatalogueHitCard hit={hit} />
                </li>
              ))}
            </ol>
          )}
          <Paging base={base} query={query} page={result.page} pages={result.pages} />
        </section>
      </div>
    </>
  );
}
