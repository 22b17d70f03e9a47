"use client";
import { useEffect, useRef, useState } from "react";
import { signIn } from "next-auth/react";
import { safeCallbackPath } from "@/lib/domain/safe-callback";
import { TWO_FACTOR_REQUIRED } from "@/lib/domain/two-factor";

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // two-factor sign-in (ADR 0011): the code field appears once the server asks for it
  const [needsCode, setNeedsCode] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (needsCode) codeRef.current?.focus();
  }, [needsCode]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const code = needsCode ? String(form.get("code") ?? "").trim() : "";
    if (!email || !password) {
      setError("Vul uw e-mailadres en wachtwoord in.");
      return;
    }
    if (needsCode && !code) {
      setError(TWO_FACTOR_REQUIRED);
      codeRef.current?.focus();
      return;
    }
    setPending(true);
    setError(null);
    let navigating = false;
    try {
      const result = await signIn("credentials", { email, password, ...(code ? { code } : {}), redirect: false });
      if (result?.error === TWO_FACTOR_REQUIRED) {
        setNeedsCode(true);
        setError(null);
        return;
      }
      if (!result || result.error) {
        setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Onjuist e-mailadres of wachtwoord.");
        return;
      }
      // A full page load, not a client navigation: the app's pages (layout, menu, CSP nonce, the
      // draft owner of useDraftBackup) are built once for the new session, with no refresh racing
      // the first render and a form restoring its draft.
      navigating = true;
      window.location.assign(safeCallbackPath(callbackUrl));
    } catch {
      setError("Inloggen lukt nu niet. Controleer uw verbinding en probeer het opnieuw.");
    } finally {
      if (!navigating) setPending(false);
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
      {needsCode ? (
        <div>
          <label htmlFor="code" className="block font-medium">
            Code uit uw authenticator-app
          </label>
          <p id="code-hint" className="text-sm text-muted">
            Uw account gebruikt tweestapsverificatie. Telefoon niet bij de hand? Vul dan een van uw herstelcodes in.
          </p>
          <input
            ref={codeRef}
            id="code"
            name="code"
            type="text"
            inputMode="text"
            autoComplete="one-time-code"
            aria-describedby="code-hint"
            required
            maxLength={40}
            className="mt-1 w-full rounded border border-gray-400 px-3 py-2"
          />
        </div>
      ) : null}
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Bezig met inloggen…" : "Inloggen"}
      </button>
    </form>
  );
}
