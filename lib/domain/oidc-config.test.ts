import { describe, expect, it } from "vitest";
import { claimedEmail, emailIsVerified, OIDC_DEFAULT_NAME, OIDC_FAILED, OIDC_REFUSED, oidcCallbackUrl, readOidcConfig, signInErrorMessage, wellKnownUrl } from "./oidc-config";

const full = { OIDC_ISSUER: "https://login.example.nl/realms/zorg/", OIDC_CLIENT_ID: "regiotafel", OIDC_CLIENT_SECRET: "geheim" };

describe("OpenID Connect configuration", () => {
  it("is off when none of the three variables is set", () => {
    expect(readOidcConfig({})).toEqual({ ok: true, config: null });
    expect(readOidcConfig({ OIDC_ISSUER: " ", OIDC_NAME: "Entra ID" })).toEqual({ ok: true, config: null });
  });

  it("is on with all three, with the default button label", () => {
    expect(readOidcConfig(full)).toEqual({
      ok: true,
      config: { issuer: "https://login.example.nl/realms/zorg", clientId: "regiotafel", clientSecret: "geheim", name: OIDC_DEFAULT_NAME },
    });
    const named = readOidcConfig({ ...full, OIDC_NAME: "Inloggen met Entra ID" });
    expect(named.ok && named.config?.name).toBe("Inloggen met Entra ID");
  });

  it("refuses a partial configuration and names what is missing", () => {
    const partial = readOidcConfig({ OIDC_ISSUER: full.OIDC_ISSUER, OIDC_CLIENT_ID: "regiotafel" });
    expect(partial.ok).toBe(false);
    expect(!partial.ok && partial.problem).toMatch(/half ingesteld.*OIDC_CLIENT_SECRET ontbreekt/);
    const secretOnly = readOidcConfig({ OIDC_CLIENT_SECRET: "geheim" });
    expect(!secretOnly.ok && secretOnly.problem).toMatch(/OIDC_ISSUER en OIDC_CLIENT_ID ontbreken/);
  });

  it("wants an https issuer; http only on this machine", () => {
    expect(readOidcConfig({ ...full, OIDC_ISSUER: "http://localhost:6500" }).ok).toBe(true);
    const plain = readOidcConfig({ ...full, OIDC_ISSUER: "http://login.example.nl" });
    expect(!plain.ok && plain.problem).toMatch(/gebruikt geen https/);
    const garbage = readOidcConfig({ ...full, OIDC_ISSUER: "login" });
    expect(!garbage.ok && garbage.problem).toMatch(/geen geldig adres/);
    expect(readOidcConfig({ ...full, OIDC_ISSUER: "https://login.example.nl/?tenant=x" }).ok).toBe(false);
  });

  it("derives the discovery and callback addresses", () => {
    expect(wellKnownUrl({ issuer: "https://login.example.nl/realms/zorg" })).toBe("https://login.example.nl/realms/zorg/.well-known/openid-configuration");
    expect(oidcCallbackUrl("https://regiotafel.example.nl/")).toBe("https://regiotafel.example.nl/api/auth/callback/oidc");
  });
});

describe("a verified e-mail address", () => {
  it("counts only when the provider says so with the boolean true", () => {
    expect(emailIsVerified({ email_verified: true })).toBe(true);
    expect(emailIsVerified({ email_verified: false })).toBe(false);
    expect(emailIsVerified({ email_verified: "true" })).toBe(false);
    expect(emailIsVerified({})).toBe(false);
  });

  it("accepts Entra ID's xms_edov only when email_verified is absent", () => {
    expect(emailIsVerified({ xms_edov: true })).toBe(true);
    expect(emailIsVerified({ xms_edov: false })).toBe(false);
    expect(emailIsVerified({ email_verified: false, xms_edov: true })).toBe(false);
  });

  it("reads the address trimmed and in lower case", () => {
    expect(claimedEmail({ email: " Noor.Hendriks@Zorg.NL " })).toBe("noor.hendriks@zorg.nl");
    expect(claimedEmail({ email: 42 })).toBeNull();
    expect(claimedEmail({ email: "geen-adres" })).toBeNull();
    expect(claimedEmail({})).toBeNull();
  });
});

describe("the message on /inloggen after a sign-in through the provider", () => {
  it("is one refusal for every reason, another text for a failure on the way, none without an error", () => {
    expect(signInErrorMessage("AccessDenied")).toBe(OIDC_REFUSED);
    expect(signInErrorMessage("OAuthCallback")).toBe(OIDC_FAILED);
    expect(signInErrorMessage(undefined)).toBeNull();
    expect(OIDC_REFUSED).not.toMatch(/bestaat niet|onbekend|gedeactiveerd/);
  });
});
