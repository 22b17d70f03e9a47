import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectAccessible, expectSignedInAs, signInAs } from "./helpers";
import { docxText } from "../support/zip";

/**
 * The progress report as a new WIR user and an inkoper would use it, on the demo portfolio
 * (which reproduces the January 2021 report: oktober 2020 compared with maart 2020). This spec
 * changes no project data: it writes a narrative and publishes a report version only. It tolerates
 * earlier runs of itself and of other specs in the same database (an existing draft is reused).
 */
const REPORT = "/rapportage?periode=2020-10&vergelijk=2020-03";

async function signIn(page: Page, key: string) {
  const user = await signInAs(page, key);
  await expectSignedInAs(page, user.name);
}

/** The cells of the row whose header is `label` in the table captioned `caption`. */
async function rowValues(page: Page, caption: string | RegExp, label: string): Promise<string[]> {
  const table = page.getByRole("table", { name: caption }).first();
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) }).first();
  await expect(row).toBeVisible(); // the page streams in: wait for the row before reading it
  return (await row.getByRole("cell").allInnerTexts()).map((s) => s.trim());
}

test("WIR opens the report for oktober 2020 vs maart 2020, writes the narrative, publishes and downloads it", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "wir");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Rapportage" }).click();
  await expect(page).toHaveURL(/\/rapportage/);
  await page.goto(REPORT);

  // chapters in the order of the January 2021 report; outside editing, a chapter without narrative or tables is left out
  const ALL_CHAPTERS = [
    "Begeleidende brief en samenvatting",
    "1 Inleiding",
    "2 Procesresultaten zorgkantoorregio's",
    "3 Verbinding met het kwaliteitskader",
    "4 Analyse transitieplannen",
    "5 Kennisuitwisseling en rol zorgkantoren",
    "6 Doorkijk naar de volgende periode",
    "7 Resultaten in cijfers",
    "Bijlage 1 Processtatus per (sub)regio",
    "Bijlage 2 Voorbeeldprojecten per regio",
  ];
  const shown = await page.locator("section.report-chapter h2").allTextContents();
  expect(shown).toEqual(ALL_CHAPTERS.filter((c) => shown.includes(c)));
  for (const c of ["Begeleidende brief en samenvatting", "2 Procesresultaten zorgkantoorregio's", "3 Verbinding met het kwaliteitskader", "4 Analyse transitieplannen", "Bijlage 1 Processtatus per (sub)regio"])
    expect(shown).toContain(c);
  // chapter 3 has the projects per kwaliteitskader theme
  await expect(page.locator("#tabel-kwaliteitskader")).toContainText("Personeelssamenstelling");

  // the January 2021 tables, exactly (domain.md)
  expect((await rowValues(page, "Tabel 1 Afspraken / convenanten", "Fase 4: Implementatiefase")).slice(0, 4)).toEqual(["16", "21", "27", "32"]);
  expect((await rowValues(page, "Tabel 2 Samenwerkingsdynamiek", "Fase 4: Samenwerking vanuit visie")).slice(0, 4)).toEqual(["1", "2", "17", "23"]);
  expect((await rowValues(page, /^Tabel 4 /, "Samenwerking in de keten")).slice(0, 8)).toEqual(["14", "7", "3", "1", "4", "27", "2", "58"]);
  expect((await rowValues(page, /^Tabel 4 /, "Totaal")).slice(0, 8)).toEqual(["65", "14", "7", "43", "76", "95", "18", "318"]);
  expect((await rowValues(page, "Tabel 5 Aantal betrokken zorgorganisaties", "Onbekend")).slice(0, 2)).toEqual(["0", "20"]);
  expect((await rowValues(page, "Tabel 6 Projectstatus", "Lopend")).slice(0, 2)).toEqual(["237", "244"]);
  expect((await rowValues(page, "Tabel 6 Projectstatus", "Afgerond en succesvol verlopen")).slice(0, 2)).toEqual(["12", "31"]);
  // Tabel 7 compares with maart 2020 like the others: new projects (start 2020 or later) then, and the change
  expect((await rowValues(page, /^Tabel 7 /, "Totaal")).slice(0, 6)).toEqual(["83", "30", "113", "100,0%", "63", "50"]);
  expect((await rowValues(page, "Tabel 8 Mate van impact", "Op gemiddelde schaal met veel betekenis")).slice(0, 2)).toEqual(["80", "111"]);
  expect((await rowValues(page, "Tabel 10 Delen van resultaten", "Ja, vanwege meerdere redenen")).slice(0, 2)).toEqual(["100", "156"]);
  expect((await rowValues(page, "Tabel 11 Opschaalbaarheid", "Ja, landelijk opschaalbaar")).slice(0, 2)).toEqual(["30", "43"]);
  // each table carries its generated change sentence
  await expect(page.locator("#tabel-tabel6").locator("xpath=ancestor::figure").locator(".change-sentence")).toContainText("318");
  await expectAccessible(page, REPORT);

  // a draft version: reuse one left by an earlier run, else start one
  const versions = page.getByRole("region", { name: /Versies van de rapportage/ });
  if ((await page.getByRole("button", { name: "Toelichting opslaan" }).count()) === 0) {
    await versions.getByRole("button", { name: /versie starten/i }).click();
    await expect(page).toHaveURL(/versie=\d+/);
  }
  // while editing a draft every chapter shows, with its narrative box
  await expect(page.locator("section.report-chapter h2")).toHaveText(ALL_CHAPTERS);
  const narrative = `Toelichting uit de end-to-end-test ${Date.now()}: de regio's werken samen aan personeel en technologie.`;
  const intro = page.getByRole("form", { name: "Toelichting 1 Inleiding" });
  await intro.getByLabel("Toelichting bij 1 Inleiding").fill(narrative);
  await intro.getByRole("button", { name: "Toelichting opslaan" }).click();
  await expect(intro.getByRole("status")).toHaveText("Opgeslagen.");
  await page.reload();
  await expect(page.getByLabel("Toelichting bij 1 Inleiding")).toHaveValue(narrative);
  await expectAccessible(page, `${REPORT}, concept in bewerking`);

  // publish: the version is frozen
  page.once("dialog", (d) => d.accept());
  await versions.getByRole("button", { name: /publiceren$/ }).click();
  await expect(page.getByText(/Deze versie is vastgelegd/)).toBeVisible();
  await expect(page.locator("#inleiding")).toContainText(narrative);
  await expect(page.getByRole("button", { name: "Toelichting opslaan" })).toHaveCount(0);
  expect((await rowValues(page, "Tabel 6 Projectstatus", "Lopend")).slice(0, 2)).toEqual(["237", "244"]);

  // downloads
  const downloads = page.getByRole("navigation", { name: "Downloads" });
  const [xlsx] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: "Excel (XLSX)" }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^rapportage-2020-10-vs-2020-03-versie-\d+\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet("Tabel 6")!;
  const lopend: unknown[] = [];
  sheet.eachRow((row) => {
    if (row.getCell(1).value === "Lopend") lopend.push(row.getCell(2).value, row.getCell(3).value);
  });
  expect(lopend).toEqual([237, 244]);

  const [docx] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: "Word (DOCX)" }).click()]);
  const text = docxText(fs.readFileSync((await docx.path())!));
  expect(text).toContain(narrative);
  expect(text).toMatch(/Lopend\s*237\s*244/);

  const jsonHref = await downloads.getByRole("link", { name: "JSON" }).getAttribute("href");
  const json = await (await page.request.get(jsonHref!)).json();
  expect(json.tabel6.values.RUNNING).toMatchObject({ "2020-03": 237, "2020-10": 244 });

  // printed on A4 without the menu
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
});

