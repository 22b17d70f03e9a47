"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { safeCallbackPath } from "@/lib/domain/safe-callback";

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError("Vul uw e-mailadres en wachtwoord in.");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error) {
        setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Onjuist e-mailadres of wachtwoord.");
        return;
      }
      router.replace(safeCallbackPath(callbackUrl));
      router.refresh();
    } catch {
      setError("Inloggen lukt nu niet. Controleer uw verbinding en probeer het opnieuw.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      ) : null}
      <div>
        <label htmlFor="email" className="block font-medium">
          E-mailadres
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className="mt-1 w-full rounded border border-gray-400 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          Wachtwoord
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-gray-400 px-3 py-2" />
      </div>
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Bezig met inloggen…" : "Inloggen"}
      </button>
    </form>
  );
}
