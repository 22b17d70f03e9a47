/**
 * DOCX of the whole report, editable in Word: a cover (title, period, comparison period, version,
 * date, publisher), a table of contents (a Word field: Word fills in the page numbers when the
 * file is opened), page numbers in the footer, then every chapter that has narrative or tables,
 * each on a new page, with its narrative, and per table its chart (a PNG drawn on the server,
 * passed in as `charts`), the table (header rows repeat on every page) and its change sentence.
 */
import {
  AlignmentType,
  Footer,
  ImageRun,
  PageNumber,
  TableOfContents,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { tableHeading, visibleChapters, type DocTable, type ReportDocument } from "./types";
import { coverLines, type CoverVersion } from "./cover";
import { formatCell } from "../report/format";


function paragraphs(text: string): Paragraph[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => new Paragraph({ children: p.split("\n").flatMap((line, i) => (i ? [new TextRun({ text: line, break: 1 })] : [new TextRun(line)])), spacing: { after: 120 } }));
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "999999" };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, opts: { bold?: boolean; number?: boolean } = {}) {
  return new TableCell({
    borders,
    children: [new Paragraph({ alignment: opts.number ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: opts.bold })] })],
  });
}

/** A chart image: PNG bytes and the size it was drawn at (pixels). */
export type ChartImage = { png: Uint8Array; width: number; height: number };

/** Printable width of an A4 page with Word's default margins, in pixels at 96 dpi. */
const PAGE_WIDTH_PX = 600;

function chartParagraph(t: DocTable, image: ChartImage): Paragraph {
  const width = Math.min(PAGE_WIDTH_PX, image.width);
  const height = Math.round((image.height / image.width) * width);
  return new Paragraph({
    keepNext: true,
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: "png",
        data: image.png,
        transformation: { width, height },
        altText: { name: t.key, title: t.chart?.title ?? tableHeading(t), description: `Grafiek bij ${tableHeading(t)}; de cijfers staan in de tabel eronder.` },
      }),
    ],
  });
}

function table(t: DocTable, image?: ChartImage): (Paragraph | Table)[] {
  const header = new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c, { bold: true, number: i > 0 })) });
  const rows = t.rows.map(
    (r) => new TableRow({ cantSplit: true, children: [cell(r.label, { bold: r.total }), ...r.values.map((v) => cell(formatCell(v), { bold: r.total, number: typeof v === "number" }))] }),
  );
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(tableHeading(t))], keepNext: true }),
    ...(image ? [chartParagraph(t, image)] : []),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
    ...(t.change ? [new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: t.change, italics: true })] })] : []),
    ...(t.points ?? []).map((p) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(p)] })),
    ...(t.note ? [new Paragraph({ children: [new TextRun({ text: t.note, size: 18 })] })] : []),
    new Paragraph({ text: "" }),
  ];
}

function cover(doc: ReportDocument, version: CoverVersion): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 2400, after: 240 }, children: [new TextRun({ text: "VOORTGANGSRAPPORTAGE", size: 24, color: "4B5563" })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 600 }, children: [new TextRun(doc.title)] }),
    ...coverLines(doc, version).map(
      ([label, value]) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
    ),
  ];
}

export type DocxOptions = { version?: CoverVersion; charts?: Record<string, ChartImage> };

export async function reportToDocx(doc: ReportDocument, options: DocxOptions = {}): Promise<Buffer> {
  const chapters = visibleChapters(doc);
  const children: (Paragraph | Table | TableOfContents)[] = [
    ...cover(doc, options.version ?? null),
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun("Inhoud")] }),
    new TableOfContents("Inhoud", { hyperlink: true, headingStyleRange: "1-1", cachedEntries: chapters.map((c) => ({ title: c.title, level: 1 })) }),
  ];
  for (const chapter of chapters) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(chapter.title)] }));
    children.push(...paragraphs(chapter.narrative));
    for (const t of chapter.tables) children.push(...table(t, options.charts?.[t.key]));
  }
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ["Pagina ", PageNumber.CURRENT, " van ", PageNumber.TOTAL_PAGES], size: 18 })] })],
  });
  const document = new Document({
    creator: "Regiotafel",
    title: doc.title,
    description: `Voortgangsrapportage ${doc.period.label}`,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [{ properties: { titlePage: true }, footers: { default: footer, first: new Footer({ children: [] }) }, children }],
  });
  return Packer.toBuffer(document);
}
