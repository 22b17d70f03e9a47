import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/server/accounts/session";
import { SignInForm } from "@/components/forms/sign-in-form";
import { safeCallbackPath } from "@/lib/domain/safe-callback";

export const metadata: Metadata = { title: "Inloggen" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await currentActor()) redirect("/");
  const params = await searchParams;
  // only a path of this site is ever handed on (checked again in the form)
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  return (
    <main className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-3xl font-bold text-brand-800">Regiotafel</h1>
      <p className="mt-2 text-muted">
        Het gezamenlijke overzicht van regionale transitieprojecten in de verpleeghuiszorg: voor projectleiders, zorgkantoren en het
        landelijke ondersteuningsteam.
      </p>
      <div className="mt-8 rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
        <h2 className="mb-4 text-xl font-semibold">Inloggen</h2>
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
