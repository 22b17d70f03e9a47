import "server-only";
import type { Db } from "../db";
import { writeAudit } from "../core/audit";
import { currentSessionEpoch } from "./sessions";
import { claimedEmail, emailIsVerified, type OidcClaims } from "../../domain/oidc-config";

export type OidcSignInResult = { ok: true; userId: string; epoch: number } | { ok: false };

/**
 * Signs in the person the identity provider vouches for (docs/decisions/0012-oidc-sign-in.md):
 * only an existing, active account whose e-mail address equals (case-insensitively) the
 * provider's e-mail claim, and only when the provider says that address is verified
 * (`emailIsVerified`). It never creates an account or a role. Success and every refusal are
 * audited with the client address, like password sign-in; the person is only told "not possible",
 * so whether an account exists does not leak. A success returns the session epoch the new session
 * starts with, exactly as a password sign-in does.
 */
export async function oidcSignIn(
  db: Db,
  input: { claims: OidcClaims; issuer: string; ip: string | null },
  now = new Date(),
): Promise<OidcSignInResult> {
  const email = claimedEmail(input.claims);
  const subject = typeof input.claims.sub === "string" ? input.claims.sub : null;
  const refuse = async (userId: string | null, reason: string, extra: Record<string, unknown> = {}) => {
    await writeAudit(db, null, {
      action: "SIGN_IN_FAILED",
      entity: "User",
      entityId: userId ?? "onbekend",
      after: { reden: reason, methode: "openid-connect", uitgever: input.issuer, ...extra },
      clientAddress: input.ip,
    });
    return { ok: false } as const;
  };

  // The address comes from the organisation's identity provider, not from what was typed, so the
  // audit row may name it: the beheerder sees who tried and can invite them.
  if (!email) return refuse(null, "geen e-mailadres van de identiteitsprovider", { subject });
  const user = await db.user.findUnique({ where: { email }, select: { id: true, active: true } });
  if (!user) return refuse(null, "onbekend e-mailadres", { email, subject });
  if (!emailIsVerified(input.claims)) return refuse(user.id, "e-mailadres niet bevestigd door de identiteitsprovider", { subject });
  if (!user.active) return refuse(user.id, "account gedeactiveerd", { subject });

  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  await writeAudit(db, { userId: user.id }, {
    action: "SIGN_IN",
    entity: "User",
    entityId: user.id,
    after: { methode: "openid-connect", uitgever: input.issuer, subject },
    clientAddress: input.ip,
  });
  const epoch = await currentSessionEpoch(db, user.id);
  return { ok: true, userId: user.id, epoch: epoch ?? 0 };
}
