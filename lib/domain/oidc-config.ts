/**
 * Optional OpenID Connect sign-in (docs/decisions/0012-oidc-sign-in.md): the configuration read
 * from the environment and the one decision about the identity provider's claims. Pure.
 */

export type OidcConfig = {
  /** the issuer's URL, without a trailing slash; its discovery document is `${issuer}/.well-known/openid-configuration` */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** the label of the button on /inloggen */
  name: string;
};

export const OIDC_DEFAULT_NAME = "Inloggen met uw organisatieaccount";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
const VARS = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;

export type OidcConfigResult = { ok: true; config: OidcConfig | null } | { ok: false; problem: string };

/**
 * OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET (all three, or none: then OIDC sign-in is
 * off), OIDC_NAME (optional button label). The issuer must be https (http only on this machine).
 * A problem is a Dutch sentence for `npm start`, which refuses to start on it.
 */
export function readOidcConfig(env: Record<string, string | undefined> = process.env): OidcConfigResult {
  const value = (key: string) => env[key]?.trim() || "";
  const set = VARS.filter((key) => value(key));
  if (set.length === 0) return { ok: true, config: null };
  if (set.length < VARS.length) {
    const missing = VARS.filter((key) => !value(key));
    return {
      ok: false,
      problem: `OpenID Connect is half ingesteld: ${set.join(", ")} ${set.length === 1 ? "is" : "zijn"} gezet, maar ${missing.join(" en ")} ${missing.length === 1 ? "ontbreekt" : "ontbreken"}. Zet alle drie (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET) of geen ervan.`,
    };
  }
  let url: URL;
  try {
    url = new URL(value("OIDC_ISSUER"));
  } catch {
    return { ok: false, problem: `OIDC_ISSUER "${value("OIDC_ISSUER")}" is geen geldig adres.` };
  }
  if (url.search || url.hash) return { ok: false, problem: `OIDC_ISSUER ${url.href} mag geen ? of # bevatten.` };
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    return { ok: false, problem: `OIDC_ISSUER ${url.origin} gebruikt geen https; alleen een identiteitsprovider op deze machine (localhost) mag http gebruiken.` };
  }
  return {
    ok: true,
    config: {
      issuer: url.href.replace(/\/+$/, ""),
      clientId: value("OIDC_CLIENT_ID"),
      clientSecret: value("OIDC_CLIENT_SECRET"),
      name: value("OIDC_NAME") || OIDC_DEFAULT_NAME,
    },
  };
}

/** The discovery document of the issuer. */
export function wellKnownUrl(config: Pick<OidcConfig, "issuer">): string {
  return `${config.issuer}/.well-known/openid-configuration`;
}

/** The id of the next-auth provider; the callback URL to register is `${NEXTAUTH_URL}/api/auth/callback/oidc`. */
export const OIDC_PROVIDER_ID = "oidc";

export function oidcCallbackUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/api/auth/callback/${OIDC_PROVIDER_ID}`;
}

/** The claims of the ID token Regiotafel looks at. */
export type OidcClaims = { sub?: unknown; email?: unknown; email_verified?: unknown; xms_edov?: unknown };

/**
 * Whether the identity provider vouches for the e-mail address: `email_verified` is the boolean
 * true; when the claim is absent, Entra ID's `xms_edov` ("e-mail domain owner verified") is the
 * boolean true. Anything else (false, a string, missing) is not verified: an address that anyone
 * could have typed into their profile at the provider must not open someone's account.
 */
export function emailIsVerified(claims: OidcClaims): boolean {
  if (claims.email_verified !== undefined) return claims.email_verified === true;
  return claims.xms_edov === true;
}

/** The e-mail address of the claims, trimmed and in lower case, or null when there is none. */
export function claimedEmail(claims: OidcClaims): string | null {
  if (typeof claims.email !== "string") return null;
  const email = claims.email.trim().toLowerCase();
  return email.includes("@") && email.length <= 320 ? email : null;
}

/** The one message for a refused OpenID Connect sign-in: it does not say whether an account exists. */
export const OIDC_REFUSED =
  "Met dit organisatieaccount kunt u niet inloggen bij Regiotafel. Dat kan alleen als de beheerder al een actief account met hetzelfde, door uw organisatie bevestigde e-mailadres heeft. Neem contact op met de beheerder, of log in met uw e-mailadres en wachtwoord.";
export const OIDC_FAILED = "Inloggen via uw organisatie is niet gelukt. Probeer het opnieuw, of log in met uw e-mailadres en wachtwoord.";

/**
 * The message /inloggen shows for next-auth's `error` parameter (set when a sign-in through the
 * identity provider ends): AccessDenied is our refusal, anything else a failure on the way
 * (cancelled at the provider, state or nonce mismatch, provider unreachable).
 */
export function signInErrorMessage(error: string | null | undefined): string | null {
  if (!error) return null;
  return error === "AccessDenied" ? OIDC_REFUSED : OIDC_FAILED;
}
