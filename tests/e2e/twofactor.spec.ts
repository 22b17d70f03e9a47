import { expect, test, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import { expectAccessible, signInAs } from "./helpers";
import { linkIn, waitForMail } from "./mail";

/**
 * TOTP setup and sign-in (ADR 0011) with a fresh account, so no later spec is affected: the
 * beheerder invites a project leader, who sets a password, switches on two-factor sign-in under
 * Mijn account with a code computed here from the key on the page, keeps the recovery codes,
 * signs out, and signs in again with password + app code, then with password + a recovery code.
 */
const stamp = Date.now();
const PASSWORD = "twee stappen naar de dijk";

/** A code for the next 30-second step: later than any code used so far, and still within the ±1 window. */
const nextCode = (secret: string) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

async function signInWith(page: Page, email: string, second?: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  if (second === undefined) return;
  const code = page.getByRole("textbox", { name: "Code uit uw authenticator-app" });
  await expect(code).toBeFocused();
  await code.fill(second);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
}

test("TOTP setup and sign-in", async ({ page, baseURL }) => {
  const email = `tweestap.${stamp}@regio.test`;
  await signInAs(page, "beheer");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/beheer/gebruikers/nieuw");
  const form = page.getByRole("form", { name: "Iemand uitnodigen" });
  await form.getByLabel("Naam").fill("Tineke Tweestap");
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByRole("checkbox", { name: /^Projectleider/ }).check();
  await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
  const mail = await waitForMail(email, /Uitnodiging voor Regiotafel/);
  await page.context().clearCookies();

  await page.goto(linkIn(mail, baseURL!));
  await page.getByRole("textbox", { name: /^Nieuw wachtwoord/ }).fill(PASSWORD);
  await page.getByRole("textbox", { name: /^Herhaal het nieuwe wachtwoord/ }).fill(PASSWORD);
  await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(page).toHaveURL(/\/inloggen\?wachtwoord=ingesteld/);
  await signInWith(page, email);
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible({ timeout: 30_000 });

  // set up: key on the page → code from "the app" → recovery codes, shown once
  await page.goto("/account");
  await page.getByRole("button", { name: "Tweestapsverificatie instellen" }).click();
  const key = page.locator("#tweestap-sleutel");
  await expect(key).toBeVisible();
  await expect(page.getByRole("img", { name: "QR-code voor uw authenticator-app" })).toBeVisible();
  await expectAccessible(page, "/account (instellen)");
  const secret = (await key.textContent())!.replace(/\s/g, "");
  const confirm = page.getByRole("form", { name: "Tweestapsverificatie bevestigen" });
  await confirm.getByLabel("Code uit uw authenticator-app").fill(generateSync({ secret }));
  await confirm.getByRole("button", { name: "Bevestigen en aanzetten" }).click();
  const list = page.getByRole("list", { name: "Herstelcodes" });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  const recoveryCodes = (await list.getByRole("listitem").allTextContents()).map((c) => c.trim());
  expect(recoveryCodes[0]).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/);
  await page.getByRole("button", { name: "Ik heb de codes bewaard" }).click();
  await expect(page.getByText(/Tweestapsverificatie staat aan/)).toBeVisible();
  await expect(page.getByText(/nog 10 ongebruikte herstelcodes/)).toBeVisible();

  // sign out; the password alone asks for the code; a wrong code is refused; the app's code lets in
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  const right = nextCode(secret);
  await signInWith(page, email, right === "000000" ? "111111" : "000000");
  await expect(page.getByRole("alert").filter({ hasText: "Deze code klopt niet" })).toBeVisible();
  await expectAccessible(page, "/inloggen (code)");
  await page.getByRole("textbox", { name: "Code uit uw authenticator-app" }).fill(right);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible({ timeout: 30_000 });

  // and once with a recovery code instead of the app
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await signInWith(page, email, recoveryCodes[0]);
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/account");
  await expect(page.getByText(/nog 9 ongebruikte herstelcodes/)).toBeVisible();
});
