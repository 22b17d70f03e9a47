import type { Metadata } from "next";
import { z } from "zod";
import { pageCtx } from "@/lib/server/session";
import { listProjects } from "@/lib/server/projects";
import { referenceLists } from "@/lib/server/reference";
import { PROJECT_STATUS } from "@/lib/domain/enums";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/tables/data-table";
import { ProjectFilters } from "@/components/forms/project-filters";

export const metadata: Metadata = { title: "Projecten" };

const code = z.string().trim().max(60).regex(/^[a-z0-9-]+$|^[A-Z_]+$|^[A-Z&-]+$/).optional().catch(undefined);
const searchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  regio: code,
  rubriek: code,
  ch: code,
  status: z.enum(PROJECT_STATUS.values as [string, ...string[]]).optional().catch(undefined),
  mijn: z.literal("1").optional().catch(undefined),
});

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await pageCtx();
  const params = searchSchema.parse(await searchParams);
  const [{ items, total, periodLabel }, refs] = await Promise.all([
    listProjects(ctx, {
      q: params.q || undefined,
      regionCode: params.regio,
      hoofdrubriekCode: params.rubriek,
      concessiehouderCode: params.ch,
      status: params.status as never,
      mine: params.mijn === "1",
    }),
    referenceLists(ctx.db),
  ]);
  return (
    <>
      <PageHeader
        title="Projecten"
        intro="Alle projecten die u mag inzien: die van uw eigen scope en de projectkaarten die voor kennisdeling zijn gepubliceerd."
      />
      <ProjectFilters refs={refs} values={params} />
      <DataTable
        caption="Projecten"
        filterLabel="Snel zoeken in deze lijst"
        emptyText="Geen projecten gevonden met deze filters."
        columns={[
          { key: "wirNumber", label: "WIR-nummer" },
          { key: "title", label: "Titel", hrefKey: "href" },
          { key: "regionName", label: "(Sub)regio" },
          { key: "concessiehouderName", label: "Concessiehouder" },
          { key: "hoofdrubriekLabel", label: "Hoofdrubriek" },
          { key: "statusLabel", label: periodLabel ? `Status (${periodLabel})` : "Status" },
        ]}
        rows={items.map((p) => ({
          id: p.id,
          wirNumber: p.wirNumber,
          title: p.title,
          href: `/projecten/${p.id}`,
          regionName: p.regionName,
          concessiehouderName: p.concessiehouderName,
          hoofdrubriekLabel: p.hoofdrubriekLabel,
          statusLabel: p.inScope ? (p.status ? PROJECT_STATUS.label(p.status) : "Nog niet beoordeeld") : "Gepubliceerde projectkaart",
        }))}
      />
      {total > items.length ? (
        <p className="mt-2 text-sm text-muted">
          Eerste {items.length} van {total} projecten getoond; verfijn de filters om de rest te zien.
        </p>
      ) : null}
    </>
  );
}
