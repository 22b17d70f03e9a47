import Link from "next/link";
import { Badge } from "./badge";
import { cardPath, catalogueSearchParams, FACET_KEYS, FACET_LABELS, type CatalogueQuery } from "@/lib/domain/projectenbank/search-params";
import { PROJECT_STATUS, SCALABILITY } from "@/lib/domain/enums";
import type { CatalogueHit, FacetValue } from "@/lib/server/projectenbank/search";

/** Pieces of the public catalogue: facet lists, result cards and paging. No data access. */

const href = (base: string, params: URLSearchParams) => (params.size ? `${base}?${params}` : base);

export function CatalogueFacets({ base, query, facets }: { base: string; query: CatalogueQuery; facets: Record<(typeof FACET_KEYS)[number], FacetValue[]> }) {
  return (
    <div className="space-y-5">
      {FACET_KEYS.map((key) => {
        const values = facets[key];
        const selected = query[key] === undefined ? undefined : String(query[key]);
        if (values.length === 0 && !selected) return null;
        return (
          <section key={key} aria-labelledby={`facet-${key}`}>
            <h2 id={`facet-${key}`} className="mb-1 text-sm font-semibold uppercase tracking-wide text-gray-700">
              {FACET_LABELS[key]}
            </h2>
            <ul className="space-y-0.5 text-sm">
              {selected ? (
                <li>
                  <Link className="text-brand-700 underline" href={href(base, catalogueSearchParams(query, { [key]: undefined, pagina: undefined }))}>
                    × alle {FACET_LABELS[key].toLowerCase()}s tonen
                  </Link>
                </li>
              ) : null}
              {values.map((v) => (
                <li key={v.value}>
                  <Link
                    className={`flex justify-between gap-2 rounded px-1 hover:bg-brand-50 ${selected === v.value ? "font-semibold text-brand-800" : "text-gray-800"}`}
                    aria-current={selected === v.value ? "true" : undefined}
                    href={href(base, catalogueSearchParams(query, { [key]: selected === v.value ? undefined : v.value, pagina: undefined }))}
                  >
                    <span>{v.label}</span>
                    <span className="tabular-nums text-muted" aria-label={`${v.count} projecten`}>
                      {v.count}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

export function CatalogueHitCard({ hit }: { hit: CatalogueHit }) {
  return (
    <article className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <h3 className="text-lg font-semibold">
        <Link href={cardPath(hit)} className="text-brand-800 underline-offset-4 hover:underline">
          {hit.title}
        </Link>
      </h3>
      <p className="mt-0.5 text-sm text-muted">
        {hit.wirNumber} · {hit.regionName}
        {hit.concessiehouderName ? ` · ${hit.concessiehouderName}` : ""} · {hit.hoofdrubriekLabel}
        {hit.leadOrganisation ? ` · kartrekker ${hit.leadOrganisation}` : ""}
      </p>
      {hit.goal ? <p className="mt-2 line-clamp-3">{hit.goal}</p> : null}
      <div className="mt-2 flex flex-wrap gap-1">
        {hit.status ? <Badge tone="info">{PROJECT_STATUS.label(hit.status)}</Badge> : null}
        {hit.scalability ? <Badge>{SCALABILITY.label(hit.scalability)}</Badge> : null}
        {hit.themes.map((t) => (
          <Badge key={t}>{t}</Badge>
        ))}
      </div>
    </article>
  );
}

export function Paging({ base, query, page, pages }: { base: string; query: CatalogueQuery; page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagina's" className="no-print mt-6 flex items-center gap-4">
      {page > 1 ? (
        <Link rel="prev" className="text-brand-700 underline" href={href(base, catalogueSearchParams(query, { pagina: page - 1 }))}>
          ← Vorige
        </Link>
      ) : null}
      <span>
        Pagina {page} van {pages}
      </span>
      {page < pages ? (
        <Link rel="next" className="text-brand-700 underline" href={href(base, catalogueSearchParams(query, { pagina: page + 1 }))}>
          Volgende →
        </Link>
      ) : null}
    </nav>
  );
}
