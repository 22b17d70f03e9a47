/** The e2e OpenID Connect provider's client and people (tests/support/oidc-provider.ts). */

export const OIDC_TEST_CLIENT = { id: "regiotafel-e2e", secret: "e2e-only-oidc-secret-not-for-production" } as const;

/**
 * Account name (typed at the provider's login page) → the claims the provider vouches for:
 * the demo inkoper of VGZ, with her address in another case → signed in;
 * a verified address without a Regiotafel account → refused.
 */
export const OIDC_TEST_ACCOUNTS: Record<string, { email: string; email_verified: boolean; name: string }> = {
  "vgz-inkoper": { email: "Inkoper.VGZ@Regiotafel.demo", email_verified: true, name: "Noor Hendriks" },
  "onbekende-collega": { email: "collega@zorgorganisatie.test", email_verified: true, name: "Onbekende Collega" },
};
