import type { Metadata } from "next";
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
      <PageHeader title="Gebruikers" intro="Wie Regiotafel gebruikt, met welke rol en voor welke concessiehouder." />
      <DataTable
        caption="Gebruikers"
        filterLabel="Zoeken op naam, e-mailadres of rol"
        columns={[
          { key: "name", label: "Naam" },
          { key: "email", label: "E-mailadres" },
          { key: "roles", label: "Rol en scope" },
          { key: "organisationName", label: "Organisatie" },
          { key: "projectCount", label: "Leidt projecten", kind: "number" },
          { key: "state", label: "Status" },
          { key: "lastLogin", label: "Laatst ingelogd" },
        ]}
        rows={users.map((u) => ({
          id: u.id,
          name: u.name,
          email: u.email,
          roles: u.roles.map((r) => ROLE.label(r.role) + (r.concessiehouderName ? ` (${r.concessiehouderName})` : "")).join(", "),
          organisationName: u.organisationName,
          projectCount: u.projectCount,
          state: u.active ? "Actief" : "Geblokkeerd",
          lastLogin: u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "Nog nooit",
        }))}
        initialSort={{ key: "name", dir: "asc" }}
      />
    </>
  );
}
