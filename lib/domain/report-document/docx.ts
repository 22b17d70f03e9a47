/**
 * DOCX of the whole report, editable in Word: a title page block, then every chapter with its
 * narrative and its tables (header rows repeat on every page), each table followed by its change
 * sentence. Chapters start on a new page.
 */
import {
  AlignmentType,
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
import { tableHeading, type DocCell, type DocTable, type ReportDocument } from "./types";

const nl = new Intl.NumberFormat("nl-NL");
export const formatCell = (v: DocCell) => (v == null ? "" : typeof v === "number" ? nl.format(v) : v);

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

function table(t: DocTable): (Paragraph | Table)[] {
  const header = new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c, { bold: true, number: i > 0 })) });
  const rows = t.rows.map(
    (r) => new TableRow({ cantSplit: true, children: [cell(r.label, { bold: r.total }), ...r.values.map((v) => cell(formatCell(v), { bold: r.total, number: typeof v === "number" }))] }),
  );
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(tableHeading(t))], keepNext: true }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
    ...(t.change ? [new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: t.change, italics: true })] })] : []),
    ...(t.note ? [new Paragraph({ children: [new TextRun({ text: t.note, size: 18 })] })] : []),
    new Paragraph({ text: "" }),
  ];
}

export async function reportToDocx(doc: ReportDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    new Paragraph({ children: [new TextRun(`Peildatum: ${doc.period.label}, vergeleken met ${doc.compare.label}.`)] }),
    new Paragraph({ children: [new TextRun(`Reikwijdte: ${doc.scopeLabel}.`)] }),
  ];
  doc.chapters.forEach((chapter, i) => {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: i > 0, children: [new TextRun(chapter.title)] }));
    children.push(...paragraphs(chapter.narrative));
    for (const t of chapter.tables) children.push(...table(t));
  });
  const document = new Document({
    creator: "Regiotafel",
    title: doc.title,
    description: `Voortgangsrapportage ${doc.period.label}`,
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [{ properties: {}, children }],
  });
  return Packer.toBuffer(document);
}
