import Link from "next/link";

/** The end of a filter form (GET): a button to apply it, and a link back to the page without filters. */
export function FilterActions({ submitLabel, resetHref, resetLabel }: { submitLabel: string; resetHref: string; resetLabel: string }) {
  return (
    <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-5">
      <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800">
        {submitLabel}
      </button>
      <Link href={resetHref} className="px-2 py-1.5 text-brand-700 underline">
        {resetLabel}
      </Link>
    </div>
  );
}
