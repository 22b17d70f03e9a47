import { expect, test, type Page } from "@playwright/test";
import { acceptConfirmations, closeOpenPeriods, expectAccessible, signInAs } from "./helpers";

/**
 * Every screen in every role, at 1366 and 390 px: the axe check (WCAG 2.1 AA), no page wider than
 * the window (wide tables scroll in their own box), the menu (one line at 1366, a menu button at
 * 390), the right HTTP status for a refused or missing page, the public accessibility statement,
 * and the main tasks of the project leader and the reviewer done with the keyboard only.
 * Screenshots land in test-results/screens/ for a person to look at.
 *
 * Runs last in the chain: opens its own period ("oktober 2022"; cycle.spec uses maart 2022) for the
 * keyboard runs.
 */

const PAGES: Record<string, string[]> = {
  wir: ["/", "/projecten", "/dashboard", "/rapportage", "/import", "/portfolio", "/portfolio/volledigheid", "/beoordelen", "/beoordelen/regios", "/perioden"],
  inkoperCz: ["/", "/projecten", "/dashboard", "/portfolio", "/beoordelen"],
  leiderZeeland: ["/", "/projecten", "/projecten/nieuw", "/updates"],
  beheer: ["/", "/beheer/gebruikers", "/beheer/organisaties", "/beheer/referentiegegevens", "/import"],
};

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

async function switchUser(page: Page, key: string) {
  await page.context().clearCookies();
  await signInAs(page, key);
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible({ timeout: 30_000 });
}

/** The page is no wider than the window: nothing pushes it sideways (the culprits are named). */
async function expectNoSidewaysScroll(page: Page, what: string, { soft = false } = {}) {
  const culprits = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const clipped = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const o = getComputedStyle(e).overflowX;
        if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return true;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > width + 1 && !clipped(e.parentElement));
    return wide.filter((e) => !wide.includes(e.parentElement!)).map((e) => `${e.tagName.toLowerCase()}.${String(e.getAttribute("class") ?? "").slice(0, 80)} (${Math.round(e.getBoundingClientRect().right)}px)`);
  });
  (soft ? expect.soft : expect)(culprits, `${what} is breder dan het venster`).toEqual([]);
}

async function visit(page: Page, path: string, shot: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  // soft: the sweep goes on, so one run names every page that fails
  await expectAccessible(page, `${path} (${page.viewportSize()?.width} px)`, { soft: true });
  await expectNoSidewaysScroll(page, `${path} (${page.viewportSize()?.width} px)`, { soft: true });
  await page.screenshot({ path: `test-results/screens/${shot}.png`, fullPage: true });
}

for (const [role, paths] of Object.entries(PAGES)) {
  test(`${role}: every page passes the axe check and fits at 1366 and 390 px`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize(DESKTOP);
    await switchUser(page, role);
    const extra: string[] = [];
    // a project card and (for reviewers) a review sheet, as found on the list pages
    await page.goto("/projecten");
    await expect(page.getByRole("heading", { level: 1, name: "Projecten" })).toBeVisible(); // streamed in: count() does not wait
    const first = page.getByRole("table", { name: "Projecten" }).locator("tbody tr a").first();
    if (await first.count()) extra.push((await first.getAttribute("href"))!);
    for (const path of [...paths, ...extra]) {
      const name = `${role}${path.replace(/[/?=&]+/g, "-")}`;
      await page.setViewportSize(DESKTOP);
      await visit(page, path, `${name}-1366`);
      await page.setViewportSize(PHONE);
      await visit(page, path, `${name}-390`);
    }
  });
}

