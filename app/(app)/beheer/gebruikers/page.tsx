import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { listUsers } from "@/lib/server/accounts/users";
import { ROLE } from "@/lib/domain/enums";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/tables/data-table";
import { formatDateTime } from "@/components/ui/format";
import { requirePagePermission } from "@/lib/server/core/page-access";

export const metadata: Metadata = { title: "Gebruikers" };

export default async function UsersPage() {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "user:manage");
  const users = await listUsers(ctx);
  return (
    <>
      <PageHeader
        title="Gebruikers"
        intro="Wie Regiotafel gebruikt, met welke rol en voor welke concessiehouder. Open een naam om de gegevens te wijzigen, het account te deactiveren of een nieuwe link te sturen."
        actions={
          <Link href="/beheer/gebruikers/nieuw" className="rounded bg-brand-700 px-4 py-1.5 font-medium text-white hover:bg-brand-800">
            Iemand uitnodigen
          </Link>
        }
      />
      <DataTable
        caption="Gebruikers"
        emptyText="Er zijn nog geen gebruikers. Nodig iemand uit met de knop hierboven."
        filterLabel="Zoeken op naam, e-mailadres of rol"
        columns={[
          { key: "name", label: "Naam", hrefKey: "href" },
          { key: "email", label: "E-mailadres" },
          { key: "roles", label: "Rol en scope" },
          { key: "organisationName", label: "Organisatie" },
          { key: "projectCount", label: "Leidt projecten", kind: "number" },
          { key: "state", label: "Status" },
          { key: "lastLogin", label: "Laatst ingelogd" },
        ]}
        rows={users.map((u) => ({
          id: u.id,
          href: `/beheer/gebruikers/${u.id}`,
          name: u.name,
          email: u.email,
          roles: u.roles.map((r) => ROLE.label(r.role) + (r.concessiehouderName ? ` (${r.concessiehouderName})` : "")).join(", "),
          organisationName: u.organisationName,
          projectCount: u.projectCount,
          state: !u.active ? "Gedeactiveerd" : u.invited ? "Uitgenodigd" : "Actief",
          lastLogin: u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "Nog nooit",
        }))}
        initialSort={{ key: "name", dir: "asc" }}
      />
    </>
  );
}
