import type { Metadata } from "next";
import { pageCtx } from "@/lib/server/accounts/session";
import { listOrganisations } from "@/lib/server/accounts/users";
import { ORGANISATION_TYPE } from "@/lib/domain/enums";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/tables/data-table";
import { listProposedOrganisations } from "@/lib/server/reference-data/organisations";
import { Card } from "@/components/ui/card";
import { ConfirmOrganisationForm } from "@/components/forms/confirm-organisation-form";
import { formatDateTime } from "@/components/ui/format";
import { requirePagePermission } from "@/lib/server/core/page-access";
import { ScrollTable, srOnly } from "@/components/ui/table";

export const metadata: Metadata = { title: "Organisaties" };

export default async function OrganisationsPage() {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "organisation:manage");
  const [orgs, proposed] = await Promise.all([listOrganisations(ctx), listProposedOrganisations(ctx)]);
  return (
    <>
      <PageHeader title="Organisaties" intro="Het register van organisaties die projecten trekken of eraan deelnemen." />
      {proposed.length > 0 ? (
        <Card title={`Voorgestelde organisaties (${proposed.length})`} className="mb-6">
          <p className="mb-3 text-sm text-muted">Projectleiders hebben deze organisaties voorgesteld. Controleer naam en soort en bevestig ze.</p>
          <ScrollTable caption="Voorgestelde organisaties" columns={["Naam", "Soort", "Plaats", "Voorgesteld door", srOnly("Actie")]}>
            {proposed.map((o) => (
              <tr key={o.id} className="border-t border-gray-100">
                <th scope="row" className="px-3 py-2 font-medium">{o.name}</th>
                <td className="px-3 py-2">{ORGANISATION_TYPE.label(o.type)}</td>
                <td className="px-3 py-2">{o.city ?? "—"}</td>
                <td className="px-3 py-2">{o.proposedByName ?? "—"}, {formatDateTime(o.createdAt)}</td>
                <td className="px-3 py-2"><ConfirmOrganisationForm organisationId={o.id} version={o.version} name={o.name} /></td>
              </tr>
            ))}
          </ScrollTable>
        </Card>
      ) : null}
      <DataTable
        caption="Organisaties"
        emptyText="Er zijn nog geen organisaties. Ze komen erbij met een import, of wanneer een projectleider er een voorstelt bij het registreren van een project."
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
