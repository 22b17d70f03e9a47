import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold text-brand-800">Niet gevonden</h1>
      <p className="mt-2 text-muted">Deze pagina bestaat niet, of u heeft er geen toegang toe.</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        Naar het overzicht
      </Link>
    </main>
  );
}
