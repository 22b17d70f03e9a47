import { permanentRedirect } from "next/navigation";

type Props = { params: Promise<{ regio: string }> };

/** The old address of a region's brochure: the brochure now takes the catalogue's parameters. */
export default async function RegionBrochureRedirect({ params }: Props) {
  const regio = decodeURIComponent((await params).regio);
  permanentRedirect(`/projectenbank/brochure?regio=${encodeURIComponent(regio)}`);
}
