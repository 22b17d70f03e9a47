import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/domain/security-headers";

// The Content-Security-Policy (with a per-request nonce) and HSTS are set in proxy.ts.
const securityHeaders = [...STATIC_SECURITY_HEADERS];

const nextConfig: NextConfig = {
  // The database drivers load WebAssembly / native code from their own package folders.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "@node-rs/argon2", "exceljs", "@resvg/resvg-js"],
  poweredByHeader: false,
  // The proxy (proxy.ts) buffers request bodies; the largest upload is a kennisbank product file
  // of 20 MB (lib/domain/projectenbank/product-file.ts) plus multipart overhead (the portfolio
  // import takes 10 MB); each route handler refuses more than its own maximum.
  // authInterrupts: `forbidden()` answers a page a role may not open with 403 (lib/server/core/page-access.ts).
  experimental: { proxyClientMaxBodySize: "21mb", authInterrupts: true },
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
