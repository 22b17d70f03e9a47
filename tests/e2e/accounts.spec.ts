import { expect, test, type Browser, type Page } from "@playwright/test";
import { acceptConfirmations, signInAs } from "./helpers";
import { linkIn, waitForMail } from "./mail";

/**
 * Accounts end to end, with the real mail server of the test (tests/support/mail-catcher.ts):
 * the beheerder invites an inkoper, the invitation arrives, the link sets a password and the
 * inkoper sees only its own concessiehouder; "Wachtwoord vergeten?"; deactivation refuses a live
 * session on its next click; the security headers of the running server.
 */
const stamp = Date.now();
const NEW_PASSWORD = "zeeuwse klei en brede luchten";

/** Follows a set-password link from a mail, chooses NEW_PASSWORD and signs in with it. */
async function setPasswordAndSignIn(page: Page, link: string, email: string) {
  await page.goto(link);
  await page.getByRole("textbox", { name: /^Nieuw wachtwoord/ }).fill(NEW_PASSWORD);
  await page.getByRole("textbox", { name: /^Herhaal het nieuwe wachtwoord/ }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(page).toHaveURL(/\/inloggen\?wachtwoord=ingesteld/);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
}

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test("a beheerder invites an inkoper, who sets a password from the mail and sees only CZ", async ({ page, browser, baseURL }) => {
  const email = `ines.${stamp}@zorgkantoor.test`;
  acceptConfirmations(page);
  await signInAs(page, "beheer");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/beheer/gebruikers/nieuw");
  const form = page.getByRole("form", { name: "Iemand uitnodigen" });
  await form.getByLabel("Naam").fill("Ines Inkoper");
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByRole("checkbox", { name: /Inkoper zorgkantoor/ }).check();
  await form.getByLabel("Concessiehouder (voor een inkoper)").selectOption({ label: "CZ" });
  await form.getByRole("button", { name: "Uitnodiging versturen" }).click();

  const mail = await waitForMail(email, /Uitnodiging voor Regiotafel/);
  const invitee = await newPage(browser);
  await setPasswordAndSignIn(invitee, linkIn(mail, baseURL!), email);
  await expect(invitee.getByRole("heading", { level: 1, name: "Portfolio van uw regio's" })).toBeVisible({ timeout: 30_000 });
  const regions = invitee.getByRole("table", { name: "Projecten per (sub)regio" });
  await expect(regions).toContainText("Zeeland");
  await expect(regions).not.toContainText("Utrecht");

  // the beheerder deactivates her: her open session is refused on its next click
  await page.goto("/beheer/gebruikers");
  await page.getByRole("link", { name: "Ines Inkoper" }).click();
  await page.getByRole("button", { name: "Deactiveren" }).click();
  await expect(page.getByRole("button", { name: "Weer activeren" })).toBeVisible();
  await invitee.goto("/projecten");
  await expect(invitee).toHaveURL(/\/inloggen/);
});

test("'Wachtwoord vergeten?' mails a link that sets a new password", async ({ page, baseURL }) => {
  // the other demo inkoper, so the chain's other specs keep their passwords
  const email = "inkoper.vgz@regiotafel.demo";
  await page.goto("/inloggen");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expect(page.getByRole("heading", { name: "Wachtwoord vergeten?" })).toBeVisible();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.locator("form [role=status]")).toBeVisible();
  const mail = await waitForMail(email, /Nieuw wachtwoord kiezen/);
  await setPasswordAndSignIn(page, linkIn(mail, baseURL!), email);
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible({ timeout: 30_000 });
});

test("the running server sends the security headers on pages and the API", async ({ request }) => {
  for (const path of ["/inloggen", "/api/projectenbank"]) {
    const res = await request.get(path);
    const csp = res.headers()["content-security-policy"];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/'nonce-[^']+'/);
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["referrer-policy"]).toBe("same-origin");
  }
});
