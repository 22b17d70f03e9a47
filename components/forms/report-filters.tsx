import { FilterActions } from "@/components/ui/filter-actions";
import { FilterSelect, type Choice } from "@/components/ui/filter-select";
import type { ReportOptions } from "@/lib/server/report/document";

function Select({ name, label, options, value, all }: { name: string; label: string; options: Choice[]; value?: string; all?: string }) {
  return <FilterSelect id={`r-${name}`} name={name} label={label} options={options} defaultValue={value} all={all} />;
}

/** A plain GET form: period, comparison period and filters live in the URL (bookmarkable). */
export function ReportFilters({
  action,
  options,
  values,
  filters = true,
}: {
  action: string;
  options: ReportOptions;
  values: { periode?: string; vergelijk?: string; concessiehouder?: string; regio?: string; hoofdrubriek?: string };
  filters?: boolean;
}) {
  const periods = [...options.periods].reverse().map((p) => ({ value: p.code, label: p.label }));
  return (
    <form method="get" action={action} aria-label="Periode en filters kiezen" className="no-print mb-6 grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-5">
      <Select name="periode" label="Rapportageperiode" options={periods} value={values.periode} />
      <Select name="vergelijk" label="Vergelijken met" options={periods} value={values.vergelijk} />
      {filters ? (
        <>
          <Select name="concessiehouder" label="Concessiehouder" options={options.concessiehouders.map((c) => ({ value: c.code, label: c.name }))} value={values.concessiehouder} all={options.national ? "Alle" : undefined} />
          <Select name="regio" label="(Sub)regio" options={options.regions.map((r) => ({ value: r.code, label: r.name }))} value={values.regio} all="Alle" />
          <Select name="hoofdrubriek" label="Hoofdrubriek" options={options.hoofdrubrieken.map((h) => ({ value: h.code, label: h.label }))} value={values.hoofdrubriek} all="Alle" />
        </>
      ) : null}
      <FilterActions submitLabel="Tonen" resetHref={action} resetLabel="Standaard herstellen" />
    </form>
  );
}

/** The Dutch messages for a query that could not be used, with the picker to correct it. */
export function QueryProblem({ messages }: { messages: string[] }) {
  return (
    <div role="alert" className="mb-6 rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950">
      <h2 className="font-semibold">Deze rapportage kan niet worden getoond</h2>
      <ul className="mt-2 list-disc pl-5">
        {messages.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
      <p className="mt-2">Kies hieronder een andere periode of filter.</p>
    </div>
  );
}
