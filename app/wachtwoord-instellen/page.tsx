import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/server/db";
import { describeAccountToken, LINK_INVALID } from "@/lib/server/accounts";
import { SetPasswordForm } from "@/components/forms/user-forms";
import { setPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Wachtwoord instellen", referrer: "no-referrer" };

/** The page behind an invitation or password link: choose a password. */
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  const { prisma } = await getDb();
  const link = typeof token === "string" && token.length >= 20 && token.length <= 200 ? await describeAccountToken(prisma, token) : null;
  return (
    <main className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-3xl font-bold text-brand-800">Regiotafel</h1>
      <div className="mt-8 rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
        <h2 className="mb-4 text-xl font-semibold">{link?.purpose === "PASSWORD_RESET" ? "Nieuw wachtwoord kiezen" : "Wachtwoord instellen"}</h2>
        {link && typeof token === "string" ? (
          <>
            <p className="mb-4">
              Voor <strong>{link.name}</strong> ({link.email}).
            </p>
            <SetPasswordForm action={setPasswordAction} token={token} email={link.email} />
          </>
        ) : (
          <>
            <p role="alert">{LINK_INVALID}</p>
            <p className="mt-4">
              <Link href="/wachtwoord-vergeten" className="underline">
                Wachtwoord vergeten?
              </Link>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
