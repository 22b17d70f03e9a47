import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/domain/security-headers";

// The Content-Security-Policy (with a per-request nonce) and HSTS are set in proxy.ts.
const securityHeaders = [...STATIC_SECURITY_HEADERS];

const nextConfig: NextConfig = {
  // The database drivers load WebAssembly / native code from their own package folders.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "@node-rs/argon2", "exceljs"],
  poweredByHeader: false,
  // The proxy (proxy.ts) buffers request bodies; uploads of the portfolio import may be up to
  // 10 MB (lib/domain/import/format.ts MAX_IMPORT_BYTES) plus multipart overhead.
  experimental: { proxyClientMaxBodySize: "11mb" },
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
