import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { z } from "zod";
import { getDb } from "../db";
import { headers } from "next/headers";
import { clientAddressFromHeaders } from "../core/client-address";
import { signIn, signOut, WRONG_CREDENTIALS } from "./sign-in";
import { authSecret } from "./auth-secret";
import { currentSessionEpoch } from "./sessions";
import { sessionLimits, type SessionClaims } from "../../domain/session-limits";
import { safeCallbackPath } from "../../domain/safe-callback";
import { OIDC_PROVIDER_ID, readOidcConfig, wellKnownUrl, type OidcClaims, type OidcConfig } from "../../domain/oidc-config";
import { oidcSignIn } from "./oidc-sign-in";

/**
 * Sessions are signed tokens (JWT), so any app instance can serve any request. The token lives
 * at most the absolute limit; the idle limit and the user's session epoch are checked on every
 * request (proxy.ts, session.ts).
 */
export const SESSION_MAX_AGE_SECONDS = Math.ceil(sessionLimits().absoluteMs / 1000);

const credentials = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
  /** the code from the authenticator app or a recovery code (two-factor sign-in, ADR 0011) */
  code: z.string().max(40).optional(),
});

/** The OpenID Connect settings, or null when OIDC sign-in is off (npm start refuses a partial configuration). */
export function oidcSettings(): OidcConfig | null {
  const result = readOidcConfig();
  return result.ok ? result.config : null;
}

/**
 * The organisation's identity provider (docs/decisions/0012-oidc-sign-in.md): authorization code
 * flow with PKCE, state and nonce; the claims are read from the verified ID token. The profile
 * keeps only the subject: the signIn callback below decides who it is.
 */
function oidcProvider(config: OidcConfig): OAuthConfig<OidcClaims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: wellKnownUrl(config),
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile: (claims) => ({ id: String(claims.sub) }),
  };
}

const oidc = oidcSettings();

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/inloggen", error: "/inloggen" },
  providers: [
    CredentialsProvider({
      name: "E-mail en wachtwoord",
      credentials: { email: { label: "E-mailadres", type: "email" }, password: { label: "Wachtwoord", type: "password" }, code: { label: "Code", type: "text" } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) throw new Error(WRONG_CREDENTIALS);
        const { prisma } = await getDb();
        const result = await signIn(prisma, { ...parsed.data, ip: clientAddressFromHeaders(req?.headers) });
        if (!result.ok) throw new Error(result.message);
        const epoch = await currentSessionEpoch(prisma, result.userId);
        return { id: result.userId, epoch: epoch ?? 0 };
      },
    }),
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
  callbacks: {
    /**
     * OpenID Connect: only an existing, active account with the provider's verified e-mail address
     * (oidc-sign-in.ts). A refusal goes to /inloggen?error=AccessDenied, one message for every reason.
     * next-auth hands this same `user` object to the jwt callback, so the token gets our user id
     * and session epoch exactly as with a password.
     */
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      if (!oidc) return false;
      const { prisma } = await getDb();
      const ip = await headers()
        .then((h) => clientAddressFromHeaders(h))
        .catch(() => null);
      const result = await oidcSignIn(prisma, { claims: (profile ?? {}) as OidcClaims, issuer: oidc.issuer, ip });
      if (!result.ok) return false;
      Object.assign(user, { id: result.userId, epoch: result.epoch });
      return true;
    },
    // next-auth's own redirects (sign-out, errors) stay on this site too
    async redirect({ url, baseUrl }) {
      const sameSite = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeCallbackPath(sameSite)}`;
    },
    async jwt({ token, user, account }) {
      if (user) {
        const now = Date.now();
        const claims: SessionClaims = { epoch: (user as { epoch?: number }).epoch ?? 0, authAt: now, seenAt: now, provider: account?.provider ?? "credentials" };
        Object.assign(token, { sub: user.id }, claims);
      }
      return token;
    },
    async session({ session, token }) {
      // Only the user id and the session claims travel; roles and scope are read from the database.
      const claims: SessionClaims = {
        epoch: token.epoch as number | undefined,
        authAt: token.authAt as number | undefined,
        seenAt: token.seenAt as number | undefined,
        provider: token.provider as string | undefined,
      };
      return { expires: session.expires, user: { id: token.sub, ...claims } } as typeof session;
    },
  },
  events: {
    // Sign-out ends the session on the server too: the token, if kept or copied, no longer works.
    async signOut({ token }) {
      if (!token?.sub) return;
      const { prisma } = await getDb();
      const address = await headers()
        .then((h) => clientAddressFromHeaders(h))
        .catch(() => null);
      await signOut(prisma, token.sub, address).catch((error) => console.error("Uitloggen:", error));
    },
  },
};
