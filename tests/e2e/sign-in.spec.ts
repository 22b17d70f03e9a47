import { expect, test } from "@playwright/test";
import { expectAccessible, expectSignedInAs, signInAs } from "./helpers";

test("signed out, every page sends you to the sign-in page", async ({ page }) => {
  for (const path of ["/", "/projecten", "/beheer/gebruikers"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/inloggen/);
    await expect(page.getByRole("heading", { name: "Inloggen", exact: true })).toBeVisible();
  }
  await expectAccessible(page, "/inloggen");
});

test("a wrong password is refused with one Dutch message", async ({ page }) => {
  await signInAs(page, "wir", "niet-het-wachtwoord");
  await expect(page.locator("form [role=alert]")).toHaveText("Onjuist e-mailadres of wachtwoord.");
  await expect(page).toHaveURL(/\/inloggen/);
  // the typed e-mail address is kept
  await expect(page.getByLabel("E-mailadres")).toHaveValue("wir@regiotafel.demo");
  await expectAccessible(page, "/inloggen met foutmelding");
});

test("an unknown account gets the same message", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("bestaat.niet@regiotafel.demo");
  await page.getByLabel("Wachtwoord").fill("wat-dan-ook");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Onjuist e-mailadres of wachtwoord.");
});

test("WIR sees the national overview and all regions", async ({ page }) => {
  const user = await signInAs(page, "wir");
  await expectSignedInAs(page, user.name);
  await expect(page.getByRole("heading", { level: 1, name: "Landelijk overzicht" })).toBeVisible();
  const regions = page.getByRole("table", { name: "Projecten per (sub)regio" });
  await expect(regions).toContainText("Zeeland");
  await expect(regions).toContainText("Utrecht");
  await expect(page.getByRole("link", { name: "Gebruikers" })).toHaveCount(0);
  await expectAccessible(page, "/ (WIR)");
});

test("an inkoper of CZ sees only CZ regions on the home page", async ({ page }) => {
  await signInAs(page, "inkoperCz");
  await expect(page.getByRole("heading", { level: 1, name: "Portfolio van uw regio's" })).toBeVisible();
  const regions = page.getByRole("table", { name: "Projecten per (sub)regio" });
  await expect(regions).toContainText("Zeeland");
  await expect(regions).not.toContainText("Utrecht");
  await expect(regions).not.toContainText("Zilveren Kruis");
  await expectAccessible(page, "/ (inkoper CZ)");
});

test("an inkoper of Zilveren Kruis sees only Zilveren Kruis regions", async ({ page }) => {
  await signInAs(page, "inkoperZk");
  const regions = page.getByRole("table", { name: "Projecten per (sub)regio" });
  await expect(regions).toContainText("Utrecht");
  await expect(regions).not.toContainText("Zeeland");
});

test("a project leader sees own projects; the beheerder manages users", async ({ page }) => {
  const leader = await signInAs(page, "leiderZeeland");
  await expectSignedInAs(page, leader.name);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn projecten" })).toBeVisible();
  await expectAccessible(page, "/ (projectleider)");
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);

  await signInAs(page, "beheer");
  await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
  await page.getByRole("link", { name: "Gebruikers", exact: true }).first().click();
  await expect(page.getByRole("table", { name: "Gebruikers" })).toContainText("inkoper.cz@regiotafel.demo");
  await expectAccessible(page, "/beheer/gebruikers");
});

test("sign-out ends the session", async ({ page }) => {
  await signInAs(page, "inkoperVgz");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await page.goto("/projecten");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("after signing in you land on the page you asked for", async ({ page }) => {
  await page.goto("/projecten?regio=zeeland");
  await expect(page).toHaveURL(/\/inloggen\?callbackUrl=/);
  await page.getByLabel("E-mailadres").fill("wir@regiotafel.demo");
  await page.getByLabel("Wachtwoord").fill("Regiotafel-demo-2026");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/projecten\?regio=zeeland/);
  await expect(page.getByRole("heading", { level: 1, name: "Projecten" })).toBeVisible();
});

test("signed-out API calls get 401", async ({ request }) => {
  const response = await request.get("/api/niet-ingelogd-test");
  expect(response.status()).toBe(401);
});

test("a callback to another site after sign-in stays on this site", async ({ page }) => {
  await page.goto("/inloggen?callbackUrl=/%5Cevil.example");
  await page.getByLabel("E-mailadres").fill("wir@regiotafel.demo");
  await page.getByLabel("Wachtwoord").fill("Regiotafel-demo-2026");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  expect(new URL(page.url()).pathname).toBe("/");
});

test("pages carry a Content-Security-Policy with a fresh nonce, and still work", async ({ page }) => {
  const first = await page.goto("/inloggen");
  const csp = first!.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  const second = (await page.goto("/inloggen"))!.headers()["content-security-policy"];
  expect(second).not.toBe(csp);
  // the scripts run under the policy: signing in works
  await signInAs(page, "wir");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
});

test("sign-out ends the session on the server: a copied token no longer works", async ({ page, context }) => {
  await signInAs(page, "inkoperZk");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  const saved = await context.cookies();
  expect((await page.request.get("/api/rapportage")).status()).toBe(200);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await context.addCookies(saved);
  const replay = await page.request.get("/api/rapportage");
  expect(replay.status()).toBe(401);
  expect(await replay.json()).toMatchObject({ code: "unauthenticated" });
});
