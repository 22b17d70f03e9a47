import Link from "next/link";

/** Shown with HTTP 403 when a signed-in user opens a page their role does not give access to. */
export default function Forbidden() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold text-brand-800">Geen toegang</h1>
      <p className="mt-2">
        U bent ingelogd, maar uw rol geeft geen toegang tot deze pagina. Het menu bovenaan toont de pagina&apos;s die u wel kunt openen.
      </p>
      <p className="mt-2 text-muted">Denkt u dat u deze pagina nodig heeft? Vraag de beheerder van Regiotafel om uw rol aan te passen.</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        Naar het overzicht
      </Link>
    </div>
  );
}
