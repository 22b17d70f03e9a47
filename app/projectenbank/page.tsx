import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { LoadingState } from "@/components/ui/loading";
import { publicCtx } from "@/lib/server/projectenbank/context";
import { searchCatalogue } from "@/lib/server/projectenbank/search";
import { catalogueQuerySchema, catalogueSearchParams, SORTS, type CatalogueQuery } from "@/lib/domain/projectenbank/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { ChoiceOptions } from "@/components/ui/filter-select";
import { brochureKind, brochureLinks } from "@/lib/domain/projectenbank/brochure";
import { CatalogueFacets, CatalogueHitCard, CatalogueSearchForm, Paging } from "@/components/ui/catalogue";

export const metadata: Metadata = {
  title: "Projectenbank",
  description: "De gepubliceerde projectkaarten van de regionale transitieprojecten in de verpleeghuiszorg: doel, resultaten, producten en geleerde lessen.",
  openGraph: { title: "Regiotafel Projectenbank", description: "Leer van de transitieprojecten in andere regio's.", type: "website" },
};

const SORT_LABELS: Record<(typeof SORTS)[number], string> = { relevantie: "Relevantie", titel: "Titel", nummer: "Projectnummer", start: "Startdatum (nieuwste eerst)" };

/** The brochure link's text: the region's or concessiehouder's brochure, or one of this selection. */
function brochureLabel(query: CatalogueQuery, facets: Awaited<ReturnType<typeof searchCatalogue>>["facets"]): string {
  const name = (key: "regio" | "concessiehouder") => facets[key].find((f) => f.value === query[key])?.label ?? query[key];
  const kind = brochureKind(query);
  if (kind === "regio") return `Brochure van regio ${name("regio")} (afdrukken of Word)`;
  if (kind === "concessiehouder") return `Brochure van ${name("concessiehouder")} (afdrukken of Word)`;
  return "Brochure van deze projecten (afdrukken of Word)";
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The search results stream in behind a loading state (the list has no refusal or 404 to keep). */
export default function ProjectenbankPage(props: Props) {
  return (
    <Suspense fallback={<LoadingState text="De projecten worden geladen…" />}>
      <Catalogue {...props} />
    </Suspense>
  );
}

async function Catalogue({ searchParams }: Props) {
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
      <CatalogueSearchForm
        base={base}
        query={query}
        label="Zoeken"
        placeholder="bijvoorbeeld: nachtzorg, leefcirkels, zelfroosteren"
        problems={parsed.success ? null : parsed.error.issues.map((i) => i.message)}
        problemNote="De zoekopdracht is zonder filters uitgevoerd."
      >
        <div>
          <label htmlFor="sorteer" className="block text-sm font-medium">
            Sorteren op
          </label>
          <select id="sorteer" name="sorteer" defaultValue={query.sorteer ?? ""} className="mt-1 rounded border border-gray-400 px-3 py-2">
            <ChoiceOptions options={SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))} empty={query.q ? "Relevantie" : "Projectnummer"} />
          </select>
        </div>
      </CatalogueSearchForm>
      <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
        <aside aria-label="Filters" className="no-print">
          <CatalogueFacets base={base} query={query} facets={result.facets} />
        </aside>
        <section aria-labelledby="resultaten">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="resultaten" className="text-lg font-semibold" aria-live="polite">
              {result.total === 1 ? "1 project" : `${result.total.toLocaleString("nl-NL")} projecten`}
            </h2>
            <p className="no-print flex flex-wrap gap-x-4 text-sm">
              <Link className="text-brand-700 underline" href={brochureLinks(query).page}>
                {brochureLabel(query, result.facets)}
              </Link>
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
