import { expect, test } from "@playwright/test";
import { acceptConfirmations, closeOpenPeriods, expectAccessible, signInAs, switchUser } from "./helpers";

/**
 * One reporting period from opening to 100% complete, as the people involved do it:
 * WIR opens "oktober 2021", the Zeeland project leader submits updates, the CZ buyer (Zeeland is
 * a CZ region) proposes and approves, WIR assesses in the bulk view, scores the regions and
 * closes the period; the completeness view then shows Zeeland at 100%.
 *
 * Tolerates other specs having run before: any open period is closed first (its records are not
 * touched), an existing "oktober 2021" is reused, and every project the leader leads is handled.
 * Records of maart / oktober 2020 are never written.
 */
const PERIOD = { code: "2021-10", label: "oktober 2021" };

test("WIR opens a period, leader submits, inkoper reviews, WIR assesses and scores, closes, 100% complete", async ({ page }) => {
  test.setTimeout(480_000);
  const asked = acceptConfirmations(page);

  // --- WIR: close whatever is open and open oktober 2021 ---------------------------------------
  await switchUser(page, "wir");
  for (const label of ["Portfolio", "Beoordelen", "Perioden"]) {
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: label, exact: true })).toBeVisible();
  }
  const periods = await closeOpenPeriods(page, PERIOD.label);
  await expect(page.getByRole("heading", { level: 1, name: "Rapportageperioden" })).toBeVisible();
  if ((await periods.getByRole("rowheader", { name: PERIOD.label, exact: true }).count()) === 0) {
    await page.getByLabel("Maand").selectOption({ label: "oktober" });
    await page.getByLabel("Jaar").fill("2021");
    await page.getByLabel("Peildatum").fill("2021-11-01");
    await page.getByRole("button", { name: "Periode aanmaken" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De periode oktober 2021 is aangemaakt" })).toBeVisible();
    await expect(periods.getByRole("rowheader", { name: PERIOD.label, exact: true })).toBeVisible();
  }
  const open = periods.getByRole("button", { name: `Periode ${PERIOD.label} openen` });
  if (await open.count()) {
    await open.click(); // "openen…" shows the deadlines, proposed six and ten weeks ahead
    await expect(periods.getByLabel("Deadline voortgangsupdates")).not.toHaveValue("");
    await periods.getByRole("button", { name: `Periode ${PERIOD.label} openen`, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: /oktober 2021 is geopend\. De projectleiders van \d+ actieve projecten/ })).toBeVisible();
  }
  await expect(periods.getByRole("row", { name: new RegExp(PERIOD.label) })).toContainText("Open");
  await expectAccessible(page, "/perioden");

  // --- Leader (Zeeland): submit an update for every project that needs one ----------------------
  await switchUser(page, "leiderZeeland");
  await page.goto("/updates");
  await expect(page.getByRole("heading", { level: 1, name: `Voortgangsupdates ${PERIOD.label}` })).toBeVisible();
  const todo = page.getByRole("link", { name: /^(Update invullen|Verder invullen|Aanpassen en opnieuw indienen): / });
  let submitted = 0;
  while ((await todo.count()) > 0) {
    await todo.first().click();
    await expect(page.getByRole("heading", { level: 1, name: `Voortgangsupdate ${PERIOD.label}` })).toBeVisible();
    await page.getByLabel("Projectstatus").selectOption({ label: "Lopend" });
    await page.getByLabel("Voortgang: wat is er sinds de vorige periode gebeurd?").fill("Twee nieuwe locaties doen mee; de evaluatie is gepland voor het voorjaar.");
    await page.getByRole("button", { name: "Update indienen" }).click();
    await expect(page).toHaveURL(/update=ingediend/);
    submitted++;
    await page.goto("/updates");
  }
  expect(submitted).toBeGreaterThan(0);

  // --- Inkoper CZ: propose for one project, approve every submitted update ----------------------
  await switchUser(page, "inkoperCz");
  await page.goto(`/beoordelen?periode=${PERIOD.code}`);
  const queue = page.getByRole("list", { name: "Ingediende updates" }).getByRole("link");
  await expect(queue.first()).toBeVisible();
  let proposed = false;
  let approved = 0;
  while ((await queue.count()) > 0) {
    await queue.first().click();
    await expect(page.getByRole("heading", { level: 2, name: "Voortgangsupdate van de projectleider" })).toBeVisible();
    if (!proposed) {
      await expectAccessible(page, "beoordelingsblad");
      const form = page.getByRole("form", { name: "Voorstel" });
      await form.getByLabel("Projectstatus").selectOption({ label: "Lopend" });
      await form.getByLabel("Mate van impact").selectOption({ label: "Op gemiddelde schaal met veel betekenis" });
      await form.getByLabel("Delen van resultaten").selectOption({ label: "Nee, werk in uitvoering, wel in de nabije toekomst" });
      await form.getByLabel("Opschaalbaarheid").selectOption({ label: "Ja naar enkele andere regio's" });
      await form.getByLabel("Notitie").fill("Besproken aan de regiotafel; loopt goed.");
      await form.getByRole("button", { name: "Voorstel opslaan" }).click();
      await expect(form.getByRole("status")).toHaveText(/Uw voorstel is opgeslagen/);
      proposed = true;
    }
    await page.getByRole("button", { name: "Goedkeuren" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De update is goedgekeurd." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Goedkeuren" })).toHaveCount(0);
    await expect(page.getByText("Goedgekeurd", { exact: true })).toBeVisible();
    approved++;
    await page.goto(`/beoordelen?periode=${PERIOD.code}`);
  }
  expect(approved).toBeGreaterThanOrEqual(submitted);
  await expect(page.getByText("Er wachten geen updates op beoordeling.")).toBeVisible();
  await expectAccessible(page, "/beoordelen (leeg)");
  // the inkoper cannot record the final judgement nor manage periods
  await page.goto(`/beoordelen/bulk?periode=${PERIOD.code}`);
  await expect(page.getByRole("heading", { name: "Beoordelen in bulk" })).toHaveCount(0);
  await page.goto("/perioden");
  await expect(page.getByRole("heading", { name: "Rapportageperioden" })).toHaveCount(0);

  // --- WIR: assess every Zeeland project in the bulk view --------------------------------------
  await switchUser(page, "wir");
  await page.goto(`/beoordelen/bulk?periode=${PERIOD.code}&regio=zeeland&per=100`); // every Zeeland project on one page
  await expect(page.getByRole("heading", { level: 1, name: "Beoordelen in bulk" })).toBeVisible();
  const bulk = page.getByRole("form", { name: "Beoordelen in bulk" });
  // the proposal is shown beside the select, not filled in
  await expect(bulk.getByText(/Voorstel: Lopend/).first()).toBeVisible();
  const statuses = bulk.locator('select[name^="status:"]');
  const rows = await statuses.count();
  expect(rows).toBeGreaterThan(0);
  await expectAccessible(page, "/beoordelen/bulk");
  // keyboard: the first row is filled with the keyboard only (focus, type to choose, Tab onward)
  await statuses.first().focus();
  await page.keyboard.type("Lopend");
  await expect(statuses.first()).toHaveValue("RUNNING");
  await page.keyboard.press("Tab");
  await expect(bulk.locator('select[name^="impact:"]').first()).toBeFocused();
  for (let i = 0; i < rows; i++) {
    await statuses.nth(i).selectOption({ label: "Lopend" });
    await bulk.locator('select[name^="impact:"]').nth(i).selectOption({ label: "Op kleine schaal met veel betekenis" });
    await bulk.locator('select[name^="sharing:"]').nth(i).selectOption({ label: "Ja, vanwege meerdere redenen" });
    await bulk.locator('select[name^="scalability:"]').nth(i).selectOption({ label: "Ja, alleen in deze regio" });
  }
  await bulk.getByRole("button", { name: "Alles opslaan" }).first().click();
  await expect(bulk.getByRole("status")).toHaveText(new RegExp(`^${rows} beoordeling(en)? opgeslagen, 0 ongewijzigd\\.$`));

  // --- WIR: region scores, with the phase definitions shown ------------------------------------
  await page.goto(`/beoordelen/regios?periode=${PERIOD.code}`);
  await expect(page.getByText("Wat betekenen de fases?")).toBeVisible();
  await expect(page.getByText("Fase 4: Implementatiefase.")).toBeVisible();
  await expectAccessible(page, "/beoordelen/regios");
  await page.getByLabel("Afspraken / convenanten van Zeeland").selectOption({ label: "Fase 4: Implementatiefase" });
  await page.getByLabel("Samenwerkingsdynamiek van Zeeland").selectOption({ label: "Fase 4: Samenwerking vanuit visie" });
  await page.getByLabel("Regiovisie / stip op de horizon van Zeeland").selectOption({ label: "Fase 5: Strategische keuzes" });
  await page.getByLabel("Notitie bij Zeeland").fill("Regiovisie 2030 vastgesteld.");
  await page.getByRole("button", { name: "Regioscores opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText(/^1 regio opgeslagen/);

  // --- Portfolio: filters in the URL; the export holds exactly the filtered rows ---------------
  await page.goto(`/portfolio?periode=${PERIOD.code}&regio=zeeland&update=APPROVED&per=100`);
  const portfolioRows = page.getByRole("table", { name: `Portfolio, periode ${PERIOD.label}` }).locator("tbody tr");
  await expect(portfolioRows).toHaveCount(approved);
  await expectAccessible(page, "/portfolio");
  const csv = await page.request.get(`/api/portfolio/export?periode=${PERIOD.code}&regio=zeeland&update=APPROVED&formaat=csv`);
  expect(csv.status()).toBe(200);
  expect((await csv.text()).trim().split("\r\n")).toHaveLength(approved + 1);

  // --- WIR closes the period; it is frozen ------------------------------------------------------
  await page.goto("/perioden");
  await page.getByRole("button", { name: `Periode ${PERIOD.label} sluiten` }).click();
  await expect(page.getByRole("status").filter({ hasText: "oktober 2021 is gesloten" })).toBeVisible();
  expect(asked.some((q) => q.startsWith(`Periode ${PERIOD.label} sluiten?`))).toBe(true);
  await page.goto(`/beoordelen/bulk?periode=${PERIOD.code}&regio=zeeland`);
  await expect(page.getByText("Deze periode is niet open: opslaan is niet mogelijk.")).toBeVisible();
  await page.getByRole("button", { name: "Alles opslaan" }).first().click();
  await expect(page.getByRole("form", { name: "Beoordelen in bulk" }).getByRole("alert").first()).toHaveText(/oktober 2021 is gesloten/);

  // --- Completeness: Zeeland (projects with a leader in Regiotafel) is 100% -------------------
  await page.goto(`/portfolio/volledigheid?periode=${PERIOD.code}&leider=1`);
  await expect(page.getByRole("heading", { level: 1, name: "Volledigheid" })).toBeVisible();
  const zeeland = page.getByRole("table", { name: "Per (sub)regio" }).getByRole("row", { name: /^Zeeland / });
  await expect(zeeland).toContainText("100%");
  await expectAccessible(page, "/portfolio/volledigheid");
});

test("signed out, the new pages send you to sign in and the export answers 401", async ({ page, request }) => {
  for (const path of ["/portfolio", "/beoordelen", "/perioden", "/portfolio/volledigheid"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/inloggen/);
  }
  expect((await request.get("/api/portfolio/export?formaat=csv")).status()).toBe(401);
});

test("a project leader has no portfolio, review or period pages", async ({ page }) => {
  await signInAs(page, "leiderZeeland");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  for (const label of ["Portfolio", "Beoordelen", "Perioden"]) await expect(nav.getByRole("link", { name: label, exact: true })).toHaveCount(0);
  for (const path of ["/portfolio", "/beoordelen", "/perioden", "/beoordelen/bulk"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: /Portfolio|Beoordelen|Rapportageperioden/ })).toHaveCount(0);
  }
  expect((await page.request.get("/api/portfolio/export?formaat=csv")).status()).toBe(403);
});
