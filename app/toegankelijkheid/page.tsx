import type { Metadata } from "next";
import Link from "next/link";
import { HeadedSection } from "@/components/ui/headed-section";

export const metadata: Metadata = { title: "Toegankelijkheidsverklaring" };

/**
 * The accessibility statement, readable without signing in (proxy.ts lets it through). Its
 * structure follows the Dutch government's model statement: scope, standard, status, how it was
 * checked, known problems, feedback and escalation, date. Keep "Laatst bijgewerkt" true.
 */
function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <HeadedSection id={id} title={title} className="space-y-2" headingClassName="text-xl font-semibold text-brand-800">
      {children}
    </HeadedSection>
  );
}

export default function AccessibilityStatementPage() {
  return (
    <>
      <a href="#inhoud" className="skip-link">
        Naar de inhoud
      </a>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between px-4 py-3">
          <Link href="/" className="text-lg font-bold tracking-tight">
            Regiotafel
          </Link>
          <Link href="/inloggen" className="rounded border border-white/60 px-3 py-1.5 text-sm">
            Inloggen
          </Link>
        </div>
      </header>
      <main id="inhoud" className="mx-auto max-w-3xl space-y-6 px-4 py-8 leading-relaxed">
        <h1 className="text-3xl font-semibold text-brand-800">Toegankelijkheidsverklaring van Regiotafel</h1>
        <p>
          Iedereen moet Regiotafel kunnen gebruiken: met toetsenbord of muis, met een schermlezer of vergroting, op een telefoon of een groot scherm. Deze
          verklaring zegt voor welke onderdelen dat geldt, hoe we het controleren, wat nog niet goed gaat en waar u terecht kunt als iets niet werkt.
        </p>

        <Section id="t-wat" title="Waarover gaat deze verklaring?">
          <p>
            Over de webapplicatie Regiotafel: inloggen, het overzicht, projecten registreren en bewerken, voortgangsupdates, portfolio en beoordelen,
            perioden, dashboard en voortgangsrapportage, import en export, en de beheerschermen. Niet over de downloads (Excel, Word, CSV): die bekijkt u in
            uw eigen programma.
          </p>
        </Section>

        <Section id="t-norm" title="Welke norm volgen we?">
          <p>
            De Web Content Accessibility Guidelines (WCAG) 2.1 op niveau A en AA, zoals opgenomen in de Europese norm EN 301 549. Dat is de norm die de
            Nederlandse overheid voorschrijft (Besluit digitale toegankelijkheid overheid).
          </p>
        </Section>

        <Section id="t-status" title="Hoe ver zijn we?">
          <p>
            Regiotafel voldoet gedeeltelijk aan de norm. De automatische controles vinden op de geteste pagina&apos;s geen fouten meer; een volledig
            onderzoek door een onafhankelijke deskundige is nog niet gedaan. Tot dat onderzoek er is, noemen we de status daarom &ldquo;gedeeltelijk&rdquo;.
          </p>
        </Section>

        <Section id="t-hoe" title="Hoe controleren we het?">
          <ul className="list-disc space-y-1 pl-6">
            <li>Bij elke wijziging controleert een automatische test (axe) elke pagina die de eindgebruikerstests openen op WCAG 2.1 A en AA.</li>
            <li>
              De hoofdtaken worden bij elke wijziging alleen met het toetsenbord doorlopen: een projectleider schrijft en dient een voortgangsupdate in, een
              beoordelaar keurt een update goed.
            </li>
            <li>We bekijken de schermen op 1366 en op 390 pixels breed (een laptop en een telefoon).</li>
          </ul>
        </Section>

        <Section id="t-problemen" title="Wat werkt nog niet goed?">
          <ul className="list-disc space-y-1 pl-6">
            <li>De grafieken op het dashboard en in de rapportage zijn afbeeldingen; dezelfde cijfers staan steeds in een tabel ernaast.</li>
            <li>Brede tabellen (portfolio, beoordelen in bulk) scrollen op een telefoon zijwaarts binnen hun eigen kader.</li>
            <li>Bevestigingsvragen voor onomkeerbare stappen gebruiken het standaardvenster van de browser.</li>
          </ul>
        </Section>

        <Section id="t-contact" title="Loopt u ergens tegenaan?">
          <p>
            Meld het bij de beheerder van Regiotafel via het ondersteuningsteam van WIR. Zeg op welke pagina het was en wat er misging. U krijgt binnen
            vijf werkdagen antwoord, en binnen drie weken een oplossing of een afspraak over hoe u uw werk intussen kunt doen.
          </p>
          <p>
            Bent u niet tevreden over hoe uw melding is behandeld? Dan kunt u daarna terecht bij de Nationale ombudsman.
          </p>
        </Section>

        <p className="text-sm text-muted">Deze verklaring is opgesteld op 4 december 2026 en wordt herzien bij elke grote wijziging van Regiotafel.</p>
        <p>
          <Link href="/" className="text-brand-700 underline">
            Naar Regiotafel
          </Link>
        </p>
      </main>
    </>
  );
}
