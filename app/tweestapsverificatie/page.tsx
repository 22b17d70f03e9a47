import type { Metadata } from "next";
import { pageCtx } from "@/lib/server/accounts/session";
import { twoFactorSetupPending } from "@/lib/server/accounts/two-factor";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { TwoFactorSection } from "@/app/(app)/account/two-factor-section";

export const metadata: Metadata = { title: "Tweestapsverificatie instellen" };

/**
 * Where a WIR or beheerder without two-factor sign-in is sent on an installation that requires it
 * (REQUIRE_2FA, ADR 0011): pageCtx and requestCtx let this account reach nothing else until it is
 * set up. Outside the app's layout, which itself would send the person here.
 */
export default async function TwoFactorSetupPage() {
  const ctx = await pageCtx({ twoFactorSetup: true });
  const pending = await twoFactorSetupPending(ctx.db, ctx.actor);
  return (
    <>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-3">
          <span className="text-lg font-bold">Regiotafel</span>
          <SignOutButton />
        </div>
      </header>
      <main id="inhoud" className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="mb-2 text-2xl font-bold text-brand-800">Tweestapsverificatie instellen</h1>
        <p className="mb-6 text-muted">
          {pending
            ? `${ctx.actor.name}, voor uw rol is tweestapsverificatie op deze installatie verplicht. Stel het nu in; daarna werkt u verder zoals u gewend bent.`
            : "Tweestapsverificatie beheert u onder Mijn account."}
        </p>
        <TwoFactorSection ctx={ctx} continueHref="/" />
      </main>
    </>
  );
}
