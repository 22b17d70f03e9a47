import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { publicCtx } from "@/lib/server/projectenbank/context";
import { catalogueBrochure } from "@/lib/server/projectenbank/brochure";
import { catalogueQuerySchema } from "@/lib/domain/projectenbank/search-params";
import { brochureLinks } from "@/lib/domain/projectenbank/brochure";
import { BrochureView } from "@/components/ui/brochure";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The brochure of a region (?regio=), a concessiehouder (?concessiehouder=) or any catalogue search. */
async function load(props: Props) {
  const parsed = catalogueQuerySchema.safeParse(await props.searchParams);
  if (!parsed.success) return null;
  const brochure = await catalogueBrochure(await publicCtx(), parsed.data);
  return brochure ? { brochure, docxHref: brochureLinks(parsed.data).docx } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found) return { title: "Brochure niet gevonden" };
  const { title } = found.brochure;
  return { title, description: `${title}: de gepubliceerde projectkaarten om af te drukken of als Word-document te downloaden.`, openGraph: { title, type: "article" } };
}

export default async function BrochurePage(props: Props) {
  const found = await load(props);
  if (!found) notFound();
  return <BrochureView brochure={found.brochure} docxHref={found.docxHref} />;
}