test("WIR's dashboard: key figures with their change, and a click to the projects behind a number", async ({ page }) => {
  await signIn(page, "wir");
  await page.goto("/dashboard?periode=2020-10&vergelijk=2020-03");
  const running = page.getByRole("link", { name: /^Lopend: 244/ });
  await expect(running).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: running })).toContainText("+7 sinds maart 2020");
  await expect(page.getByRole("img", { name: /Grafiek: Projectstatus/ })).toBeVisible();
  expect((await rowValues(page, "Projectstatus — cijfers", "Lopend")).slice(0, 2)).toEqual(["237", "244"]);
  await expectAccessible(page, "/dashboard");
  await running.click();
  await expect(page).toHaveURL(/\/projecten\?periode=2020-10&status=RUNNING/);
  // the list pages in SQL: the first 25 of the 244 projects behind the number
  await expect(page.getByText("1–25 van 244 projecten")).toBeVisible();
});

test("an inkoper sees its own portfolio's report; other portfolios and bad input get a clear message", async ({ page }) => {
  await signIn(page, "inkoperCz");
  await page.goto(REPORT);
  await expect(page.getByText("Reikwijdte: Concessiehouder CZ")).toBeVisible();
  // CZ's column of Tabel 4 (domain.md): 65 projects, 14 in Samenwerking in de keten
  expect((await rowValues(page, /^Tabel 4 Projecten per hoofdrubriek en concessiehouder$/, "Samenwerking in de keten"))[0]).toBe("14");
  expect((await rowValues(page, /^Tabel 4 Projecten per hoofdrubriek en concessiehouder$/, "Totaal"))[0]).toBe("65");
  await expectAccessible(page, `${REPORT} (inkoper CZ)`);
  // national figures only as aggregates, and no versions
  await expect(page.getByRole("table", { name: /Tabel 6 Projectstatus \(landelijk, ter vergelijking\)/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /Versies van de rapportage/ })).toHaveCount(0);
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Excel (XLSX)" }).click()]);
  expect(xlsx.suggestedFilename()).toBe("rapportage-2020-10-vs-2020-03.xlsx");
  // the live report's JSON is the documented API, within the inkoper's scope
  const jsonHref = await page.getByRole("navigation", { name: "Downloads" }).getByRole("link", { name: "JSON" }).getAttribute("href");
  expect(jsonHref).toMatch(/^\/api\/rapportage\?periode=2020-10&vergelijk=2020-03/);
  const json = await (await page.request.get(jsonHref!)).json();
  expect(json.scope.label).toBe("Concessiehouder CZ");
  expect(json.tabel4.values.TOTAAL.CZ).toBe(65);

  await page.goto(`${REPORT}&concessiehouder=ZK`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Deze concessiehouder valt buiten uw portefeuille.");
  await page.goto("/rapportage?periode=2031-10&vergelijk=2020-03");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("De periode 2031-10 bestaat niet in Regiotafel.");
  await page.goto("/rapportage?periode=2020-03&vergelijk=2020-10");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("De vergelijkingsperiode moet vóór de rapportageperiode liggen.");
  await page.goto("/dashboard?periode=2020-10&vergelijk=2020-03&regio=nergens");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Regio nergens is onbekend.");
  await expectAccessible(page, "/dashboard met een foutmelding");
  const bad = await page.request.get("/api/rapportage/export/xlsx?periode=2020-03&vergelijk=2020-10");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ code: "validation", message: expect.stringContaining("vóór de rapportageperiode") });
});

