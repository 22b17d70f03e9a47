/**
 * The site's own address (NEXTAUTH_URL). Served to anyone but this machine, it must be https:
 * session cookies and passwords would otherwise cross the network in clear text.
 */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** A Dutch reason why `npm start` refuses this address, or null when it is fine. */
export function baseUrlProblem(raw: string | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `NEXTAUTH_URL "${raw}" is geen geldig adres.`;
  }
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && LOOPBACK.has(url.hostname)) return null;
  return `NEXTAUTH_URL ${url.origin} gebruikt geen https. Zet Regiotafel achter https (bijvoorbeeld een reverse proxy met een certificaat) en geef het https-adres op; alleen localhost mag http gebruiken.`;
}

/** Whether a request's Origin is this site's (CSRF check of state-changing route handlers). */
export function sameOrigin(origin: string | null, secFetchSite: string | null, siteOrigin: string): boolean {
  if (origin) return origin === siteOrigin;
  // no Origin (some non-browser clients): a browser that says the request is cross-site is refused
  return secFetchSite === null || secFetchSite === "same-origin" || secFetchSite === "none";
}
