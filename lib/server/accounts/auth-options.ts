import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "../db";
import { signIn, WRONG_CREDENTIALS } from "./sign-in";
import { authSecret } from "./auth-secret";
import { currentSessionEpoch, endAllSessions } from "./sessions";
import { sessionLimits, type SessionClaims } from "../../domain/session-limits";
import { safeCallbackPath } from "../../domain/safe-callback";

/**
 * Sessions are signed tokens (JWT), so any app instance can serve any request. The token lives
 * at most the absolute limit; the idle limit and the user's session epoch are checked on every
 * request (proxy.ts, session.ts).
 */
export const SESSION_MAX_AGE_SECONDS = Math.ceil(sessionLimits().absoluteMs / 1000);

const credentials = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
});

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded) return forwarded.split(",")[0].trim();
  const real = headers?.["x-real-ip"];
  return typeof real === "string" && real ? real : null;
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/inloggen", error: "/inloggen" },
  providers: [
    CredentialsProvider({
      name: "E-mail en wachtwoord",
      credentials: { email: { label: "E-mailadres", type: "email" }, password: { label: "Wachtwoord", type: "password" } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) throw new Error(WRONG_CREDENTIALS);
        const { prisma } = await getDb();
        const result = await signIn(prisma, { ...parsed.data, ip: clientIp(req?.headers) });
        if (!result.ok) throw new Error(result.message);
        const epoch = await currentSessionEpoch(prisma, result.userId);
        return { id: result.userId, epoch: epoch ?? 0 };
      },
    }),
  ],
  callbacks: {
    // next-auth's own redirects (sign-out, errors) stay on this site too
    async redirect({ url, baseUrl }) {
      const sameSite = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeCallbackPath(sameSite)}`;
    },
    async jwt({ token, user }) {
      if (user) {
        const now = Date.now();
        const claims: SessionClaims = { epoch: (user as { epoch?: number }).epoch ?? 0, authAt: now, seenAt: now };
        Object.assign(token, { sub: user.id }, claims);
      }
      return token;
    },
    async session({ session, token }) {
      // Only the user id and the session claims travel; roles and scope are read from the database.
      const claims: SessionClaims = { epoch: token.epoch as number | undefined, authAt: token.authAt as number | undefined, seenAt: token.seenAt as number | undefined };
      return { expires: session.expires, user: { id: token.sub, ...claims } } as typeof session;
    },
  },
  events: {
    // Sign-out ends the session on the server too: the token, if kept or copied, no longer works.
    async signOut({ token }) {
      if (!token?.sub) return;
      const { prisma } = await getDb();
      await endAllSessions(prisma, token.sub).catch(() => undefined);
    },
  },
};
