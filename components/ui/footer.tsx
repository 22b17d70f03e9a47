import Link from "next/link";

export function AppFooter() {
  return (
    <footer className="no-print mx-auto max-w-7xl px-4 pb-8 text-sm text-muted">
      <Link href="/toegankelijkheid" className="underline">
        Toegankelijkheid
      </Link>
    </footer>
  );
}
