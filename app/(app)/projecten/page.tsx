import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { pageCtx } from "@/lib/server/accounts/session";
import { listProjects } from "@/lib/server/projects/read";
import { referenceLists } from "@/lib/server/reference-data/lists";
import { IMPACT, PROJECT_STATUS, RESULT_SHARING, SCALABILITY } from "@/lib/domain/enums";
import type { LabelledEnum } from "@/lib/domain/labels";
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
  status: judgement(PROJECT_STATUS),
  mijn: z.literal("1").optional().catch(undefined),
  // links from the dashboard and report: the projects behind a number (judgements at a period)
  periode: z.string().regex(/^\d{4}-\d{2}$/).optional().catch(undefined),
  impact: judgement(IMPACT),
  delen: judgement(RESULT_SHARING),
  opschaalbaarheid: judgement(SCALABILITY),
  beoordeeld: z.literal("1").optional().catch(undefined),
  startVanaf: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});

/** One value or several (?status=A&status=B) of an enumeration; anything else is ignored. */
function judgement<T extends string>(e: LabelledEnum<T>) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => {
      const list = (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x): x is T => e.is(x));
      return list.length ? list : undefined;
    })
    .catch(undefined);
}

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await pageCtx();
  const params = searchSchema.parse(await searchParams);
  const [{ items, total, periodLabel }, refs] = await Promise.all([
    listProjects(ctx, {
      q: params.q || undefined,
      regionCode: params.regio,
      hoofdrubriekCode: params.rubriek,
      concessiehouderCode: params.ch,
      status: params.status,
      mine: params.mijn === "1",
      periodCode: params.periode,
      impact: params.impact,
      sharing: params.delen,
      scalability: params.opschaalbaarheid,
      assessed: params.beoordeeld === "1",
      startYearFrom: params.startVanaf,
    }),
    referenceLists(ctx.db),
  ]);
  const judgementFilters = [
    ...(params.startVanaf ? [`start in ${params.startVanaf} of later`] : []),
    ...(params.beoordeeld && !params.status && !params.impact && !params.delen && !params.opschaalbaarheid ? ["beoordeeld"] : []),
    ...(params.status && params.status.length > 1 ? [params.status.map((v) => PROJECT_STATUS.label(v)).join(" of ")] : []),
    ...(params.impact ? [params.impact.map((v) => IMPACT.label(v)).join(" of ")] : []),
    ...(params.delen ? [params.delen.map((v) => RESULT_SHARING.label(v)).join(" of ")] : []),
    ...(params.opschaalbaarheid ? [params.opschaalbaarheid.map((v) => SCALABILITY.label(v)).join(" of ")] : []),
  ];
  return (
    <>
      <PageHeader
        title="Projecten"
        intro="Alle projecten die u mag inzien: die van uw eigen scope en de projectkaarten die voor kennisdeling zijn gepubliceerd."
      />
      {judgementFilters.length ? (
        <p className="mb-4 rounded border border-brand-100 bg-brand-50 p-3 text-sm" role="status">
          Projecten met als oordeel{periodLabel ? ` in ${periodLabel}` : ""}: {judgementFilters.join("; ")}.{" "}
          <Link href="/projecten" className="text-brand-700 underline">
            Alle projecten tonen
          </Link>
        </p>
      ) : null}
      <ProjectFilters refs={refs} values={{ ...params, status: params.status?.length === 1 ? params.status[0] : undefined }} />
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
          statusLabel: p.lifecycle === "DRAFT" ? "Concept (nog niet ingediend)" : p.inScope ? (p.status ? PROJECT_STATUS.label(p.status) : "Nog niet beoordeeld") : "Gepubliceerde projectkaart",
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
