import { NextResponse, type NextRequest } from "next/server";
import { encode, getToken, type JWT } from "next-auth/jwt";
import { authSecret } from "@/lib/server/accounts/auth-secret";
import { errorResponse } from "@/lib/server/core/boundary";
import { NotAuthenticatedError } from "@/lib/server/core/errors";
import { SEEN_AT_RESOLUTION_MS, servedOverHttps, sessionCookieMaxAge, sessionCookieName, sessionExpired, sessionLimits, type SessionClaims } from "@/lib/domain/session-limits";
import { HSTS, contentSecurityPolicy } from "@/lib/domain/security-headers";

/**
 * Paths a signed-out visitor may open. The one list: add a public page or API here.
 * A path matches itself and everything below it.
 */
export const PUBLIC_PATHS = [
  "/inloggen",
  "/wachtwoord-instellen",
  "/wachtwoord-vergeten",
  "/toegankelijkheid",
  "/api/auth",
  // the public Projectenbank (pages, open-data API, sitemap): published cards only
  "/projectenbank",
  "/api/projectenbank",
  "/sitemap.xml",
] as const;

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

const https = () => servedOverHttps();

/**
 * First line of defence only, on every request:
 * - a fresh CSP nonce (Next.js puts it on its own scripts), HSTS over https;
 * - the session's absolute and idle limits (lib/domain/session-limits.ts), renewing the idle
 *   clock; a signed-out or expired visitor of a page goes to the sign-in page (and comes back
 *   afterwards), a signed-out API call gets 401 with the one error body.
 * Every page, action and route handler still checks the actor and its permissions itself (and
 * the user's session epoch, which needs the database).
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, { https: https(), dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    if (https()) response.headers.set("Strict-Transport-Security", HSTS);
    return response;
  };

  const { pathname, search } = request.nextUrl;
  const secret = authSecret();
  const token = (await getToken({ req: request, secret, secureCookie: https() })) as (JWT & SessionClaims) | null;
  const now = Date.now();
  const limits = sessionLimits();
  const signedIn = !!token?.sub && !sessionExpired(token, now, limits);

  if (signedIn) {
    const response = secure(NextResponse.next({ request: { headers: requestHeaders } }));
    // not on a server action: one may rewrite the session cookie itself (keepCurrentSession), and
    // two Set-Cookie headers for the same cookie in one response would race
    if (now - token.seenAt! >= SEEN_AT_RESOLUTION_MS && !request.headers.has("next-action")) {
      // renew the idle clock; the token never outlives the absolute limit
      const maxAge = sessionCookieMaxAge(token.authAt!, now, limits);
      const value = await encode({ token: { ...token, seenAt: now }, secret, maxAge });
      response.cookies.set(sessionCookieName(), value, { httpOnly: true, sameSite: "lax", path: "/", secure: https(), maxAge });
    }
    return response;
  }
  const expired = !!token;
  const clear = (response: NextResponse) => {
    if (expired) response.cookies.delete(sessionCookieName());
    return response;
  };
  if (isPublicPath(pathname)) return clear(secure(NextResponse.next({ request: { headers: requestHeaders } })));
  // A server action authenticates itself (runAction) and answers a signed-out call with "your
  // session expired" and the typed values; a redirect here would lose what the user typed.
  if (request.method === "POST" && request.headers.has("next-action")) return clear(secure(NextResponse.next({ request: { headers: requestHeaders } })));
  if (pathname.startsWith("/api/")) {
    const response = errorResponse(new NotAuthenticatedError());
    return clear(secure(new NextResponse(response.body, { status: response.status, headers: response.headers })));
  }
  const url = request.nextUrl.clone();
  url.pathname = "/inloggen";
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return clear(secure(NextResponse.redirect(url)));
}

export const config = {
  // everything except static assets (public pages get their headers here too)
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