test("the menu fits on one line at 1366 px and folds behind a menu button at 390 px", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await switchUser(page, "wir");
  const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
  const tops = await menu.getByRole("link").evaluateAll((links) => links.map((l) => Math.round(l.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThan(5);
  expect(new Set(tops).size, "alle menu-items op één regel").toBe(1);
  // the notifications link shares the menu's line; who is signed in has a row of its own above it
  const notifications = await page.getByRole("banner").getByRole("link", { name: /^Meldingen/ }).boundingBox();
  const firstItem = await menu.getByRole("link").first().boundingBox();
  expect(Math.abs(notifications!.y + notifications!.height / 2 - (firstItem!.y + firstItem!.height / 2)), "Meldingen op de regel van het menu").toBeLessThan(8);
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();

  await page.setViewportSize(PHONE);
  const button = page.getByRole("button", { name: "Menu" });
  await expect(button).toBeVisible();
  await expect(menu).toBeHidden();
  await button.click();
  await expect(page.getByRole("button", { name: "Menu sluiten" })).toHaveAttribute("aria-expanded", "true");
  await expect(menu.getByRole("link", { name: "Portfolio" })).toBeVisible();
  await expectAccessible(page, "menu open op 390 px");
  await menu.getByRole("link", { name: "Portfolio" }).click();
  await expect(page).toHaveURL(/\/portfolio/);
  await expect(menu).toBeHidden();
});

test("a page a role may not open answers 403 with a Dutch page; a missing record 404", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await switchUser(page, "leiderZeeland");
  // a segment with a loading state checks the role above it, so the refusal is still a 403
  for (const path of ["/perioden", "/portfolio", "/beoordelen", "/beoordelen/regios", "/beheer/referentiegegevens", "/beheer/organisaties", "/import", "/dashboard", "/rapportage"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  }
  await expectAccessible(page, "403-pagina");
  const missing = await page.goto("/projecten/bestaat-niet");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Niet gevonden" })).toBeVisible();

  await switchUser(page, "wir");
  expect((await page.goto("/beheer/gebruikers"))?.status()).toBe(403);
  expect((await page.goto("/beheer/referentiegegevens"))?.status()).toBe(403);
});

/** The project pages whose record can be missing; each streams behind a loading state after its checks. */
const PROJECT_PAGES: Record<string, (id: string) => string> = {
  kaart: (id) => `/projecten/${id}`,
  beoordeling: (id) => `/beoordelen/${id}`,
  update: (id) => `/projecten/${id}/update`,
  resultaten: (id) => `/projecten/${id}/resultaten`,
  producten: (id) => `/projecten/${id}/producten`,
  leiders: (id) => `/projecten/${id}/leiders`,
  bewerken: (id) => `/projecten/${id}/bewerken`,
};

/** The project ids linked from a list page (first link of each row). */
async function listedProjectIds(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const hrefs = await page.getByRole("table", { name: "Projecten" }).locator("tbody tr a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs.map((h) => /^\/projecten\/([^/?#]+)$/.exec(h)?.[1]).filter((id): id is string => !!id))];
}

/** Every project page answers `expected[page]` (default 404) for this id. */
async function expectStatuses(page: Page, who: string, id: string, expected: Partial<Record<string, number>> = {}) {
  for (const [name, path] of Object.entries(PROJECT_PAGES)) {
    const status = expected[name] ?? 404;
    const response = await page.goto(path(id));
    expect(response?.status(), `${who}: ${name} (${path(id)})`).toBe(status);
    await expect(page.getByRole("heading", { level: 1, name: status === 403 ? "Geen toegang" : "Niet gevonden" })).toBeVisible();
  }
}

test("every project page answers 404 for a missing or out-of-scope project and 403 for a role that may not open it", async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize(DESKTOP);
  // a Utrecht (Zilveren Kruis) project that is not published: outside the scope of the CZ buyer
  // and of the Zeeland leader; found through the lists, so the test does not depend on demo ids
  await switchUser(page, "inkoperCz");
  const visibleToCz = new Set(await listedProjectIds(page, "/projecten?regio=utrecht&per=100"));
  await switchUser(page, "wir");
  const utrecht = await listedProjectIds(page, "/projecten?regio=utrecht&per=100");
  const outOfScope = utrecht.find((id) => !visibleToCz.has(id));
  expect(outOfScope, "een niet-gepubliceerd Utrechts project").toBeTruthy();
  // WIR may open everything but the leader's update form
  await expectStatuses(page, "wir, bestaat niet", "bestaat-niet", { update: 403 });
  // the same project opens for WIR: the pages are found and show their content after the loading state
  const card = await page.goto(PROJECT_PAGES.kaart(outOfScope!));
  expect(card?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/Niet gevonden|Geen toegang/);

  await switchUser(page, "inkoperCz");
  const inkoperRefused = { update: 403, producten: 403, bewerken: 403 };
  await expectStatuses(page, "inkoper CZ, bestaat niet", "bestaat-niet", inkoperRefused);
  await expectStatuses(page, "inkoper CZ, project van ZK", outOfScope!, inkoperRefused);

  await switchUser(page, "leiderZeeland");
  await expectStatuses(page, "projectleider, bestaat niet", "bestaat-niet", { beoordeling: 403 });
  await expectStatuses(page, "projectleider, ander project", outOfScope!, { beoordeling: 403 });

  await switchUser(page, "beheer");
  await expectStatuses(page, "beheerder, bestaat niet", "bestaat-niet", { beoordeling: 403, update: 403, resultaten: 403, producten: 403, leiders: 403, bewerken: 403 });
});

test("signed out: the accessibility statement is readable and the app icon is served", async ({ page, request }) => {
  await page.context().clearCookies();
  const response = await page.goto("/toegankelijkheid");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring van Regiotafel" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Loopt u ergens tegenaan?" })).toBeVisible();
  await expectAccessible(page, "/toegankelijkheid");
  const icon = await request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  await page.goto("/inloggen");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /icon\.svg/);
  await expectAccessible(page, "/inloggen");
});

/** Presses Tab until the focused element's text or label matches, then returns. Keyboard only. */
async function tabTo(page: Page, name: RegExp, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const byId = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : "";
      return [el.getAttribute("aria-label"), byId, el.innerText].filter(Boolean).join(" ").trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`Met Tab niet bereikt: ${name}`);
}

async function signInWithKeyboard(page: Page, email: string) {
  await page.context().clearCookies();
  await page.goto("/inloggen");
  await tabTo(page, /E-mailadres/);
  await page.keyboard.type(email);
  await tabTo(page, /Wachtwoord/);
  await page.keyboard.type("Regiotafel-demo-2026");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible({ timeout: 30_000 });
}

