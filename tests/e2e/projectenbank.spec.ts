import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./helpers";

/**
 * The public Projectenbank (issue 13), signed out: search, open a card, download a product that
 * WIR uploaded, browse the lessons, open a region's, a concessiehouder's and a search's brochure
 * (print and DOCX); axe on every public page. Adds one
 * product to a published demo card and changes nothing else.
 */

const stamp = Date.now().toString(36);
const productTitle = `Handreiking slaapwaakritme ${stamp}`;
const PDF = Buffer.from(`%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% ${stamp}\n%%EOF\n`);

test("an anonymous visitor searches, opens a card and downloads a product; lessons and brochure are public", async ({ page }) => {
  test.setTimeout(180_000);

  // signed out: the catalogue and its search
  await page.goto("/projectenbank");
  await expect(page.getByRole("heading", { level: 1, name: "Projectenbank" })).toBeVisible();
  await expectAccessible(page, "/projectenbank");
  await page.getByRole("searchbox", { name: "Zoeken" }).fill("zorg");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/q=zorg/);
  const first = page.getByRole("main").locator("ol article h3 a").first();
  const cardTitle = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: cardTitle })).toBeVisible();
  const cardUrl = page.url();
  const wirNumber = (await page.getByRole("main").locator("header p").first().textContent())!.trim();
  await expectAccessible(page, "kaart");

  // WIR adds a product with a file to that card
  await signInAs(page, "wir");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible({ timeout: 30_000 });
  await page.goto(`/projecten?q=${encodeURIComponent(wirNumber)}`);
  await page.getByRole("link", { name: cardTitle, exact: true }).first().click();
  await page.getByRole("link", { name: "Producten", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Producten van ${cardTitle}` })).toBeVisible();
  const form = page.getByRole("form", { name: "Product toevoegen" });
  await form.getByLabel("Soort product").selectOption("HANDREIKING");
  await form.getByLabel("Titel").fill(productTitle);
  // a file whose content is not what its name says is refused with a Dutch message
  await form.getByLabel("Bestand").setInputFiles({ name: "handreiking.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>geen pdf</html>") });
  await form.getByRole("button", { name: "Product toevoegen" }).click();
  await expect(form.getByText(/Dit soort bestand kan niet worden geplaatst/).first()).toBeVisible();
  await form.getByLabel("Bestand").setInputFiles({ name: "handreiking.pdf", mimeType: "application/pdf", buffer: PDF });
  await form.getByRole("button", { name: "Product toevoegen" }).click();
  await expect(page.getByText("Het product is toegevoegd.")).toBeVisible();
  await expect(page.getByText(productTitle).first()).toBeVisible();
  await page.context().clearCookies();

  // signed out again: the card offers the product, and it downloads as an attachment
  await page.goto(cardUrl);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: productTitle }).click();
  expect((await download).suggestedFilename()).toBe("handreiking.pdf");
  const response = await page.request.get(await page.getByRole("link", { name: productTitle }).getAttribute("href").then((h) => h!));
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");

  // lessons by theme
  await page.goto("/projectenbank/lessen");
  await expect(page.getByRole("heading", { level: 1, name: "Geleerde lessen" })).toBeVisible();
  await expectAccessible(page, "/projectenbank/lessen");

  // the region's brochure, from the card
  await page.goto(cardUrl);
  await page.getByRole("link", { name: /^Brochure van regio / }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Transitieprojecten regio / })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Leeswijzer" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: cardTitle })).toBeVisible();
  await expectAccessible(page, "brochure");
  // … and the same brochure as a Word document
  const docx = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download als Word-document (DOCX)" }).click();
  expect((await docx).suggestedFilename()).toMatch(/^projectenbank-brochure-transitieprojecten-regio-.+\.docx$/);

  // a concessiehouder's brochure and one of any search, from the catalogue
  await page.goto("/projectenbank?concessiehouder=CZ");
  await page.getByRole("link", { name: "Brochure van CZ (afdrukken of Word)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Transitieprojecten in de regio's van CZ" })).toBeVisible();
  await page.goto("/projectenbank?q=zorg&status=RUNNING");
  await page.getByRole("link", { name: "Brochure van deze projecten (afdrukken of Word)" }).click();
  await expect(page).toHaveURL(/\/projectenbank\/brochure\?q=zorg&status=RUNNING$/);
  await expect(page.getByRole("heading", { level: 1, name: "Transitieprojecten: een selectie uit de Projectenbank" })).toBeVisible();
  await expect(page.getByText("Zoekterm: zorg; Status: Lopend")).toBeVisible();
  // an unknown region has no brochure
  expect((await page.request.get("/projectenbank/brochure?regio=bestaat-niet")).status()).toBe(404);
  expect((await page.request.get("/projectenbank/brochure/docx?regio=bestaat-niet")).status()).toBe(404);
});
