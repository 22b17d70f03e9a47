"use client";

/**
 * What a page shows when loading it failed on the server (the segments' error.tsx): a Dutch
 * message that nothing was changed, a retry button and, when Next.js gives one, a reference the
 * beheerder can find in the server log.
 */
export function ErrorState({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="max-w-2xl rounded-md border border-red-300 bg-red-50 p-6">
      <h1 className="text-xl font-semibold text-red-900">Er ging iets mis</h1>
      <p className="mt-2 text-red-900">De pagina kon niet worden geladen. Uw gegevens zijn niet gewijzigd. Probeer het opnieuw; lukt het dan nog niet, meld het dan bij de beheerder van Regiotafel.</p>
      {error.digest ? <p className="mt-2 text-sm text-red-900">Foutcode voor de beheerder: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        Opnieuw proberen
      </button>
    </div>
  );
}
