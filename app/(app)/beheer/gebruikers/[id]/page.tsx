import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageCtx } from "@/lib/server/accounts/session";
import { hasPermission } from "@/lib/server/core/authz";
import { userFormChoices } from "@/lib/server/accounts/users";
import { getUserForEdit } from "@/lib/server/accounts";
import { routeId } from "../../../route-id";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/components/ui/format";
import { AccountButtons, UserForm } from "@/components/forms/user-forms";
import { updateUserAction, userAccountAction } from "../actions";

export const metadata: Metadata = { title: "Gebruiker" };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await pageCtx();
  if (!hasPermission(ctx.actor, "user:manage")) notFound();
  const id = routeId((await params).id);
  const [user, choices] = await Promise.all([getUserForEdit(ctx, id), userFormChoices(ctx)]);
  if (!user) notFound();
  const state = !user.active ? "Gedeactiveerd" : user.hasPassword ? "Actief" : "Uitgenodigd (nog geen wachtwoord gekozen)";
  const openLink = user.accountTokens[0];
  return (
    <>
      <PageHeader title={user.name} intro={<Link href="/beheer/gebruikers" className="underline">Terug naar alle gebruikers</Link>} />
      <dl className="mb-6 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-medium">Status</dt>
        <dd>{state}</dd>
        <dt className="font-medium">Tweestapsverificatie</dt>
        <dd>{user.twoFactor ? "aan" : "uit"}</dd>
        <dt className="font-medium">Laatst ingelogd</dt>
        <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Nog nooit"}</dd>
        {openLink ? (
          <>
            <dt className="font-medium">Open link</dt>
            <dd>
              {openLink.purpose === "INVITATION" ? "uitnodiging" : "nieuw wachtwoord"}, geldig tot {formatDateTime(openLink.expiresAt)}
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="account-acties" className="mb-8">
        <h2 id="account-acties" className="mb-2 text-lg font-semibold">
          Account
        </h2>
        <AccountButtons
          action={userAccountAction}
          user={{ userId: user.id, version: user.version, name: user.name, active: user.active, hasPassword: user.hasPassword, isSelf: user.id === ctx.actor.userId, twoFactor: user.twoFactor }}
        />
      </section>
      <section aria-labelledby="gegevens">
        <h2 id="gegevens" className="mb-2 text-lg font-semibold">
          Gegevens en rollen
        </h2>
        <UserForm
          action={updateUserAction}
          user={{ userId: user.id, version: user.version, name: user.name, email: user.email, organisationId: user.organisationId, roles: user.roles, concessiehouderId: user.concessiehouderId }}
          {...choices}
        />
      </section>
    </>
  );
}
