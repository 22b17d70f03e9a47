"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { safeCallbackPath } from "@/lib/domain/safe-callback";
import { OIDC_PROVIDER_ID } from "@/lib/domain/oidc-config";

/**
 * Sign-in through the organisation's identity provider (OpenID Connect; shown only when it is
 * configured). next-auth sends the browser to the provider and, afterwards, back to `callbackUrl`.
 */
export function OidcSignInButton({ label, callbackUrl }: { label: string; callbackUrl: string | null }) {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function onClick() {
    setPending(true);
    setFailed(false);
    try {
      await signIn(OIDC_PROVIDER_ID, { callbackUrl: safeCallbackPath(callbackUrl) });
    } catch {
      setFailed(true);
      setPending(false);
    }
  }

  return (
    <div>
      {failed ? (
        <p role="alert" className="mb-3 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          Inloggen via uw organisatie lukt nu niet. Controleer uw verbinding en probeer het opnieuw.
        </p>
      ) : null}
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className="w-full rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? "Doorsturen naar uw organisatie…" : label}
      </button>
    </div>
  );
}
