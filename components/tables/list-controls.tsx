import Link from "next/link";
import { FilterActions } from "@/components/ui/filter-actions";
import { FilterSelect, type Choice } from "@/components/ui/filter-select";
import type { ReactNode } from "react";
import { IMPACT, PROJECT_STATUS, RESULT_SHARING, SCALABILITY, UPDATE_STATE } from "@/lib/domain/enums";
import { TRAJECT_STAGE } from "@/lib/domain/results/enums";
import { JUDGEMENT_FIELDS, LIST_FIELDS, PROJECT_FIELDS } from "@/lib/domain/fields";
import { LIST_COLUMNS, LIST_PARAMS, NONE, PAGE_SIZES, projectListSearch, type ListParam, type ProjectListQuery, type SortKey } from "@/lib/domain/project-list";

/**
 * The controls every project list shares (/projecten, /portfolio, the bulk view): a filter form,
 * sortable column headers and a pager. They are links and native form controls with the list's
 * state in the URL, so they work with the keyboard, without JavaScript, and can be bookmarked.
 * Parameter names: lib/domain/project-list.ts.
 */

/** A column header that sorts the list on the server; `aria-sort` tells the current order. */
export function SortHeader({ path, query, sortKey, label, numeric = false }: { path: string; query: ProjectListQuery; sortKey: SortKey; label: string; numeric?: boolean }) {
  const active = (query.sort ?? "regionName") === sortKey;
  const dir = active ? (query.dir ?? "asc") : null;
  const next = active && dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"} className={`px-3 py-2 font-semibold ${numeric ? "text-right" : ""}`}>
      <Link href={`${path}${projectListSearch(query, { sort: sortKey, dir: next, pagina: undefined })}`} className="inline-flex items-center gap-1 hover:underline">
        {label}
        <span aria-hidden="true" className="text-xs text-muted">
          {dir === "asc" ? "▲" : dir === "desc" ? "▼" : "↕"}
        </span>
        <span className="sr-only">{active ? (dir === "asc" ? ", oplopend gesorteerd" : ", aflopend gesorteerd") : ", sorteren"}</span>
      </Link>
    </th>
  );
}

/**
 * A project list's table: caption, one sortable header per column (labels from LIST_COLUMNS,
 * `labels` to change one) and the rows the page renders; scrolls with the keyboard.
 */
