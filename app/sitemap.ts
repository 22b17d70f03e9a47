import type { MetadataRoute } from "next";
import { publicCtx } from "@/lib/server/projectenbank/context";
import { publicBaseUrl, publishedCardAddresses } from "@/lib/server/projectenbank/card";

/** The public pages: the Projectenbank and every published project card. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = publicBaseUrl();
  const cards = await publishedCardAddresses(await publicCtx());
  return [
    { url: `${base}/projectenbank`, changeFrequency: "daily", priority: 1 },
    { url: `${base}/projectenbank/lessen`, changeFrequency: "daily", priority: 0.8 },
    ...cards.map((c) => ({ url: `${base}/projectenbank/${encodeURIComponent(c.segment)}`, lastModified: c.updatedAt, changeFrequency: "weekly" as const, priority: 0.7 })),
  ];
}
