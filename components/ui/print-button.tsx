"use client";

export function PrintButton({ label = "Afdrukken (A4)" }: { label?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
      {label}
    </button>
  );
}
