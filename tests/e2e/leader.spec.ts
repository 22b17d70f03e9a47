import { expect, test, type Page } from "@playwright/test";
import { acceptConfirmations, expectAccessible, signInAs } from "./helpers";

/**
 * The project leader's path (issue 4): register a project, see a similar-projects hint, submit
 * the project and its maart 2021 update, get it returned with a comment by the CZ inkoper,
 * resubmit, and see it all on the project page. Uses only the project it registers itself, so
 * it tolerates other specs having run before and changes no oktober/maart 2020 records.
 */

const stamp = Date.now().toString(36);
const projectTitle = `Leefcirkels en sensoren, vervolg ${stamp}`;

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);
}

test("a project leader registers a project, updates it, gets it returned and resubmits", async ({ page }) => {
  test.setTimeout(180_000);
  const asked = acceptConfirmations(page);
  await signInAs(page, "leiderZeeland");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn projecten" })).toBeVisible();
  // the open period's to-do list on the home page
  await expect(page.getByRole("heading", { name: "Voortgangsupdates maart 2021" })).toBeVisible();

  // an existing project of this leader, to check "Bestaat dit al?" finds it
  await page.goto("/projecten?mijn=1");
  const firstTitle = (await page.getByRole("table", { name: "Projecten" }).locator("tbody tr").first().getByRole("link").textContent())!.trim();

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Project registreren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Project registreren" })).toBeVisible();

  // validation next to the fields; nothing typed is lost
  await page.getByLabel("Titel").fill("ab");
  await page.getByLabel("Budget uit ontwikkelgelden (euro)").fill("-100");
  await page.getByLabel("Startdatum").fill("2021-06-01");
  await page.getByLabel("(Geplande) einddatum").fill("2021-01-01");
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await expect(page.getByRole("main").getByRole("alert").first()).toContainText("Niet alles is goed ingevuld");
  await expect(page.getByText("Titel moet minstens 3 tekens lang zijn.")).toBeVisible();
  await expect(page.getByText("Kies een (sub)regio.")).toBeVisible();
  await expect(page.getByText("Budget kan niet negatief zijn.")).toBeVisible();
  await expect(page.getByText("De einddatum ligt vóór de startdatum.")).toBeVisible();
  await expectAccessible(page, "/projecten/nieuw met foutmeldingen");
  await expect(page.getByLabel("Budget uit ontwikkelgelden (euro)")).toHaveValue("-100");
  await expect(page.getByLabel("Titel")).toHaveAttribute("aria-invalid", "true");

  // "Bestaat dit al?" shows the similar existing project while typing
  await page.getByLabel("Titel").fill(firstTitle);
  const hint = page.getByRole("region", { name: "Bestaat dit al?" });
  await expect(hint.getByRole("link", { name: firstTitle }).first()).toBeVisible();

  await page.getByLabel("Titel").fill(projectTitle);
  await page.getByLabel("(Sub)regio").selectOption({ label: "Zeeland" });
  await page.getByLabel("Hoofdrubriek").selectOption({ label: "Technologie" });
  await page.getByLabel("Persoonsgerichte zorg en ondersteuning").check();
  await page.getByLabel("Doel | waarom dit project").fill("Bewoners slapen rustiger; medewerkers lopen minder onnodige rondes. <b>geen HTML</b>");
  await page.getByLabel("Beschrijving | wat en hoe").fill("Drie verpleeghuizen testen samen sensoren en leefcirkels in de nacht.");
  await page.getByLabel("Startdatum").fill("2021-01-01");
  await page.getByLabel("(Geplande) einddatum").fill("2022-12-31");
  await page.getByLabel("Budget uit ontwikkelgelden (euro)").fill("45000");

  // partner organisation by type-ahead, and proposing a missing one
  const partners = page.getByRole("group", { name: "Partnerorganisaties" });
  await partners.getByRole("combobox").fill("zorg");
  await partners.getByRole("option").first().click();
  await expect(partners.getByRole("list", { name: /Gekozen/ }).getByRole("listitem")).toHaveCount(1);
  await partners.getByRole("button", { name: "Staat de organisatie er niet bij? Stel haar voor" }).click();
  await partners.getByLabel("Naam van de organisatie").fill(`Zorgcoöperatie Walcheren ${stamp}`);
  await partners.getByLabel("Plaats").fill("Middelburg");
  await partners.getByRole("button", { name: "Organisatie voorstellen" }).click();
  await expect(partners.getByRole("list", { name: /Gekozen/ })).toContainText(`Zorgcoöperatie Walcheren ${stamp} (voorgesteld)`);

  await page.getByRole("button", { name: "Contactpersoon toevoegen" }).click();
  await page.getByRole("textbox", { name: "Naam (verplicht)" }).fill("Mirjam de Vos");
  await page.getByRole("button", { name: "Opslaan als concept" }).click();

  // the project page: a draft, with the typed HTML shown as text
  await expect(page.getByRole("heading", { level: 1, name: projectTitle })).toBeVisible();
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("Het project is opgeslagen.");
  await expect(page.getByText("Concept", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("<b>geen HTML</b>", { exact: false }).first()).toBeVisible();
  const projectUrl = page.url().replace(/\?.*$/, "");

  await page.getByRole("button", { name: "Project indienen" }).click();
  await expect.poll(() => asked.at(-1)).toMatch(/^Project indienen\?/);
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("Het project is ingediend.");
  const updateLink = page.getByRole("link", { name: "Voortgangsupdate maart 2021" });
  await expect(updateLink).toBeVisible();
  await expectAccessible(page, "projectkaart na indienen");

  // the update for maart 2021: first a concept, then submit
  await page.goto("/updates");
  const row = page.getByRole("row", { name: new RegExp(projectTitle) });
  await expect(row).toContainText("Nog niet begonnen");
  await expectAccessible(page, "/updates");
  await row.getByRole("link", { name: /Update invullen/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Voortgangsupdate maart 2021" })).toBeVisible();
  await page.getByRole("button", { name: "Update indienen" }).click();
  await expect(page.getByText("Kies de projectstatus voordat u indient.")).toBeVisible();
  await expectAccessible(page, "updateformulier met foutmelding");
  await page.getByLabel("Projectstatus").selectOption({ label: "Lopend" });
  await page.getByLabel("Voortgang: wat is er sinds de vorige periode gebeurd?").fill("Sensoren hangen in twee van de drie huizen.");
  await page.getByLabel("Risico's").fill("Leverancier levert laat.");
  await page.getByRole("button", { name: "Update indienen" }).click();
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("Uw voortgangsupdate is ingediend.");
  const updates = page.locator("#updates");
  await expect(updates).toContainText("Voortgangsupdate maart 2021");
  await expect(updates).toContainText("Ingediend");
  await signOut(page);

  // the CZ inkoper returns it with a comment
  await signInAs(page, "inkoperCz");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  await page.goto(projectUrl);
  // from the project page to the review sheet (/beoordelen, the review engineer's page)
  await page.locator("#updates").getByRole("link", { name: "Update beoordelen" }).click();
  const review = page.getByRole("form", { name: "Update beoordelen" });
  await review.getByRole("button", { name: "Terugsturen…" }).click();
  await review.getByLabel("Commentaar voor de projectleider").fill("Hoeveel bewoners doen er mee? Graag aanvullen.");
  await review.getByRole("button", { name: "Terugsturen met commentaar" }).click();
  await expect(page.getByRole("main")).toContainText("Teruggestuurd met commentaar:");
  await page.goto(projectUrl);
  await expect(page.locator("#updates")).toContainText("Teruggestuurd");
  await signOut(page);

  // the leader sees the comment, edits and resubmits
  await signInAs(page, "leiderZeeland");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  await page.goto("/updates");
  const returned = page.getByRole("row", { name: new RegExp(projectTitle) });
  await expect(returned).toContainText("Teruggestuurd");
  await expect(returned).toContainText("Hoeveel bewoners doen er mee?");
  await returned.getByRole("link", { name: /Aanpassen en opnieuw indienen/ }).click();
  await expect(page.getByRole("heading", { name: "Teruggestuurd met opmerking" })).toBeVisible();
  await expect(page.getByText("Hoeveel bewoners doen er mee? Graag aanvullen.")).toBeVisible();
  // the previous answers are still there
  await expect(page.getByLabel("Risico's")).toHaveValue("Leverancier levert laat.");
  await page.getByLabel("Voortgang: wat is er sinds de vorige periode gebeurd?").fill("Sensoren hangen in twee van de drie huizen; 36 bewoners doen mee.");
  await page.getByLabel("Aantal betrokken zorgorganisaties").fill("3");
  await page.getByRole("button", { name: "Update indienen" }).click();

  // all of it on the project page: the card, the update and the history
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("Uw voortgangsupdate is ingediend.");
  await expect(page.locator("#updates")).toContainText("36 bewoners doen mee");
  await expect(page.locator("#updates")).toContainText("Ingediend");
  const history = page.locator("#geschiedenis");
  await expect(history).toContainText("Projectkaart aangemaakt");
  await expect(history.getByText("Voortgangsupdate aangemaakt")).toHaveCount(1);
  await expect(history.getByText("Voortgangsupdate gewijzigd")).toHaveCount(2);
  await expect(history).toContainText("Femke Jansen");
  // Dutch labels and values, no internal names, JSON or empty-to-empty lines
  await expect(history).toContainText("Stand: Teruggestuurd → Ingediend");
  await expect(history).not.toContainText(/regionCode|themeCodes|wirNumber|periodRecords|\{"|— → —/);
  await expectAccessible(page, "projectkaart met geschiedenis");
});

test("signed out, the leader's pages send you to the sign-in page", async ({ page }) => {
  for (const path of ["/updates", "/projecten/nieuw"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/inloggen/);
  }
});

/** Registers a small draft project through the form and returns its page's URL. */
async function registerDraft(page: Page, title: string): Promise<string> {
  await page.goto("/projecten/nieuw");
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("(Sub)regio").selectOption({ label: "Zeeland" });
  await page.getByLabel("Hoofdrubriek").selectOption({ label: "Anders werken" });
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

test("two people editing the same project: the second save is refused and keeps what was typed", async ({ page, context }) => {
  await signInAs(page, "leiderZeeland");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  const url = await registerDraft(page, `Gelijktijdig bewerken ${stamp}`);
  const other = await context.newPage();
  await other.goto(`${url}/bewerken`);
  await page.goto(`${url}/bewerken`);

  await other.getByLabel("Titel").fill(`Gelijktijdig bewerken ${stamp} — eerst opgeslagen`);
  await other.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(other.getByRole("main").getByRole("status").first()).toContainText("Het project is opgeslagen.");

  await page.getByLabel("Titel").fill(`Gelijktijdig bewerken ${stamp} — te laat`);
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("main").getByRole("alert").first()).toContainText("Iemand anders heeft deze gegevens intussen gewijzigd");
  await expect(page.getByLabel("Titel")).toHaveValue(`Gelijktijdig bewerken ${stamp} — te laat`);
  const seeOther = page.getByRole("link", { name: /Bekijk de wijziging van de ander/ });
  await expect(seeOther).toHaveAttribute("href", /#geschiedenis$/);
  await expectAccessible(page, "projectformulier met versieconflict");
  // the other change is in the history, nothing was overwritten
  await other.goto(url);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(`Gelijktijdig bewerken ${stamp} — eerst opgeslagen`);
  await expect(other.locator("#geschiedenis")).toContainText("Titel: Gelijktijdig bewerken");
});

// The text is typed straight after the page opens: on a slow machine that is before the form has
// read its stored copy, which once lost the typed text (use-draft-backup.ts now writes it as soon
// as the stored copy has been read).
test("an expired session loses nothing: sign in again and the typed text is back", async ({ page, context }) => {
  const user = await signInAs(page, "leiderZeeland");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  const url = await registerDraft(page, `Sessie verlopen ${stamp}`);
  await page.goto(`${url}/bewerken`);
  await page.getByLabel("Doel | waarom dit project").fill("Tekst die niet verloren mag gaan.");
  await context.clearCookies(); // the session ends
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("main").getByRole("alert").first()).toContainText("Uw sessie is verlopen");
  await expect(page.getByLabel("Doel | waarom dit project")).toHaveValue("Tekst die niet verloren mag gaan.");

  // reloading sends the user to the sign-in page and back; the form offers the typed text again
  await page.reload();
  await expect(page).toHaveURL(/\/inloggen/);
  await page.getByLabel("E-mailadres").fill(user.email);
  await page.getByLabel("Wachtwoord").fill("Regiotafel-demo-2026");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/bewerken$/);
  await expect(page.getByText("Uw niet-opgeslagen invoer van eerder is teruggezet.")).toBeVisible();
  await expect(page.getByLabel("Doel | waarom dit project")).toHaveValue("Tekst die niet verloren mag gaan.");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("Het project is opgeslagen.");
  await expect(page.getByText("Tekst die niet verloren mag gaan.").first()).toBeVisible();
});
