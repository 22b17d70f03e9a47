import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/server/accounts/session";
import { SignInForm } from "@/components/forms/sign-in-form";

export const metadata: Metadata = { title: "Inloggen" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await currentActor()) redirect("/");
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : null;
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
      <p className="mt-6 text-sm text-muted">
        <Link href="/toegankelijkheid" className="underline">
          Toegankelijkheid
        </Link>
      </p>
    </main>
  );
}
