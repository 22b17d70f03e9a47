import type { Metadata } from "next";
import { pageCtx } from "@/lib/server/accounts/session";
import { getOwnAccount } from "@/lib/server/accounts";
import { PageHeader } from "@/components/ui/page-header";
import { OwnNameForm, OwnPasswordForm } from "@/components/forms/user-forms";
import { changeOwnNameAction, changeOwnPasswordAction } from "./actions";
import { TwoFactorSection } from "./two-factor-section";

export const metadata: Metadata = { title: "Mijn account" };

export default async function OwnAccountPage() {
  const ctx = await pageCtx();
  const account = await getOwnAccount(ctx);
  return (
    <>
      <PageHeader title="Mijn account" intro={`U bent ingelogd als ${account.email}. Een ander e-mailadres? Vraag het de beheerder.`} />
      <section aria-labelledby="naam-kop" className="mb-10">
        <h2 id="naam-kop" className="mb-2 text-lg font-semibold">
          Naam
        </h2>
        <OwnNameForm action={changeOwnNameAction} name={account.name} version={account.version} />
      </section>
      <section aria-labelledby="wachtwoord-kop">
        <h2 id="wachtwoord-kop" className="mb-2 text-lg font-semibold">
          Wachtwoord
        </h2>
        <p className="mb-3 text-muted">Na het wijzigen logt u opnieuw in.</p>
        <OwnPasswordForm action={changeOwnPasswordAction} />
      </section>
      <section aria-labelledby="tweestap-kop" className="mt-10">
        <h2 id="tweestap-kop" className="mb-2 text-lg font-semibold">
          Tweestapsverificatie
        </h2>
        <TwoFactorSection ctx={ctx} />
      </section>
    </>
  );
}
