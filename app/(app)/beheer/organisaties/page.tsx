import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageCtx } from "@/lib/server/session";
import { hasPermission } from "@/lib/server/authz";
import { listOrganisations } from "@/lib/server/admin";
import { ORGANISATION_TYPE } from "@/lib/domain/enums";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/tables/data-table";

export const metadata: Metadata = { title: "Organisaties" };

export default async function OrganisationsPage() {
  const ctx = await pageCtx();
  if (!hasPermission(ctx.actor, "organisation:manage")) notFound();
  const orgs = await listOrganisations(ctx);
  return (
    <>
      <PageHeader title="Organisaties" intro="Het register van organisaties die projecten trekken of eraan deelnemen." />
      <DataTable
        caption="Organisaties"
        filterLabel="Zoeken op naam, soort of plaats"
        columns={[
          { key: "name", label: "Naam" },
          { key: "type", label: "Soort" },
          { key: "city", label: "Plaats" },
          { key: "status", label: "Status" },
          { key: "leadCount", label: "Kartrekker van", kind: "number" },
          { key: "partnerCount", label: "Partner in", kind: "number" },
        ]}
        rows={orgs.map((o) => ({
          id: o.id,
          name: o.name,
          type: ORGANISATION_TYPE.label(o.type),
          city: o.city,
          status: o.status === "PROPOSED" ? "Voorgesteld" : "Bevestigd",
          leadCount: o.leadCount,
          partnerCount: o.partnerCount,
        }))}
        initialSort={{ key: "name", dir: "asc" }}
      />
    </>
  );
}
