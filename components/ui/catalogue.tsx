import Link from "next/link";
import { Badge } from "./badge";
import { cardPath, catalogueSearchParams, FACET_KEYS, FACET_LABELS, type CatalogueQuery, type FacetKey } from "@/lib/domain/projectenbank/search-params";
import { PROJECT_STATUS, SCALABILITY } from "@/lib/domain/enums";
import type { CatalogueHit, FacetValue } from "@/lib/server/projectenbank/search";

/** Pieces of the public catalogue: facet lists, result cards and paging. No data access. */

const href = (base: string, params: URLSearchParams) => (params.size ? `${base}?${params}` : base);

/** Facet lists with counts; `keys` picks and orders them (the lessons page shows theme and hoofdrubriek), `noun` is what is counted. */
export function CatalogueFacets({
  base,
  query,
  facets,
  keys = FACET_KEYS,
  noun = "projecten",
}: {
  base: string;
  query: CatalogueQuery;
  facets: Partial<Record<FacetKey, FacetValue[]>>;
  keys?: readonly FacetKey[];
  noun?: string;
}) {
  return (
    <div className="space-y-5">
      {keys.map((key) => {
        const values = facets[key] ?? [];
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
                    <span className="tabular-nums text-muted" aria-label={`${v.count} ${noun}`}>
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

/**
 * The search form of a public list page (GET, so the search is in the URL): the text field,
 * optional extra fields (`children`), the query's other filters kept as hidden fields, and under
 * it the message for a query that could not be read.
 */
export function CatalogueSearchForm({
  base,
  query,
  label,
  placeholder,
  problems,
  problemNote,
  children,
}: {
  base: string;
  query: CatalogueQuery;
  label: string;
  placeholder: string;
  /** the messages of a query that could not be read, or null */
  problems: string[] | null;
  problemNote: string;
  children?: React.ReactNode;
}) {
  return (
    <>
      <form role="search" action={base} method="get" className="no-print mb-6 flex flex-wrap items-end gap-3">
        <div className="grow">
          <label htmlFor="q" className="block text-sm font-medium">
            {label}
          </label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className="mt-1 w-full rounded border border-gray-400 px-3 py-2" placeholder={placeholder} />
        </div>
        {children}
        {Object.entries(query)
          .filter(([k, v]) => !["q", "sorteer", "pagina"].includes(k) && v !== undefined)
          .map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={String(v)} />
          ))}
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Zoeken
        </button>
      </form>
      {problems ? (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {problems.join(" ")} {problemNote}
        </p>
      ) : null}
    </>
  );
}
