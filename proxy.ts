import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/server/accounts/auth-secret";
import { errorResponse } from "@/lib/server/core/boundary";
import { NotAuthenticatedError } from "@/lib/server/core/errors";

/**
 * First line of defence only: signed-out visitors of a page go to the sign-in page (and come
 * back afterwards); signed-out API calls get 401. Every page, action and route handler still
 * checks the actor and its permissions itself.
 */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: authSecret() });
  if (token?.sub) return NextResponse.next();
  // A server action authenticates itself (runAction) and answers a signed-out call with "your
  // session expired" and the typed values; a redirect here would lose what the user typed.
  if (request.method === "POST" && request.headers.has("next-action")) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    return errorResponse(new NotAuthenticatedError());
  }
  const url = request.nextUrl.clone();
  url.pathname = "/inloggen";
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // everything except sign-in, next-auth's own endpoints, static assets and the public
  // Projectenbank (pages, open-data API, sitemap), which serve published cards only
  matcher: ["/((?!inloggen|api/auth|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|projectenbank|api/projectenbank).*)"],
};
