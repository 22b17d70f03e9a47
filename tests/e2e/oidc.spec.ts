import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, expectSignedInAs } from "./helpers";
import { demoUser } from "../../lib/server/demo/users";
import { OIDC_DEFAULT_NAME, OIDC_REFUSED } from "../../lib/domain/oidc-config";

/**
 * Sign-in through the organisation's identity provider: a real OpenID Connect provider
 * (tests/support/oidc-provider.ts, started by playwright.config.ts) with its own login and
 * consent pages. Only a person whose verified e-mail address belongs to an existing account gets in.
 */

/** At the provider: its login form (any password), then its consent page. */
async function logInAtProvider(page: Page, account: string) {
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/interaction\//);
  await page.locator("input[name=login]").fill(account);
  await page.locator("input[name=password]").fill("wat-dan-ook");
  await page.getByRole("button", { name: "Sign-in", exact: true }).click();
  await page.getByRole("button", { name: "Continue", exact: true }).click();
}

test("a person with a verified e-mail address of an existing account signs in and comes back where they were going", async ({ page }) => {
  const inkoper = demoUser("inkoperVgz");
  await page.goto("/projecten");
  await expect(page).toHaveURL(/\/inloggen\?callbackUrl=/);
  await expectAccessible(page, "/inloggen met organisatieaccount");
  await page.getByRole("button", { name: OIDC_DEFAULT_NAME }).click();
  await logInAtProvider(page, "vgz-inkoper");
  await expect(page).toHaveURL(/\/projecten$/, { timeout: 30_000 });
  await expectSignedInAs(page, inkoper.name);

  // an ordinary session: sign-out ends it
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("a verified address without an account is refused with one Dutch message and no session", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByRole("button", { name: OIDC_DEFAULT_NAME }).click();
  await logInAtProvider(page, "onbekende-collega");
  await expect(page).toHaveURL(/\/inloggen\?error=AccessDenied/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(OIDC_REFUSED);
  await expectAccessible(page, "/inloggen na geweigerd organisatieaccount");
  await page.goto("/");
  await expect(page).toHaveURL(/\/inloggen/);
  await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
});
