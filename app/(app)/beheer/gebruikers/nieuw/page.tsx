import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageCtx } from "@/lib/server/accounts/session";
import { hasPermission } from "@/lib/server/core/authz";
import { userFormChoices } from "@/lib/server/accounts/users";
import { mailConfig } from "@/lib/server/mail/config";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/components/forms/user-forms";
import { inviteUserAction } from "../actions";

export const metadata: Metadata = { title: "Iemand uitnodigen" };

export default async function InviteUserPage() {
  const ctx = await pageCtx();
  if (!hasPermission(ctx.actor, "user:manage")) notFound();
  const choices = await userFormChoices(ctx);
  return (
    <>
      <PageHeader
        title="Iemand uitnodigen"
        intro={
          <>
            De persoon krijgt een e-mail met een link om een wachtwoord te kiezen (24 uur geldig, één keer te gebruiken).
            {mailConfig().smtpUrl ? null : (
              <>
                {" "}
                Er is geen mailserver ingesteld: de e-mail blijft staan onder <Link href="/beheer/mail" className="underline">E-mail</Link>, waar u de link kunt
                overnemen.
              </>
            )}
          </>
        }
      />
      <UserForm action={inviteUserAction} {...choices} />
    </>
  );
}
