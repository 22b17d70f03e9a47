/** Says plainly that this is a demo installation: fictitious people, public passwords. */
export function DemoBanner() {
  return (
    <div role="note" aria-label="Demo-installatie" className="no-print border-b border-amber-300 bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
      <strong>Demo-installatie.</strong> De accounts en wachtwoorden staan in de README en de gegevens zijn fictief: voer hier geen echte
      gegevens in.
    </div>
  );
}
