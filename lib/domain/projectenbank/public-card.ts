/**
 * A published project card as the public sees it (the Projectenbank's card page, the open-data
 * API and the brochure): no notes, no open period's judgement, only contacts who agreed to be
 * shown, no leaders or history. Filled by lib/server/projectenbank/card.ts.
 */
import type { ProductType, ProjectStatus, ResultSharing, Scalability } from "../enums";

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
};
