/**
 * The cover of the printed report and the DOCX: title, period, comparison period, version, date
 * and publisher, as label–value lines. Pure.
 */
import type { ReportDocument } from "./types";

export const PUBLISHER = "Waardigheid en trots in de regio (WIR)";

export type CoverVersion = { number: number; state: "DRAFT" | "PUBLISHED"; publishedAt: Date | string | null } | null;

const longDate = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });

export function coverLines(doc: ReportDocument, version: CoverVersion): [label: string, value: string][] {
  const versionText = !version ? "Actuele cijfers (geen vastgestelde versie)" : version.state === "PUBLISHED" ? `Versie ${version.number}, gepubliceerd` : `Versie ${version.number}, concept`;
  const date = version?.state === "PUBLISHED" && version.publishedAt ? version.publishedAt : doc.generatedAt;
  return [
    ["Rapportageperiode", doc.period.label],
    ["Vergeleken met", doc.compare.label],
    ["Reikwijdte", doc.scopeLabel],
    ["Versie", versionText],
    ["Datum", longDate.format(new Date(date))],
    ["Uitgegeven door", PUBLISHER],
  ];
}
