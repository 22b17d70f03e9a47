/**
 * The Projectenbank brochure as a DOCX, editable in Word: the same cover, reading guide,
 * contents (a Word field that Word fills in with page numbers on opening) and one card per page
 * as the printed brochure, with page numbers in the footer. Links to products and cards point at
 * the online Projectenbank (`baseUrl`).
 */
import { AlignmentType, Document, ExternalHyperlink, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TableOfContents, TextRun } from "docx";
import { PRODUCT_TYPE } from "../enums";
import { formatDutchDate } from "../deadlines";
import { BROCHURE_READING_GUIDE, brochureCutNote, judgementLine, type Brochure } from "./brochure";
import { cardPath } from "./search-params";
import { evaluationSections, type PublicCard } from "./public-card";

const MUTED = "4B5563";

function lines(text: string): Paragraph[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => new Paragraph({ spacing: { after: 120 }, children: p.split("\n").map((line, i) => new TextRun({ text: line, break: i ? 1 : 0 })) }));
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], opts: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: level, keepNext: true, pageBreakBefore: opts.pageBreakBefore, children: [new TextRun(text)] });
}

function textSection(title: string, text: string): Paragraph[] {
  if (!text.trim()) return [];
  return [heading(title, HeadingLevel.HEADING_3), ...lines(text)];
}

function link(text: string, url: string): ExternalHyperlink {
  return new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: "Hyperlink" })] });
}

function fact(label: string, value: string): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

/** One card on a page of its own; the first card of a hoofdrubriek opens with the hoofdrubriek's heading. */
function card(c: PublicCard, baseUrl: string, opensSection: boolean): Paragraph[] {
  const out: Paragraph[] = [
    opensSection
      ? heading(c.hoofdrubriek.label, HeadingLevel.HEADING_1, { pageBreakBefore: true })
      : new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text: c.hoofdrubriek.label.toUpperCase(), size: 18, color: MUTED })] }),
    heading(c.title, HeadingLevel.HEADING_2),
    new Paragraph({
      spacing: { after: 200 },
      children: [new TextRun({ text: [c.wirNumber, c.themes.map((t) => t.label).join(", ")].filter(Boolean).join(" · "), color: MUTED })],
    }),
    ...textSection("Doel | Waarom dit project", c.goal),
    ...textSection("Beschrijving | Wat en hoe?", c.description),
    ...textSection("Resultaten", c.results),
  ];
  if (c.deliveredProducts.trim() || c.products.length) {
    out.push(heading("Opgeleverde resultaten", HeadingLevel.HEADING_3), ...lines(c.deliveredProducts));
    for (const p of c.products) {
      const url = p.hasFile ? `${baseUrl}/projectenbank/producten/${p.id}/bestand` : p.url;
      out.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [url ? link(p.title, url) : new TextRun(p.title), new TextRun({ text: ` (${PRODUCT_TYPE.label(p.type)})`, color: MUTED })],
        }),
      );
      if (p.description.trim()) out.push(new Paragraph({ indent: { left: 720 }, children: [new TextRun({ text: p.description, size: 20 })] }));
    }
  }
  if (c.lessonsLearned.trim() || c.lessons.length) {
    out.push(heading("Geleerde lessen", HeadingLevel.HEADING_3), ...lines(c.lessonsLearned));
    for (const l of c.lessons) {
      out.push(new Paragraph({ bullet: { level: 0 }, children: [...(l.title ? [new TextRun({ text: `${l.title}: `, bold: true })] : []), new TextRun(l.text)] }));
    }
  }
  if (c.evaluation) {
    out.push(heading("Eindevaluatie", HeadingLevel.HEADING_3), ...evaluationSections(c.evaluation).map((s) => fact(s.title, s.text)));
  }
  out.push(heading("Organisaties en contact", HeadingLevel.HEADING_3), fact("Kartrekker", c.leadOrganisation ?? "onbekend"));
  if (c.partners.length) out.push(fact("Partners", c.partners.join(", ")));
  if (c.contacts.length === 0) out.push(fact("Contact", "geen contactpersoon die openbaar vermeld wil worden"));
  for (const p of c.contacts) {
    out.push(fact("Contact", [p.name, p.role, p.organisation, p.email, p.phone].map((x) => x.trim()).filter(Boolean).join(", ")));
  }
  out.push(fact("Looptijd", `${c.startDate ? formatDutchDate(c.startDate) : "onbekend"} – ${c.endDate ? formatDutchDate(c.endDate) : "onbekend"}`));
  const judgement = judgementLine(c);
  if (judgement) out.push(fact("Stand", judgement));
  out.push(new Paragraph({ spacing: { before: 200 }, children: [link("Deze kaart in de online Projectenbank", `${baseUrl}${cardPath(c)}`)] }));
  return out;
}

