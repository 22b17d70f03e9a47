/**
 * A real OpenID Connect provider for the e2e tests (the `oidc-provider` package, with its own
 * development login and consent pages), started by playwright.config.ts as a webServer. The app
 * gets OIDC_ISSUER/OIDC_CLIENT_ID/OIDC_CLIENT_SECRET pointing here.
 *
 *   npx tsx tests/support/oidc-provider.ts --port 6500 --app-port 3500
 *
 * Log in at its login page with one of the account names of ./oidc-accounts.ts (any password).
 */
import Provider from "oidc-provider";
import { OIDC_TEST_ACCOUNTS, OIDC_TEST_CLIENT } from "./oidc-accounts";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const port = arg("port", 6500);
const appPort = arg("app-port", 3500);

const provider = new Provider(`http://localhost:${port}`, {
  clients: [
    {
      client_id: OIDC_TEST_CLIENT.id,
      client_secret: OIDC_TEST_CLIENT.secret,
      redirect_uris: [`http://localhost:${appPort}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // put the scope's claims in the ID token (as Keycloak and Entra ID do), not only at userinfo
  conformIdTokenClaims: false,
  cookies: { keys: ["e2e-only-cookie-key"] },
  findAccount: (_ctx: unknown, id: string) => {
    const account = OIDC_TEST_ACCOUNTS[id];
    return account ? { accountId: id, claims: () => ({ sub: id, ...account }) } : undefined;
  },
});

provider.listen(port, () => console.log(`OIDC-testprovider op http://localhost:${port}`));
