import type { ReactNode } from "react";
import { PRODUCT_TYPE } from "@/lib/domain/enums";
import type { PublicCard } from "@/lib/server/projectenbank/card";
import { Badge } from "./badge";
import { formatFileSize } from "./format";

/** Pieces of a public project card, shared by the card page and the printed brochure. No data access. */

/**
 * A section of the card: its heading (h2 on the card page, h3 in the brochure), the free text and
 * the recorded items below it (`children`, shown when `itemCount` is above 0: products, lessons).
 * Nothing when there is neither text nor an item, unless `empty` gives the message to show then.
 */
export function CardText({
  title,
  text,
  level = 2,
  itemCount = 0,
  empty,
  children,
}: {
  title: string;
  text: string;
  level?: 2 | 3;
  itemCount?: number;
  empty?: string;
  children?: ReactNode;
}) {
  const hasText = text.trim() !== "";
  if (!hasText && itemCount === 0 && empty === undefined) return null;
  const H = level === 2 ? "h2" : "h3";
  return (
    <section>
      <H className={`${level === 2 ? "text-lg" : "text-base"} font-semibold text-brand-800`}>{title}</H>
      {!hasText && itemCount === 0 ? <p className="text-muted">{empty}</p> : null}
      {hasText ? <p className="mt-1 whitespace-pre-line">{text}</p> : null}
      {itemCount > 0 ? children : null}
    </section>
  );
}

/** The card's delivered products: a file (download), a link, or only a title. */
export function ProductItems({ products }: { products: PublicCard["products"] }) {
  return (
    <ul className="mt-2 space-y-2">
      {products.map((p) => (
        <li key={p.id} className="rounded border border-gray-200 p-3">
          <p className="font-medium">
            {p.hasFile ? (
              <a className="text-brand-700 underline" href={`/projectenbank/producten/${p.id}/bestand`}>
                {p.title}
              </a>
            ) : p.url ? (
              <a className="text-brand-700 underline" href={p.url} rel="noopener noreferrer">
                {p.title}
              </a>
            ) : (
              p.title
            )}{" "}
            <Badge>{PRODUCT_TYPE.label(p.type)}</Badge>
          </p>
          {p.hasFile ? <p className="text-sm text-muted">{[p.fileName, formatFileSize(p.fileSize)].filter(Boolean).join(", ")}</p> : null}
          {!p.hasFile && p.url ? <p className="print-only text-sm break-all">{p.url}</p> : null}
          {p.description ? <p className="mt-1 text-sm">{p.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}

export function LessonItems({ lessons }: { lessons: PublicCard["lessons"] }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5">
      {lessons.map((l) => (
        <li key={l.id}>
          {l.title ? <strong>{l.title}: </strong> : null}
          {l.text}
        </li>
      ))}
    </ul>
  );
}

/** Only the contacts who agreed to be shown (the loader already left the others out). */
export function ContactItems({ contacts }: { contacts: PublicCard["contacts"] }) {
  if (contacts.length === 0) return <p className="text-sm text-muted">Geen contactpersoon openbaar.</p>;
  return (
    <ul className="space-y-2 text-sm">
      {contacts.map((c) => (
        <li key={`${c.name}-${c.email}`}>
          <strong>{c.name}</strong>
          {c.role ? `, ${c.role}` : ""}
          {c.organisation ? ` (${c.organisation})` : ""}
          {c.email ? (
            <>
              <br />
              <a className="text-brand-700 underline" href={`mailto:${c.email}`}>
                {c.email}
              </a>
            </>
          ) : null}
          {c.phone ? (
            <>
              <br />
              {c.phone}
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
