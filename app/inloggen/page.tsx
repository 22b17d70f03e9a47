import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/server/accounts/session";
import { SignInForm } from "@/components/forms/sign-in-form";
import { safeCallbackPath } from "@/lib/domain/safe-callback";
import { DemoBanner } from "@/components/ui/demo-banner";
import { isDemoInstallation } from "@/lib/server/demo/installation";
import { OidcSignInButton } from "@/components/forms/oidc-sign-in-button";
import { oidcSettings } from "@/lib/server/accounts/auth-options";
import { signInErrorMessage } from "@/lib/domain/oidc-config";

export const metadata: Metadata = { title: "Inloggen" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await currentActor()) redirect("/");
  const params = await searchParams;
  // only a path of this site is ever handed on (checked again in the form)
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  const notice =
    params.wachtwoord === "ingesteld"
      ? "Uw wachtwoord is ingesteld. Log in met uw e-mailadres en het nieuwe wachtwoord."
      : params.wachtwoord === "gewijzigd"
        ? "Uw wachtwoord is gewijzigd. Log opnieuw in met het nieuwe wachtwoord."
        : null;
  // set by next-auth when a sign-in through the organisation's identity provider ended without a session
  const failure = signInErrorMessage(typeof params.error === "string" ? params.error : null);
  const oidc = oidcSettings();
  return (
    <>
    {(await isDemoInstallation()) ? <DemoBanner /> : null}
    <main className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-3xl font-bold text-brand-800">Regiotafel</h1>
      <p className="mt-2 text-muted">
        Het gezamenlijke overzicht van regionale transitieprojecten in de verpleeghuiszorg: voor projectleiders, zorgkantoren en het
        landelijke ondersteuningsteam.
      </p>
      <div className="mt-8 rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
        <h2 className="mb-4 text-xl font-semibold">Inloggen</h2>
        {notice ? (
          <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
            {notice}
          </p>
        ) : null}
        {failure ? (
          <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
            {failure}
          </p>
        ) : null}
        <SignInForm callbackUrl={callbackUrl} />
        <p className="mt-4">
          <Link href="/wachtwoord-vergeten" className="underline">
            Wachtwoord vergeten?
          </Link>
        </p>
        {oidc ? (
          <div className="mt-6 border-t border-gray-200 pt-6">
            <p className="mb-3 text-muted">Of log in met het account van uw organisatie:</p>
            <OidcSignInButton label={oidc.name} callbackUrl={callbackUrl} />
          </div>
        ) : null}
      </div>
      <p className="mt-6 text-sm text-muted">
        <Link href="/toegankelijkheid" className="underline">
          Toegankelijkheid
        </Link>
      </p>
    </main>
    </>
  );
}
