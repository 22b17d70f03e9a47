import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoUser } from "../../lib/server/demo/users";

/** Signs in as one of the demo accounts (lib/server/demo/users.ts) through the sign-in form. */
export async function signInAs(page: Page, key: string, password = DEMO_PASSWORD) {
  const user = demoUser(key);
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(user.email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  return user;
}

/** Signs out (cookies cleared) and in as another demo account, waiting for the first page. */
export async function switchUser(page: Page, key: string) {
  await page.context().clearCookies();
  await signInAs(page, key);
  // the first page after signing in can be slow on a cold server with a large portfolio
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible({ timeout: 30_000 });
}

export async function expectSignedInAs(page: Page, name: string) {
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(name);
}

/**
 * Accepts every confirmation dialog ("Project indienen?", "Periode … sluiten?") and records its
 * text, so a test can assert that the question was asked before something irreversible.
 */
export function acceptConfirmations(page: Page): string[] {
  const asked: string[] = [];
  page.on("dialog", async (dialog) => {
    asked.push(dialog.message());
    await dialog.accept();
  });
  return asked;
}

/**
 * The accessibility check every spec runs on every page it opens: axe with the WCAG 2.0/2.1 A and
 * AA rules must find nothing. The failure message names each rule and the elements it found.
 * `soft`: a sweep over many pages goes on after a finding, so one run names every page's findings.
 */
export async function expectAccessible(page: Page, what = page.url(), { soft = false } = {}) {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
  (soft ? expect.soft : expect)(found, `axe op ${what}`).toEqual([]);
}

/**
 * WIR's period page with its table streamed in. The page has a loading state, so a `count()` right
 * after `goto` may still see the placeholder and find nothing; wait for the table first.
 */
export async function gotoPeriods(page: Page) {
  await page.goto("/perioden");
  const periods = page.getByRole("table", { name: "Rapportageperioden" });
  await expect(periods).toBeVisible();
  return periods;
}

/** Closes every open period except the one labelled `keep`, so a spec can open its own. */
export async function closeOpenPeriods(page: Page, keep?: string) {
  let periods = await gotoPeriods(page);
  for (;;) {
    const names = (await periods.getByRole("button", { name: /^Periode .+ sluiten$/ }).allTextContents()).map((n) => n.trim());
    const next = names.find((n) => !keep || !n.includes(keep));
    if (!next) return periods;
    await periods.getByRole("button", { name: next, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "is gesloten" }).first()).toBeVisible();
    periods = await gotoPeriods(page);
  }
}
