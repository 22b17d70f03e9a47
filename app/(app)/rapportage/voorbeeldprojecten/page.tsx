import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { requirePagePermission } from "@/lib/server/core/page-access";
import { showcaseScreen } from "@/lib/server/report/showcase";
import { reportSearch } from "@/lib/domain/report/query";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { ShowcaseChoiceForm } from "@/components/forms/showcase-form";
import { ScrollTable } from "@/components/ui/table";

export const metadata: Metadata = { title: "Voorbeeldprojecten per regio" };

/** WIR chooses each region's showcase project for a period; Bijlage 2 of that period's report lists them. */
export default async function ShowcasePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "showcase:choose");
  const code = (await searchParams).periode;
  const screen = await showcaseScreen(ctx, typeof code === "string" ? code : null);
  if (!screen) {
    return (
      <>
        <PageHeader title="Voorbeeldprojecten per regio" />
        <EmptyState>Er is nog geen geopende of gesloten rapportageperiode.</EmptyState>
      </>
    );
  }
  const { period, periods, regions } = screen;
  return (
    <>
      <PageHeader
        title="Voorbeeldprojecten per regio"
        intro={
          <>
            Kies per regio het voorbeeldproject van {period.label}. Bijlage 2 van de{" "}
            <Link className="underline" href={`/rapportage?${reportSearch({ period: period.code })}`}>
              rapportage {period.label}
            </Link>{" "}
            noemt het. Zonder keuze geldt de markering &lsquo;voorbeeldproject&rsquo; uit de import. Een gepubliceerde versie van de rapportage verandert niet meer.
          </>
        }
      />
      <form method="get" action="/rapportage/voorbeeldprojecten" className="no-print mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="periode" className="block font-medium">
            Periode
          </label>
          <select id="periode" name="periode" defaultValue={period.code} className="mt-1 rounded border border-gray-500 bg-white px-3 py-2">
            {periods.map((p) => (
              <option key={p.code} value={p.code}>
                {p.label}
                {p.state === "OPEN" ? " (lopend)" : ""}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-brand-700 px-4 py-2 text-brand-700">
          Toon
        </button>
      </form>
      <ScrollTable
        framed
        caption={<>Voorbeeldproject per regio, {period.label}</>}
        columns={["Regio", "Voorbeeldproject"]}
      >
        {regions.map((r) => (
          <tr key={r.id} className="border-t border-gray-100 align-top">
            <th scope="row" className="px-3 py-2 font-medium">
              {r.name}
            </th>
            <td className="px-3 py-2">
              <ShowcaseChoiceForm periodId={period.id} region={r} />
            </td>
          </tr>
        ))}
      </ScrollTable>
    </>
  );
}
