import type { Metadata } from "next";
import Link from "next/link";
import { brochureLinks } from "@/lib/domain/projectenbank/brochure";
import { notFound, permanentRedirect } from "next/navigation";
import { publicCtx } from "@/lib/server/projectenbank/context";
import { findPublicCard, relatedProjects } from "@/lib/server/projectenbank/card";
import { cardPath } from "@/lib/domain/projectenbank/search-params";
import { PROJECT_STATUS, RESULT_SHARING, SCALABILITY } from "@/lib/domain/enums";
import { Card, EmptyState } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { CardText, ContactItems, LessonItems, ProductItems } from "@/components/ui/public-card";
import { evaluationSections } from "@/lib/domain/projectenbank/public-card";
import { CatalogueHitCard } from "@/components/ui/catalogue";
import type { CatalogueHit } from "@/lib/server/projectenbank/search";
import { Term } from "@/components/ui/term";

type Props = { params: Promise<{ kaart: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const card = await findPublicCard(await publicCtx(), decodeURIComponent((await params).kaart));
  if (!card) return { title: "Projectkaart niet gevonden" };
  const description = (card.goal || card.description).slice(0, 200);
  return {
    title: card.title,
    description,
    alternates: { canonical: cardPath(card) },
    openGraph: { title: card.title, description, type: "article", url: cardPath(card), siteName: "Regiotafel Projectenbank", locale: "nl_NL" },
  };
}

function RelatedList({ title, hits, empty }: { title: string; hits: CatalogueHit[]; empty: string }) {
  return (
    <div>
      <h3 className="mb-2 font-semibold">{title}</h3>
      {hits.length ? (
        <ul className="space-y-2">
          {hits.map((h) => (
            <li key={h.id}>
              <CatalogueHitCard hit={h} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{empty}</EmptyState>
      )}
    </div>
  );
}

export default async function PublicCardPage({ params }: Props) {
  const ctx = await publicCtx();
  const segment = decodeURIComponent((await params).kaart);
  const card = await findPublicCard(ctx, segment);
  if (!card) notFound();
  if (segment !== card.segment) permanentRedirect(cardPath(card));
  const related = await relatedProjects(ctx, card);
  const j = card.judgement;
  return (
    <article>
      <p className="no-print mb-4 flex flex-wrap gap-x-6 text-sm">
        <Link href="/projectenbank" className="text-brand-700 underline">
          ← Projectenbank
        </Link>
        <Link href={brochureLinks({ regio: card.region.code }).page} className="text-brand-700 underline">
          Brochure van regio {card.region.name}
        </Link>
      </p>
      <header className="mb-6">
        <p className="text-sm text-muted">{card.wirNumber}</p>
        <h1 className="text-2xl font-semibold text-brand-800">{card.title}</h1>
        <div className="mt-2 flex flex-wrap gap-1">
          <Badge tone="info">{card.hoofdrubriek.label}</Badge>
          {card.themes.map((t) => (
            <Badge key={t.code}>{t.label}</Badge>
          ))}
        </div>
      </header>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-5">
          <CardText title="Doel" text={card.goal} />
          <CardText title="Beschrijving" text={card.description} />
          <CardText title="Resultaten" text={card.results} />
          <CardText title="Opgeleverde producten" text={card.deliveredProducts} itemCount={card.products.length} empty="Nog geen producten.">
            <ProductItems products={card.products} />
          </CardText>
          <CardText title="Geleerde lessen" text={card.lessonsLearned} itemCount={card.lessons.length} empty="Nog geen lessen beschreven.">
            <LessonItems lessons={card.lessons} />
          </CardText>
          {card.evaluation ? (
            <section aria-labelledby="eindevaluatie-kop">
              <h2 id="eindevaluatie-kop" className="text-lg font-semibold text-brand-800">
                Eindevaluatie
              </h2>
              <div className="mt-2 space-y-3">
                {evaluationSections(card.evaluation).map((s) => (
                  <CardText key={s.title} level={3} title={s.title} text={s.text} />
                ))}
              </div>
            </section>
          ) : null}
          {card.links.length ? (
            <section>
              <h2 className="text-lg font-semibold text-brand-800">Meer informatie</h2>
              <ul className="mt-1 list-disc pl-5">
                {card.links.map((l) => (
                  <li key={l.url}>
                    <a className="text-brand-700 underline" href={l.url} rel="noopener noreferrer">
                      {l.label || l.url}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <aside className="space-y-4">
          <Card title="Kenmerken">
            <dl className="space-y-2 text-sm">
              <Term label="Regio">{card.region.name}</Term>
              {card.concessiehouder ? <Term label="Concessiehouder">{card.concessiehouder.name}</Term> : null}
              <Term label="Looptijd">
                {card.startDate ? formatDate(card.startDate) : "onbekend"} – {card.endDate ? formatDate(card.endDate) : "onbekend"}
              </Term>
              {j ? (
                <>
                  <Term label={`Status (${j.periodLabel})`}>{j.status ? PROJECT_STATUS.label(j.status) : "nog niet beoordeeld"}</Term>
                  <Term label="Opschaalbaarheid">{j.scalability ? SCALABILITY.label(j.scalability) : "nog niet beoordeeld"}</Term>
                  {j.sharing ? <Term label="Resultaten te delen">{RESULT_SHARING.label(j.sharing)}</Term> : null}
                </>
              ) : null}
            </dl>
          </Card>
          <Card title="Organisaties">
            <p className="text-sm">
              <strong>Kartrekker:</strong> {card.leadOrganisation ?? "onbekend"}
            </p>
            {card.partners.length ? (
              <>
                <p className="mt-2 text-sm font-semibold">Partners</p>
                <ul className="list-disc pl-5 text-sm">
                  {card.partners.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </Card>
          <Card title="Contact">
            <ContactItems contacts={card.contacts} />
          </Card>
        </aside>
      </div>
      <section className="no-print mt-10" aria-labelledby="verwant">
        <h2 id="verwant" className="mb-3 text-xl font-semibold text-brand-800">
          Verwante projecten
        </h2>
        <div className="grid gap-6 md:grid-cols-2">
          <RelatedList title="Lijkt op dit project" hits={related.similar} empty="Geen vergelijkbare projecten gevonden." />
          <RelatedList title="Zelfde thema in andere regio's" hits={related.sameThemeElsewhere} empty="Geen projecten met hetzelfde thema in andere regio's." />
        </div>
      </section>
    </article>
  );
}
