export default function Loading() {
  return (
    <p role="status" className="text-muted">
      Gegevens worden geladen…
    </p>
  );
}
