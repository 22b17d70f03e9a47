import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/forms/user-forms";
import { forgotPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Wachtwoord vergeten" };

export default function ForgotPasswordPage() {
  return (
    <main className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-3xl font-bold text-brand-800">Regiotafel</h1>
      <div className="mt-8 rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
        <h2 className="mb-2 text-xl font-semibold">Wachtwoord vergeten?</h2>
        <p className="mb-4 text-muted">Vul uw e-mailadres in. U krijgt een e-mail met een link om een nieuw wachtwoord te kiezen.</p>
        <ForgotPasswordForm action={forgotPasswordAction} />
        <p className="mt-4">
          <Link href="/inloggen" className="underline">
            Terug naar inloggen
          </Link>
        </p>
      </div>
    </main>
  );
}
