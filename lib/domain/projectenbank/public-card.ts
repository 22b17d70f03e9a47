/**
 * A published project card as the public sees it (the Projectenbank's card page, the open-data
 * API and the brochure): no notes, no open period's judgement, only contacts who agreed to be
 * shown, no leaders or history. Filled by lib/server/projectenbank/card.ts.
 */
import type { ProductType, ProjectStatus, ResultSharing, Scalability } from "../enums";
import { BARRIER, SUCCESS_FACTOR, TRANSFERABILITY, type FinalEvaluationContent } from "../results/enums";

export type PublicCard = {
  id: string;
  wirNumber: string;
  title: string;
  /** the canonical address segment; the page redirects other spellings to it */
  segment: string;
  goal: string;
  description: string;
  results: string;
  deliveredProducts: string;
  lessonsLearned: string;
  startDate: string | null;
  endDate: string | null;
  publishedAt: string | null;
  updatedAt: string;
  region: { code: string; name: string };
  concessiehouder: { code: string; name: string } | null;
  hoofdrubriek: { code: string; label: string };
  themes: { code: string; label: string }[];
  /** at the latest closed period */
  judgement: { periodLabel: string; status: ProjectStatus | null; scalability: Scalability | null; sharing: ResultSharing | null } | null;
  leadOrganisation: string | null;
  partners: string[];
  contacts: { name: string; role: string; organisation: string; email: string; phone: string }[];
  links: { label: string; url: string }[];
  products: { id: string; type: ProductType; title: string; description: string; url: string; hasFile: boolean; fileName: string | null; fileType: string | null; fileSize: number | null }[];
  lessons: { id: string; title: string; text: string }[];
  /** the leader's final evaluation, once written: results against targets, what helped and hindered, borging */
  evaluation: FinalEvaluationContent | null;
};

/**
 * The final evaluation as titled paragraphs, in reading order, without empty parts: the card
 * page, the printed brochure and the DOCX brochure show the same text.
 */
export function evaluationSections(e: FinalEvaluationContent): { title: string; text: string }[] {
  const tags = (labels: string[]) => labels.join("; ");
  const sections = [
    { title: "Resultaten ten opzichte van de streefwaarden", text: e.resultsSummary },
    { title: "Wat hielp", text: tags(e.successFactors.map((f) => SUCCESS_FACTOR.label(f))) },
    { title: "Wat hinderde", text: tags(e.barriers.map((b) => BARRIER.label(b))) },
    { title: "Toelichting op wat hielp en hinderde", text: e.factorsNote },
    { title: "Borging: hoe het resultaat blijft", text: e.borgingPlan },
    { title: "Elders toepasbaar?", text: [e.transferable ? TRANSFERABILITY.label(e.transferable) : "", e.transferNote].map((s) => s.trim()).filter(Boolean).join(". ") },
  ];
  return sections.filter((s) => s.text.trim() !== "");
}
