import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { listFilterOptions, listProjectPage } from "@/lib/server/projects/list";
import { IMPACT, PROJECT_STATUS, RESULT_SHARING, SCALABILITY } from "@/lib/domain/enums";
import { LIST_COLUMNS, NONE, parseProjectListQuery, type ProjectListRow } from "@/lib/domain/project-list";
import type { LabelledEnum } from "@/lib/domain/labels";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { ListFilters, ListProblems, ListTable, Pager, PROJECT_COLUMNS, ProjectRow } from "@/components/tables/list-controls";

export const metadata: Metadata = { title: "Projecten" };


function statusText(p: ProjectListRow): string {
  if (p.lifecycle === "DRAFT") return "Concept (nog niet ingediend)";
  if (!p.inScope) return "Gepubliceerde projectkaart";
  return p.status ? PROJECT_STATUS.label(p.status) : "Nog niet beoordeeld";
}

const labels = <T extends string>(e: LabelledEnum<T>, values: readonly string[] | undefined) =>
  values ? values.map((v) => (v === NONE ? "nog niet beoordeeld" : e.is(v) ? e.label(v) : v)).join(" of ") : null;

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await pageCtx();
  const { query, problems } = parseProjectListQuery(await searchParams);
  const [data, options] = await Promise.all([listProjectPage(ctx, "projecten", query), listFilterOptions(ctx, "projecten")]);
  // links from the dashboard and report: the projects behind a number (judgements at a period)
  const judgementFilters = [
    ...(query.startVanaf ? [`start in ${query.startVanaf} of later`] : []),
    ...(query.beoordeeld && !query.status && !query.impact && !query.delen && !query.opschaalbaarheid ? ["beoordeeld"] : []),
    ...(query.status && query.status.length > 1 ? [labels(PROJECT_STATUS, query.status)!] : []),
    ...(query.impact ? [labels(IMPACT, query.impact)!] : []),
    ...(query.delen ? [labels(RESULT_SHARING, query.delen)!] : []),
    ...(query.opschaalbaarheid ? [labels(SCALABILITY, query.opschaalbaarheid)!] : []),
  ];
  const periodLabel = data.period?.label ?? null;
  return (
    <>
      <PageHeader
        title="Projecten"
        intro="Alle projecten die u mag inzien: die van uw eigen scope en de projectkaarten die voor kennisdeling zijn gepubliceerd."
      />
      <ListProblems problems={[...problems, ...data.problems]} />
      {judgementFilters.length ? (
        <p className="mb-4 rounded border border-brand-100 bg-brand-50 p-3 text-sm" role="status">
          Projecten met als oordeel{periodLabel ? ` in ${periodLabel}` : ""}: {judgementFilters.join("; ")}.{" "}
          <Link href="/projecten" className="text-brand-700 underline">
            Alle projecten tonen
          </Link>
        </p>
      ) : null}
      <ListFilters path="/projecten" label="Projecten filteren" query={query} choices={options} fields={["q", "regio", "concessiehouder", "rubriek", "status"]} />
      {data.total === 0 ? (
        <EmptyState>Geen projecten gevonden met deze filters.</EmptyState>
      ) : (
        <ListTable
          path="/projecten"
          query={query}
          caption="Projecten"
          columns={[...PROJECT_COLUMNS, "status"]}
          labels={periodLabel ? { status: `${LIST_COLUMNS.status.label} (${periodLabel})` } : {}}
        >
          {data.items.map((p) => (
            <ProjectRow key={p.id} project={p} href={`/projecten/${p.id}`}>
              <td className="px-3 py-2">{statusText(p)}</td>
            </ProjectRow>
          ))}
        </ListTable>
      )}
      <Pager path="/projecten" query={query} page={data} />
    </>
  );
}
