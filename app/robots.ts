import type { MetadataRoute } from "next";
import { publicBaseUrl } from "@/lib/server/projectenbank/card";

/** Only the public Projectenbank is for search engines; everything else sits behind the sign-in. */
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: ["/projectenbank"], disallow: ["/"] }],
    sitemap: `${publicBaseUrl()}/sitemap.xml`,
  };
}
