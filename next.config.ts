import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // The database drivers load WebAssembly / native code from their own package folders.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "@node-rs/argon2", "exceljs", "@resvg/resvg-js"],
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
