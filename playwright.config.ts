import { defineConfig, devices } from "@playwright/test";
import { OIDC_TEST_CLIENT } from "./tests/support/oidc-accounts";

/**
 * End-to-end tests against the built app (`npm start`) on a fresh embedded database under
 * .data/e2e, in Debian's Chromium (Playwright's own browser download is not available here).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The mail catcher (tests/support/mail-catcher.ts): the app sends to SMTP_PORT, tests read MAILBOX_PORT. */
const SMTP_PORT = PORT + 1000;
const MAILBOX_PORT = PORT + 2000;
/** A real OpenID Connect provider (tests/support/oidc-provider.ts) the app signs in through. */
const OIDC_PORT = PORT + 3000;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// "ui" runs last: its final test transfers Zeeland from CZ to a new concessiehouder, after which the
// CZ inkoper the results spec signs in as no longer holds Zeeland's projects.
const E2E_CHAIN = ["sign-in", "report", "import", "leader", "review", "cycle", "projectenbank", "accounts", "twofactor", "oidc", "results", "ui"] as const;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  // One server and one database for all specs, so they run as a chain in a fixed order; each spec
  // tolerates what the earlier ones did and none changes the maart/oktober 2020 records the report
  // spec checks. A spec file that does not exist yet simply has no tests in its project.
  projects: E2E_CHAIN.map((name, i) => ({
    name,
    testMatch: `${name}.spec.ts`,
    dependencies: i > 0 ? [E2E_CHAIN[i - 1]] : [],
    use: {
      ...devices["Desktop Chrome"],
      launchOptions: {
        executablePath: chromium,
        args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      },
    },
  })),
  webServer: [
    {
      command: `npx tsx tests/support/mail-catcher.ts --smtp ${SMTP_PORT} --http ${MAILBOX_PORT}`,
      url: `http://127.0.0.1:${MAILBOX_PORT}/messages`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: `npx tsx tests/support/oidc-provider.ts --port ${OIDC_PORT} --app-port ${PORT}`,
      url: `http://localhost:${OIDC_PORT}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: `rm -rf .data/e2e .data/e2e-files && PGLITE_DATA_DIR=.data/e2e PORT=${PORT} NEXTAUTH_SECRET=e2e-only-secret-not-for-production npm start`,
      url: `http://localhost:${PORT}/inloggen`,
      timeout: 900_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        DATABASE_URL: "",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        MAIL_FROM: "Regiotafel <regiotafel@localhost>",
        OIDC_ISSUER: `http://localhost:${OIDC_PORT}`,
        OIDC_CLIENT_ID: OIDC_TEST_CLIENT.id,
        OIDC_CLIENT_SECRET: OIDC_TEST_CLIENT.secret,
      },
    },
  ],
});
