import Link from "next/link";
import { IMPACT, PROJECT_STATUS, SCALABILITY, UPDATE_STATE } from "@/lib/domain/enums";
import { NONE, type PortfolioQuery } from "@/lib/domain/portfolio";

type Opt = { value: string; label: string };

function Select({ name, label, options, value, all = "Alle" }: { name: string; label: string; options: Opt[]; value?: string; all?: string }) {
  return (
    <div>
      <label htmlFor={`pf-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`pf-${name}`} name={name} defaultValue={value ?? ""} className="mt-1 w-full rounded border border-gray-400 bg-white px-2 py-1.5">
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: every filter lives in the URL, so a view can be bookmarked and shared. */
export function PortfolioFilters({
  query,
  options,
  periodCode,
}: {
  query: PortfolioQuery;
  periodCode: string | null;
  options: {
    regions: { code: string; name: string }[];
    concessiehouders: { code: string; name: string }[];
    hoofdrubrieken: { code: string; label: string }[];
    periods: { code: string; label: string }[];
  };
}) {
  const none = (label: string) => ({ value: NONE, label });
  return (
    <form method="get" role="search" aria-label="Portfolio filteren" className="no-print mb-4 grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-5">
      <div className="sm:col-span-3 lg:col-span-2">
        <label htmlFor="pf-q" className="block text-sm font-medium">
          Zoeken (titel, WIR-nummer, beschrijving)
        </label>
        <input id="pf-q" name="q" type="search" defaultValue={query.q ?? ""} className="mt-1 w-full rounded border border-gray-400 px-2 py-1.5" />
      </div>
      <Select name="periode" label="Periode" options={options.periods.map((p) => ({ value: p.code, label: p.label }))} value={periodCode ?? undefined} all="Huidige periode" />
      <Select name="regio" label="(Sub)regio" options={options.regions.map((r) => ({ value: r.code, label: r.name }))} value={query.regio} />
      <Select name="ch" label="Concessiehouder" options={options.concessiehouders.map((c) => ({ value: c.code, label: c.name }))} value={query.ch} />
      <Select name="rubriek" label="Hoofdrubriek" options={options.hoofdrubrieken.map((h) => ({ value: h.code, label: h.label }))} value={query.rubriek} />
      <Select name="status" label="Projectstatus" options={[...PROJECT_STATUS.options, none("Nog niet beoordeeld")]} value={query.status} />
      <Select name="impact" label="Mate van impact" options={[...IMPACT.options, none("Nog niet beoordeeld")]} value={query.impact} />
      <Select name="opschaal" label="Opschaalbaarheid" options={[...SCALABILITY.options, none("Nog niet beoordeeld")]} value={query.opschaal} />
      <Select name="update" label="Voortgangsupdate" options={[...UPDATE_STATE.options, none("Geen update")]} value={query.update} />
      {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.dir ? <input type="hidden" name="dir" value={query.dir} /> : null}
      {query.per ? <input type="hidden" name="per" value={query.per} /> : null}
      <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-5">
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800">
          Filteren
        </button>
        <Link href="/portfolio" className="px-2 py-1.5 text-brand-700 underline">
          Filters wissen
        </Link>
      </div>
    </form>
  );
}