export type BrochureDocxOptions = { baseUrl: string; generatedOn: string };

export async function brochureDocx(brochure: Brochure, options: BrochureDocxOptions): Promise<Buffer> {
  const cut = brochureCutNote(brochure);
  const cards = brochure.sections.flatMap((s) => s.cards);
  const children: (Paragraph | TableOfContents)[] = [
    new Paragraph({ spacing: { before: 2400, after: 240 }, children: [new TextRun({ text: "REGIOTAFEL PROJECTENBANK", size: 24, color: MUTED })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 240 }, children: [new TextRun(brochure.title)] }),
    new Paragraph({ spacing: { after: 600 }, children: [new TextRun({ text: "Samen leren, inspireren en vernieuwen", size: 28 })] }),
    ...(brochure.concessiehouder ? [fact("Zorgkantoor", brochure.concessiehouder)] : []),
    ...brochure.criteria.map((c) => new Paragraph({ spacing: { after: 60 }, children: [new TextRun(c)] })),
    fact("Projectkaarten", brochure.total.toLocaleString("nl-NL")),
    fact("Stand", options.generatedOn),
    ...(cut ? [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: cut, italics: true })] })] : []),
    heading("Leeswijzer", HeadingLevel.HEADING_1, { pageBreakBefore: true }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun(BROCHURE_READING_GUIDE.intro)] }),
    new Paragraph({ spacing: { after: 60 }, children: [new TextRun("Op elke pagina leest u:")] }),
    ...BROCHURE_READING_GUIDE.items.map(([label, text]) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: label, bold: true }), new TextRun(`: ${text}`)] })),
    new Paragraph({ spacing: { before: 120 }, children: [new TextRun(BROCHURE_READING_GUIDE.closing)] }),
    heading("Inhoud", HeadingLevel.HEADING_1, { pageBreakBefore: true }),
  ];
  if (cards.length === 0) {
    children.push(new Paragraph({ children: [new TextRun("Deze selectie heeft (nog) geen gepubliceerde projectkaarten.")] }));
  } else {
    children.push(
      new TableOfContents("Inhoud", {
        hyperlink: true,
        headingStyleRange: "1-2",
        cachedEntries: brochure.sections.flatMap((s) => [{ title: s.hoofdrubriek.label, level: 1 }, ...s.cards.map((c) => ({ title: c.title, level: 2 }))]),
      }),
    );
  }
  for (const section of brochure.sections) section.cards.forEach((c, i) => children.push(...card(c, options.baseUrl, i === 0)));
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ["Pagina ", PageNumber.CURRENT, " van ", PageNumber.TOTAL_PAGES], size: 18 })] })],
  });
  const document = new Document({
    creator: "Regiotafel",
    title: brochure.title,
    description: `Brochure uit de Regiotafel Projectenbank: ${brochure.title}`,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [{ properties: { titlePage: true }, footers: { default: footer, first: new Footer({ children: [] }) }, children }],
  });
  return Packer.toBuffer(document);
}
