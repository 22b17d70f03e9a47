/**
 * Where to go after sign-in: only a path of this site. The candidate is parsed as a URL first
 * (as a browser would: `/\evil.example` and `//evil.example` name another host), and only a result
 * on the site's own origin is followed, as its normalised path; anything else goes to "/".
 */
export function safeCallbackPath(candidate: string | null | undefined): string {
  if (!candidate || candidate.length > 2000) return "/";
  const base = "https://regiotafel.invalid";
  let url: URL;
  try {
    url = new URL(candidate, base);
  } catch {
    return "/";
  }
  if (url.origin !== base) return "/";
  return url.pathname + url.search + url.hash;
}
