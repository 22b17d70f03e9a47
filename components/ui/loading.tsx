/** What a slow page shows while its figures load (the segments' loading.tsx). */
export function LoadingState({ text = "Gegevens worden geladen…" }: { text?: string }) {
  return (
    <p role="status" className="text-muted">
      {text}
    </p>
  );
}