test("the print view of the report looks like a published report: cover, contents, a chart beside every table, page numbers", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page, "wir");
  await page.goto(REPORT);
  await page.emulateMedia({ media: "print" });
  const cover = page.getByRole("region", { name: "Voorblad" });
  await expect(cover).toBeVisible();
  for (const text of ["Rapportageperiode", "oktober 2020", "Vergeleken met", "maart 2020", "Versie", "Datum", "Uitgegeven door"]) await expect(cover).toContainText(text);
  await expect(page.getByRole("navigation", { name: "Inhoud" })).toBeVisible();
  // every numeric table has its chart on paper (the drawn SVG), the key figures are a list
  for (const key of ["tabel1", "tabel4", "tabel6", "tabel11", "kwaliteitskader"]) {
    const block = page.locator(".report-block").filter({ has: page.locator(`#tabel-${key}`) });
    await expect(block.locator("img.print-only")).toBeVisible();
  }
  await expect(page.locator("#tabel-kerncijfers").locator("xpath=ancestor::figure").locator("ul.key-points li").first()).toContainText("maart 2020");
  await expect(page.getByText("Nog geen toelichting")).toHaveCount(0);
  await expect(page.getByText(/geen Tabel 9/)).toBeVisible();
  await expect(page.getByRole("row", { name: /10 of meer/ }).first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  await testInfo.attach("rapportage.pdf", { body: pdf, contentType: "application/pdf" });
  fs.writeFileSync(testInfo.outputPath("rapportage.pdf"), pdf);
  // cover, contents and the chapters on their own pages
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(8);
  await page.emulateMedia({ media: "screen" });
});