export function ListTable({
  path,
  query,
  caption,
  columns,
  labels = {},
  children,
}: {
  path: string;
  query: ProjectListQuery;
  caption: string;
  columns: readonly SortKey[];
  labels?: Partial<Record<SortKey, string>>;
  children: ReactNode;
}) {
  return (
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50">
          <tr>
            {columns.map((key) => (
              <SortHeader key={key} path={path} query={query} sortKey={key} label={labels[key] ?? LIST_COLUMNS[key].label} numeric={LIST_COLUMNS[key].numeric} />
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The columns every project list starts with, in this order; `ProjectRow` fills them. */
export const PROJECT_COLUMNS = ["wirNumber", "title", "regionName", "concessiehouderName", "hoofdrubriekLabel"] as const satisfies readonly SortKey[];

/** A project list's row: the PROJECT_COLUMNS cells (the title links to `href`), then the page's own cells. */
export function ProjectRow({
  project,
  href,
  children,
}: {
  project: { wirNumber: string; title: string; regionName: string; concessiehouderName: string | null; hoofdrubriekLabel: string };
  href: string;
  children: ReactNode;
}) {
  return (
    <tr className="border-t border-gray-100 odd:bg-white even:bg-gray-50/50">
      <td className="px-3 py-2 whitespace-nowrap">{project.wirNumber}</td>
      <td className="px-3 py-2">
        <Link href={href} className="text-brand-700 underline">
          {project.title}
        </Link>
      </td>
      <td className="px-3 py-2">{project.regionName}</td>
      <td className="px-3 py-2">{project.concessiehouderName ?? "—"}</td>
      <td className="px-3 py-2">{project.hoofdrubriekLabel}</td>
      {children}
    </tr>
  );
}

/** "26–50 van 120 projecten", previous/next page and the page size. */
export function Pager({
  path,
  query,
  page,
  noun = ["project", "projecten"],
}: {
  path: string;
  query: ProjectListQuery;
  page: { page: number; pages: number; size: number; total: number; from: number; to: number };
  noun?: [string, string];
}) {
  const href = (change: Partial<Record<ListParam, string | number | undefined>>) => `${path}${projectListSearch(query, change)}`;
  return (
    <nav aria-label="Pagina's" className="no-print mt-3 flex flex-wrap items-center gap-3 text-sm">
      <span aria-live="polite">
        {page.total === 0 ? `Geen ${noun[1]}` : `${page.from}–${page.to} van ${page.total} ${page.total === 1 ? noun[0] : noun[1]}`}
        {page.pages > 1 ? ` (pagina ${page.page} van ${page.pages})` : ""}
      </span>
      {page.page > 1 ? (
        <Link href={href({ pagina: page.page - 1 })} className="text-brand-700 underline" rel="prev">
          Vorige pagina
        </Link>
      ) : null}
      {page.page < page.pages ? (
        <Link href={href({ pagina: page.page + 1 })} className="text-brand-700 underline" rel="next">
          Volgende pagina
        </Link>
      ) : null}
      <span className="ml-4" id="pager-size">
        Per pagina:
      </span>
      <ul aria-labelledby="pager-size" className="flex gap-2">
        {PAGE_SIZES.map((n) => (
          <li key={n}>
            {n === page.size ? (
              <span aria-current="true" className="font-semibold">
                {n}
              </span>
            ) : (
              <Link href={href({ per: n, pagina: undefined })} className="text-brand-700 underline">
                {n}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

export type FilterChoices = {
  regions: { code: string; name: string }[];
  concessiehouders: { code: string; name: string }[];
  hoofdrubrieken: { code: string; label: string }[];
  periods: { code: string; label: string }[];
};

/** The filters a list form can show, in this order. */
export type FilterField = "q" | "periode" | "regio" | "concessiehouder" | "rubriek" | "status" | "impact" | "delen" | "opschaalbaarheid" | "update" | "traject" | "stilstand" | "onvolledig";

const none = (label: string): Choice => ({ value: NONE, label });

function selects(choices: FilterChoices, notAssessed: string, periodDefault: string): Partial<Record<FilterField, { label: string; options: Choice[]; all?: string }>> {
  return {
    periode: { label: JUDGEMENT_FIELDS.period.label, options: choices.periods.map((p) => ({ value: p.code, label: p.label })), all: periodDefault },
    regio: { label: PROJECT_FIELDS.region.label, options: choices.regions.map((r) => ({ value: r.code, label: r.name })) },
    concessiehouder: { label: LIST_FIELDS.concessiehouder.label, options: choices.concessiehouders.map((c) => ({ value: c.code, label: c.name })) },
    rubriek: { label: PROJECT_FIELDS.hoofdrubriek.label, options: choices.hoofdrubrieken.map((h) => ({ value: h.code, label: h.label })) },
    status: { label: JUDGEMENT_FIELDS.status.label, options: [...PROJECT_STATUS.options, none(notAssessed)] },
    impact: { label: JUDGEMENT_FIELDS.impact.label, options: [...IMPACT.options, none(notAssessed)] },
    delen: { label: JUDGEMENT_FIELDS.sharing.label, options: [...RESULT_SHARING.options, none(notAssessed)] },
    opschaalbaarheid: { label: JUDGEMENT_FIELDS.scalability.label, options: [...SCALABILITY.options, none(notAssessed)] },
    update: { label: LIST_FIELDS.updateState.label, options: [...UPDATE_STATE.options, none("Geen update")] },
    traject: { label: LIST_FIELDS.trajectStage.label, options: [...TRAJECT_STAGE.options, none("Geen fase vastgelegd")] },
  };
}

const CHECKBOXES: Partial<Record<FilterField, string>> = {
  stilstand: LIST_FIELDS.stalled.label,
  onvolledig: "Alleen nog niet (volledig) beoordeelde projecten",
};

/**
 * A plain GET form over the list's URL. Filters the page does not show as a control, and filters
 * holding several values (links from the report: "status=A&status=B"), travel along as hidden
 * fields, so filtering on a region keeps them; "Filters wissen" drops everything.
 */
export function ListFilters({
  path,
  label,
  query,
  choices,
  fields,
  notAssessed = "Nog niet beoordeeld",
  periodDefault = "Laatst afgesloten periode",
}: {
  path: string;
  label: string;
  query: ProjectListQuery;
  choices: FilterChoices;
  fields: readonly FilterField[];
  notAssessed?: string;
  /** the text of the period select's empty choice: which period the page opens on */
  periodDefault?: string;
}) {
  const defs = selects(choices, notAssessed, periodDefault);
  const values = query as Record<string, unknown>;
  const list = (k: string): string[] => {
    const v = values[k];
    return v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
  };
  const shown = new Set<string>(fields.filter((f) => list(f).length <= 1));
  const hidden = LIST_PARAMS.filter((k) => k !== "pagina" && !shown.has(k)).flatMap((k) => list(k).map((v) => [k, v] as const));
  return (
    <form method="get" action={path} role="search" aria-label={label} className="no-print mb-4 grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-5">
      {shown.has("q") ? (
        <div className="sm:col-span-3 lg:col-span-2">
          <label htmlFor="lf-q" className="block text-sm font-medium">
            Zoeken (titel, WIR-nummer, beschrijving)
          </label>
          <input id="lf-q" name="q" type="search" defaultValue={query.q ?? ""} className="mt-1 w-full rounded border border-gray-400 px-2 py-1.5" />
        </div>
      ) : null}
      {fields.map((f) => {
        const def = defs[f];
        if (!def || !shown.has(f)) return null;
        return <FilterSelect key={f} id={`lf-${f}`} name={f} label={def.label} options={def.options} defaultValue={list(f)[0]} all={def.all ?? "Alle"} />;
      })}
      {fields.map((f) =>
        CHECKBOXES[f] && shown.has(f) ? (
          <div key={f} className="flex items-center gap-2 self-end pb-2">
            <input id={`lf-${f}`} name={f} type="checkbox" value="1" defaultChecked={list(f)[0] === "1"} />
            <label htmlFor={`lf-${f}`} className="text-sm">
              {CHECKBOXES[f]}
            </label>
          </div>
        ) : null,
      )}
      {hidden.map(([k, v]) => (
        <input key={`${k}=${v}`} type="hidden" name={k} value={v} />
      ))}
      <FilterActions submitLabel="Filteren" resetHref={path} resetLabel="Filters wissen" />
    </form>
  );
}

/** Dutch notices for URL values that were ignored (lib/domain/project-list.ts `problems`). */
export function ListProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <p>Niet alle filters in het adres konden worden gebruikt:</p>
      <ul className="ml-5 list-disc">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
