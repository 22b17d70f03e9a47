import Link from "next/link";
import { BROCHURE_READING_GUIDE, brochureCutNote, judgementLine, type Brochure } from "@/lib/domain/projectenbank/brochure";
import { cardPath } from "@/lib/domain/projectenbank/search-params";
import type { PublicCard } from "@/lib/domain/projectenbank/public-card";
import { PrintButton } from "./print-button";
import { formatDate } from "./format";
import { CardText, ContactItems, LessonItems, ProductItems } from "./public-card";
import { evaluationSections } from "@/lib/domain/projectenbank/public-card";

/**
 * The Projectenbank brochure to print (A4; print CSS in app/globals.css): cover, reading guide,
 * contents by hoofdrubriek, then one card per page with its lead organisation, partners and the
 * contacts who agreed to be shown. The same content as the DOCX (lib/domain/projectenbank/brochure-docx.ts).
 */

const anchor = (card: Pick<PublicCard, "wirNumber">) => `kaart-${card.wirNumber}`;

function BrochureCard({ card }: { card: PublicCard }) {
  const judgement = judgementLine(card);
  return (
    <article id={anchor(card)} className="brochure-card mt-10 rounded-lg border border-gray-200 bg-white p-6" aria-labelledby={`${anchor(card)}-titel`}>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{card.hoofdrubriek.label}</p>
      <h2 id={`${anchor(card)}-titel`} className="mt-1 text-xl font-semibold text-brand-800">
        <Link href={cardPath(card)} className="underline-offset-4 hover:underline">
          {card.title}
        </Link>
      </h2>
      <p className="text-sm text-muted">
        {card.wirNumber}
        {card.themes.length ? ` · ${card.themes.map((t) => t.label).join(", ")}` : ""}
      </p>
      <div className="brochure-card-body mt-4 grid gap-6 md:grid-cols-[1fr_16rem]">
        <div className="space-y-4">
          <CardText level={3} title="Doel | Waarom dit project" text={card.goal} />
          <CardText level={3} title="Beschrijving | Wat en hoe?" text={card.description} />
          <CardText level={3} title="Resultaten" text={card.results} />
          <CardText level={3} title="Opgeleverde resultaten" text={card.deliveredProducts} itemCount={card.products.length}>
            <ProductItems products={card.products} />
          </CardText>
          <CardText level={3} title="Geleerde lessen" text={card.lessonsLearned} itemCount={card.lessons.length}>
            <LessonItems lessons={card.lessons} />
          </CardText>
          {card.evaluation ? (
            <section>
              <h3 className="text-base font-semibold text-brand-800">Eindevaluatie</h3>
              {evaluationSections(card.evaluation).map((s) => (
                <p key={s.title} className="mt-1 whitespace-pre-line">
                  <strong>{s.title}: </strong>
                  {s.text}
                </p>
              ))}
            </section>
          ) : null}
        </div>
        <aside className="space-y-4 text-sm" aria-label={`Organisaties en contact: ${card.title}`}>
          <section>
            <h3 className="font-semibold">Kartrekker</h3>
            <p>{card.leadOrganisation ?? "onbekend"}</p>
          </section>
          {card.partners.length ? (
            <section>
              <h3 className="font-semibold">Partners</h3>
              <ul>
                {card.partners.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <section>
            <h3 className="font-semibold">Contact</h3>
            <ContactItems contacts={card.contacts} />
          </section>
          <section>
            <h3 className="font-semibold">Looptijd</h3>
            <p>
              {card.startDate ? formatDate(card.startDate) : "onbekend"} – {card.endDate ? formatDate(card.endDate) : "onbekend"}
            </p>
            {judgement ? <p className="mt-1">{judgement}</p> : null}
          </section>
        </aside>
      </div>
    </article>
  );
}

export function BrochureView({ brochure, docxHref }: { brochure: Brochure; docxHref: string }) {
  const { title, concessiehouder, criteria, sections, total, searchHref } = brochure;
  const cut = brochureCutNote(brochure);
  return (
    <div className="brochure">
      <div className="no-print mb-6 flex flex-wrap items-center gap-4">
        <Link href={searchHref} className="text-brand-700 underline">
          ← Terug naar deze projecten in de Projectenbank
        </Link>
        <PrintButton label="Brochure afdrukken (A4)" />
        <a href={docxHref} className="text-brand-700 underline">
          Download als Word-document (DOCX)
        </a>
      </div>
      <section className="brochure-cover rounded-lg bg-brand-800 p-8 text-white" aria-labelledby="brochure-titel">
        <p className="text-sm uppercase tracking-widest">Regiotafel Projectenbank</p>
        <h1 id="brochure-titel" className="mt-4 text-3xl font-bold">
          {title}
        </h1>
        <p className="mt-2 text-lg">Samen leren, inspireren en vernieuwen</p>
        <dl className="mt-8 space-y-1">
          {concessiehouder ? (
            <div>
              <dt className="inline font-semibold">Zorgkantoor: </dt>
              <dd className="inline">{concessiehouder}</dd>
            </div>
          ) : null}
          {criteria.length ? (
            <div>
              <dt className="inline font-semibold">Selectie: </dt>
              <dd className="inline">{criteria.join("; ")}</dd>
            </div>
          ) : null}
          <div>
            <dt className="inline font-semibold">Projectkaarten: </dt>
            <dd className="inline">{total.toLocaleString("nl-NL")}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">Stand: </dt>
            <dd className="inline">{formatDate(new Date())}</dd>
          </div>
        </dl>
        {cut ? <p className="mt-6 italic">{cut}</p> : null}
      </section>

      <section className="brochure-page mt-10" aria-labelledby="leeswijzer">
        <h2 id="leeswijzer" className="text-xl font-semibold text-brand-800">
          Leeswijzer
        </h2>
        <div className="mt-2 max-w-3xl space-y-3">
          <p>{BROCHURE_READING_GUIDE.intro}</p>
          <p>Op elke pagina leest u:</p>
          <ul className="list-disc space-y-1 pl-6">
            {BROCHURE_READING_GUIDE.items.map(([label, text]) => (
              <li key={label}>
                <strong>{label}</strong>: {text}
              </li>
            ))}
          </ul>
          <p>{BROCHURE_READING_GUIDE.closing}</p>
        </div>
      </section>

      <nav className="brochure-page mt-10" aria-labelledby="inhoud-kop">
        <h2 id="inhoud-kop" className="text-xl font-semibold text-brand-800">
          Inhoud
        </h2>
        {sections.length === 0 ? (
          <p className="mt-2">Deze selectie heeft (nog) geen gepubliceerde projectkaarten.</p>
        ) : (
          <div className="mt-2 space-y-4">
            {sections.map((s) => (
              <div key={s.hoofdrubriek.code}>
                <h3 className="font-semibold">{s.hoofdrubriek.label}</h3>
                <ol className="mt-1 list-decimal space-y-0.5 pl-6">
                  {s.cards.map((c) => (
                    <li key={c.id}>
                      <a href={`#${anchor(c)}`} className="text-brand-700 underline">
                        {c.title}
                      </a>{" "}
                      <span className="text-muted">({c.wirNumber})</span>
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </div>
        )}
      </nav>

      {sections.flatMap((s) => s.cards.map((c) => <BrochureCard key={c.id} card={c} />))}
    </div>
  );
}
