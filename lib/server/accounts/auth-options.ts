import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "../db";
import { signIn, WRONG_CREDENTIALS } from "./sign-in";
import { authSecret } from "./auth-secret";

/** Sessions are signed tokens (JWT), so any app instance can serve any request. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const credentials = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
});

/** The client address of a request (the sign-in throttle and the audit log use it). */
export function clientIp(headers: Record<string, unknown> | undefined): string | null {
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
        return { id: result.userId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      // Only the user id travels in the session; roles and scope are read from the database.
      return { expires: session.expires, user: { id: token.sub } } as typeof session;
    },
  },
};
