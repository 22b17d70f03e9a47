import Link from "next/link";
import { PROJECT_STATUS } from "@/lib/domain/enums";

type Option = { code: string; name?: string; label?: string };

function Select({ name, label, options, value }: { name: string; label: string; options: Option[]; value?: string }) {
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className="mt-1 w-full rounded border border-gray-400 bg-white px-2 py-1.5">
        <option value="">Alle</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name ?? o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: filters live in the URL, so a view can be bookmarked and shared. */
export function ProjectFilters({
  refs,
  values,
}: {
  refs: { regions: Option[]; hoofdrubrieken: Option[]; concessiehouders: Option[] };
  values: { q?: string; regio?: string; rubriek?: string; ch?: string; status?: string; mijn?: string; periode?: string };
}) {
  return (
    <form method="get" role="search" aria-label="Projecten filteren" className="no-print mb-6 grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6">
      <div className="sm:col-span-3 lg:col-span-2">
        <label htmlFor="f-q" className="block text-sm font-medium">
          Zoeken (titel, WIR-nummer, beschrijving)
        </label>
        <input id="f-q" name="q" type="search" defaultValue={values.q ?? ""} className="mt-1 w-full rounded border border-gray-400 px-2 py-1.5" />
      </div>
      <Select name="regio" label="(Sub)regio" options={refs.regions} value={values.regio} />
      <Select name="ch" label="Concessiehouder" options={refs.concessiehouders} value={values.ch} />
      <Select name="rubriek" label="Hoofdrubriek" options={refs.hoofdrubrieken} value={values.rubriek} />
      <Select name="status" label="Status" options={PROJECT_STATUS.options.map((o) => ({ code: o.value, label: o.label }))} value={values.status} />
      {values.mijn ? <input type="hidden" name="mijn" value="1" /> : null}
      {values.periode ? <input type="hidden" name="periode" value={values.periode} /> : null}
      <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-6">
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800">
          Filteren
        </button>
        <Link href="/projecten" className="px-2 py-1.5 text-brand-700 underline">
          Filters wissen
        </Link>
      </div>
    </form>
  );
}