test("keyboard only: the project leader writes and submits a period update; the reviewer approves it", async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize(DESKTOP);
  const asked = acceptConfirmations(page);
  // setup (not the task under test): WIR opens a new period
  await switchUser(page, "wir");
  const periods = await closeOpenPeriods(page);
  if (!(await periods.getByRole("rowheader", { name: "oktober 2022" }).count())) {
    const form = page.getByRole("form", { name: "Nieuwe periode aanmaken" });
    await form.getByLabel("Maand").selectOption({ label: "oktober" });
    await form.getByLabel("Jaar").fill("2022");
    await form.getByLabel("Peildatum").fill("2022-11-01");
    await form.getByRole("button", { name: "Periode aanmaken" }).click();
    await expect(periods.getByRole("rowheader", { name: "oktober 2022" })).toBeVisible();
  }
  // "openen…" shows the proposed deadlines; the button without the dots opens the period
  await periods.getByRole("button", { name: "Periode oktober 2022 openen…" }).click();
  await periods.getByRole("button", { name: "Periode oktober 2022 openen", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "De periode oktober 2022 is geopend" })).toBeVisible();
  await expect(periods.getByRole("button", { name: "Periode oktober 2022 sluiten" })).toBeVisible();

  // the leader, keyboard only
  await signInWithKeyboard(page, "projectleider@regiotafel.demo");
  await tabTo(page, /^Voortgangsupdates$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Voortgangsupdates");
  await tabTo(page, /^Update invullen:/);
  const projectTitle = (await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "")).replace(/^Update invullen: /, "");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Voortgangsupdate oktober 2022" })).toBeVisible();
  await tabTo(page, /Projectstatus/);
  await page.keyboard.press("L"); // "Lopend"
  await expect(page.getByLabel("Projectstatus")).toHaveValue("RUNNING");
  await tabTo(page, /Voortgang: wat is er sinds/);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Met alleen het toetsenbord ingevuld: twee teams zijn gestart.");
  await expectAccessible(page, "updateformulier");
  await tabTo(page, /^Update indienen$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("Uw voortgangsupdate is ingediend.");
  expect(asked.at(-1)).toMatch(/^Update indienen\?/);

  // the CZ inkoper (Zeeland is a CZ region), keyboard only
  await signInWithKeyboard(page, "inkoper.cz@regiotafel.demo");
  await tabTo(page, /^Beoordelen$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Beoordelen");
  await tabTo(page, new RegExp(projectTitle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("form", { name: "Update beoordelen" })).toBeVisible();
  await expectAccessible(page, "beoordelingsblad");
  await tabTo(page, /^Goedkeuren$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Goedkeuren" })).toHaveCount(0);
  expect(asked.at(-1)).toMatch(/^Deze update goedkeuren\?/);
  await expect(page.getByRole("main")).toContainText("Goedgekeurd");
});

// Last: from here on Zeeland belongs to a new concessiehouder, so the CZ inkoper (the keyboard run
// above) no longer reviews its updates.
test("the beheerder records a merger from a date on; the history stays", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const asked = acceptConfirmations(page);
  await switchUser(page, "beheer");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Referentiegegevens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Referentiegegevens" })).toBeVisible();
  // a new concessiehouder, then Zeeland's zorgkantoorregio to it from 1 januari 2025
  await page.getByText("Concessiehouder toevoegen", { exact: true }).first().click();
  const add = page.getByRole("form", { name: "Concessiehouder toevoegen" });
  await add.getByRole("button", { name: "Concessiehouder toevoegen" }).click();
  await expect(add.getByText("De code van de concessiehouder moet minstens 2 tekens lang zijn.")).toBeVisible();
  await add.getByLabel("Code").fill("ZUIDWEST");
  await add.getByLabel("Naam").fill("Zorgkantoor Zuidwest");
  await add.getByRole("button", { name: "Concessiehouder toevoegen" }).click();
  await expect(page.getByRole("row", { name: /Zorgkantoor Zuidwest/ })).toBeVisible();

  await page.getByText("Zeeland overdragen", { exact: true }).click();
  const transfer = page.getByRole("form", { name: "Zeeland overdragen" });
  await transfer.getByLabel("Nieuwe concessiehouder").selectOption({ label: "Zorgkantoor Zuidwest" });
  await transfer.getByLabel("Met ingang van").fill("2025-01-01");
  await transfer.getByRole("button", { name: "Overdracht vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De overdracht is vastgelegd." })).toBeVisible();
  expect(asked.at(-1)).toMatch(/^Zeeland overdragen\?/);
  const row = page.getByRole("row", { name: /Zeeland \(ZK27\)/ });
  await expect(row).toContainText("Zorgkantoor Zuidwest, sinds 1 januari 2025");
  await expect(row).toContainText("CZ: 1 januari 2018 tot 1 januari 2025");
  await expectAccessible(page, "/beheer/referentiegegevens na overdracht");
});
