import type { Metadata } from "next";
import Link from "next/link";
import { publicCtx } from "@/lib/server/projectenbank/context";
import { publicLessons } from "@/lib/server/projectenbank/lessons";
import { cardPath, catalogueQuerySchema } from "@/lib/domain/projectenbank/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { CatalogueFacets, CatalogueSearchForm, Paging } from "@/components/ui/catalogue";

export const metadata: Metadata = {
  title: "Geleerde lessen",
  description: "Wat de regionale transitieprojecten in de verpleeghuiszorg hebben geleerd, per kwaliteitskader-thema en per hoofdrubriek.",
  openGraph: { title: "Geleerde lessen — Regiotafel Projectenbank", description: "Leer van wat andere regio's al hebben uitgeprobeerd.", type: "website" },
};

const lessonQuerySchema = catalogueQuerySchema.pick({ q: true, thema: true, rubriek: true, pagina: true });

/** Lessons learned across the published cards: browse by theme or hoofdrubriek, or search. */
export default async function LessonsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await publicCtx();
  const parsed = lessonQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : {};
  const result = await publicLessons(ctx, query);
  const base = "/projectenbank/lessen";
  const themeLabel = result.facets.thema.find((t) => t.value === query.thema)?.label;
  const rubriekLabel = result.facets.rubriek.find((r) => r.value === query.rubriek)?.label;
  const selection = [themeLabel && `thema ${themeLabel}`, rubriekLabel && `hoofdrubriek ${rubriekLabel}`].filter(Boolean).join(", ");
  return (
    <>
      <PageHeader
        title="Geleerde lessen"
        intro="Wat de projecten hebben geleerd: wat werkte, wat niet, en wat zij een volgende regio aanraden. Blader per kwaliteitskader-thema of hoofdrubriek, of zoek op een woord."
      />
      <CatalogueSearchForm
        base={base}
        query={query}
        label="Zoeken in de lessen"
        placeholder="bijvoorbeeld: draagvlak, roosters, nachtdienst"
        problems={parsed.success ? null : parsed.error.issues.map((i) => i.message)}
        problemNote="De lessen worden zonder filters getoond."
      />
      <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
        <aside aria-label="Bladeren" className="no-print">
          <CatalogueFacets base={base} query={query} facets={result.facets} keys={["thema", "rubriek"]} noun="lessen" />
        </aside>
        <section aria-labelledby="lessen-resultaten">
          <h2 id="lessen-resultaten" className="mb-3 text-lg font-semibold" aria-live="polite">
            {result.total === 1 ? "1 les" : `${result.total.toLocaleString("nl-NL")} lessen`}
            {selection ? ` (${selection})` : ""}
          </h2>
          {result.items.length === 0 ? (
            <EmptyState>Geen lessen gevonden. Probeer een ander woord of kies een ander thema.</EmptyState>
          ) : (
            <div className="space-y-3">
              {result.items.map((lesson, i) => {
                const rubriek = lesson.project.hoofdrubriekLabel;
                const heading = i === 0 || result.items[i - 1].project.hoofdrubriekLabel !== rubriek ? rubriek : null;
                return (
                  <div key={lesson.id}>
                    {heading ? <h3 className="mb-2 mt-4 text-base font-semibold text-brand-800">{heading}</h3> : null}
                    <article className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
                      {lesson.title ? <h4 className="font-semibold">{lesson.title}</h4> : null}
                      <p className="whitespace-pre-line">{lesson.text}</p>
                      <p className="mt-2 text-sm text-muted">
                        Uit{" "}
                        <Link className="text-brand-700 underline" href={cardPath(lesson.project)}>
                          {lesson.project.title}
                        </Link>{" "}
                        ({lesson.project.wirNumber}, {lesson.project.regionName})
                      </p>
                    </article>
                  </div>
                );
              })}
            </div>
          )}
          <Paging base={base} query={query} page={result.page} pages={result.pages} />
        </section>
      </div>
    </>
  );
}
