import Link from "next/link";

const SECTIONS = [
  { href: "/projectenbank", label: "Projecten" },
  { href: "/projectenbank/lessen", label: "Geleerde lessen" },
];

/** The public Projectenbank: readable without signing in. */
export default function ProjectenbankLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a href="#inhoud" className="skip-link">
        Naar de inhoud
      </a>
      <header className="no-print border-b border-gray-200 bg-white">
        <nav aria-label="Projectenbank" className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/projectenbank" className="text-lg font-semibold text-brand-800">
            Regiotafel Projectenbank
          </Link>
          {SECTIONS.map((s) => (
            <Link key={s.href} href={s.href} className="text-brand-700 underline-offset-4 hover:underline">
              {s.label}
            </Link>
          ))}
          <Link href="/inloggen" className="ml-auto text-brand-700 underline-offset-4 hover:underline">
            Inloggen
          </Link>
        </nav>
      </header>
      <main id="inhoud" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
