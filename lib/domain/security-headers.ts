/**
 * The Content-Security-Policy and the other security headers (docs/security.md). Pure: proxy.ts
 * sets them per request (the CSP with a fresh nonce), next.config.ts the static ones.
 */

/** Headers every response carries (next.config.ts). */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
] as const;

/**
 * Scripts only with this request's nonce (and what those load: 'strict-dynamic'); no plugins, no
 * framing, forms and base URL only to this site. Styles allow inline `style` attributes (charts
 * and React set them; a nonce cannot cover attributes) but no foreign style sheets.
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Two years, subdomains included: only sent when the site is served over https. */
export const HSTS = "max-age=63072000; includeSubDomains";
