"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-6">
      <h1 className="text-xl font-semibold text-red-900">Er ging iets mis</h1>
      <p className="mt-2 text-red-900">De pagina kon niet worden geladen. Uw gegevens zijn niet gewijzigd.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        Opnieuw proberen
      </button>
    </div>
  );
}
