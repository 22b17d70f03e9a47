import fs from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { acceptConfirmations, expectAccessible, switchUser } from "./helpers";

/**
 * Results (issue 14), walked as the test asks: WIR adds an indicator to the library; the
 * Zeeland project leader adds it and an own indicator to a project, each with a baseline and a
 * target, records traject stages and the final evaluation, and reports the measurements in the
 * open period's update; the CZ inkoper (Zeeland's zorgkantoor) records the funding decision and
 * sees the measurements with the update, the Zilveren Kruis inkoper cannot; WIR sees the
 * indicator with its figures in the report's chapter "Resultaten in cijfers" and in the exports.
 * Bad input is refused with a Dutch message at the field, and what was typed stays.
 *
 * Self-contained: it works on the demo database as `npm start` makes it (maart 2021 open) and
 * after the cycle spec (maart 2022 open, one of this leader's updates submitted). It takes a
 * project of the leader whose update for the open period is not submitted yet, and a library
 * indicator of its own, so the report's figures for that indicator are exactly this project's.
 */

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The cells (after the row header) of the row `label` in the table captioned `caption`. */
async function rowCells(page: Page, caption: string, label: string): Promise<string[]> {
  const table = page.getByRole("table", { name: caption });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
  await expect(row).toHaveCount(1);
  return (await row.getByRole("cell").allInnerTexts()).map((s) => s.trim());
}

/** The field error shown under a form control (aria-describedby → "<id>-error"). */
function fieldError(form: Locator, id: string): Locator {
  return form.locator(`[id="${id}-error"]`);
}

test("results: indicators with baselines, measurement in the update, traject, funding decision, final evaluation, report and export", async ({ page }) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36).toUpperCase();
  const code = `E2E_${stamp}`;
  const name = `Deelname aan scholing ${stamp}`;
  const ownName = `Uren inzet mantelzorgers ${stamp}`;

  // --- WIR adds a standard indicator to the library -----------------------------------------------
  await switchUser(page, "wir");
  await page.goto("/beheer/indicatoren");
  await expect(page.getByRole("heading", { level: 1, name: "Indicatorbibliotheek" })).toBeVisible();
  const newIndicator = page.getByRole("form", { name: "Nieuwe indicator" });
  await newIndicator.getByLabel("Code").fill(code);
  await newIndicator.getByLabel("Naam").fill(name);
  await newIndicator.getByLabel("Eenheid").selectOption({ label: "Percentage (%)" });
  await newIndicator.getByLabel("Welke richting is beter?").selectOption({ label: "Hoger is beter" });
  await newIndicator.getByLabel("Definitie").fill("Aandeel medewerkers dat in het afgelopen halfjaar een scholing volgde.");
  await newIndicator.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(page.getByText("De indicator is opgeslagen in de bibliotheek.")).toBeVisible();
  await expect(page.locator("summary").filter({ hasText: name })).toContainText(`${code} · Percentage (%) · Hoger is beter · 0 projecten`);
  // the form is empty again for the next indicator (a second click must not try the same code again)
  await expect(page.getByRole("form", { name: "Nieuwe indicator" }).getByLabel("Code")).toHaveValue("");
  await expectAccessible(page, "/beheer/indicatoren");

  // --- the leader: a project whose update of the open period is still open ------------------------
  await switchUser(page, "leiderZeeland");
  // the library is WIR's: the leader is refused, not told the page does not exist
  expect((await page.goto("/beheer/indicatoren"))!.status()).toBe(403);
  await page.goto("/updates");
  const heading = page.getByRole("heading", { level: 1, name: /^Voortgangsupdates / });
  await expect(heading).toBeVisible();
  const period = (await heading.textContent())!.replace("Voortgangsupdates ", "").trim();
  await page.getByRole("link", { name: /^Update invullen: / }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: `Voortgangsupdate ${period}` })).toBeVisible();
  const projectId = /\/projecten\/([^/]+)\/update/.exec(page.url())![1];

  // --- two indicators with a baseline and a target -----------------------------------------------
  await page.goto(`/projecten/${projectId}/resultaten`);
  await expect(page.getByRole("heading", { level: 1, name: /^Resultaten en traject: / })).toBeVisible();
  const wirNumber = (await page.getByText(/^WIR-[\d-]+ · /).first().textContent())!.split(" · ")[0].trim();
  const add = page.getByRole("form", { name: "Indicator toevoegen" });
  await expect(add.getByRole("radio", { name: /^Uit de indicatorbibliotheek/ })).toBeChecked();
  await add.getByLabel("Indicator", { exact: true }).selectOption({ label: `${name} (Percentage (%))` });
  await add.getByLabel("Nulmeting (waarde)").fill("veertig");
  await add.getByLabel("Datum nulmeting").fill("2020-01-15");
  await add.getByLabel("Hoe gemeten").fill("Scholingsregistratie van de afdeling HR");
  await add.getByLabel("Streefwaarde").fill("70");
  await add.getByLabel("Streefdatum").fill("2030-12-31");
  await add.getByRole("button", { name: "Indicator toevoegen" }).click();
  // a value that is no number: the message at the field, and everything typed is still there
  await expect(fieldError(add, "pi-new-bv")).toHaveText("Nulmeting: vul een getal in, bijvoorbeeld 7,3 of 1500 (zonder punt voor duizendtallen).");
  await expect(add.getByLabel("Nulmeting (waarde)")).toHaveValue("veertig");
  await expect(add.getByLabel("Nulmeting (waarde)")).toHaveAttribute("aria-invalid", "true");
  await expect(add.getByLabel("Hoe gemeten")).toHaveValue("Scholingsregistratie van de afdeling HR");
  await expect(add.getByLabel("Indicator", { exact: true })).toHaveValue(/.+/);
  // a number outside the unit's range: refused by the server on the indicator's unit
  await add.getByLabel("Nulmeting (waarde)").fill("140");
  await add.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(fieldError(add, "pi-new-bv")).toHaveText("Percentage (%): vul een waarde in van 0 tot en met 100.");
  await expect(add.getByLabel("Streefwaarde")).toHaveValue("70");
  await add.getByLabel("Nulmeting (waarde)").fill("40");
  await add.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(page.getByText("De indicator is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: `${name} (Percentage (%))` })).toBeVisible();

  // the second: the project's own indicator, marked as such
  const add2 = page.getByRole("form", { name: "Indicator toevoegen" });
  await add2.getByRole("radio", { name: /^Eigen indicator van dit project/ }).check();
  await add2.getByLabel("Naam van de eigen indicator").fill(ownName);
  await add2.getByLabel("Eenheid").selectOption({ label: "Uren" });
  await add2.getByLabel("Welke richting is beter?").selectOption({ label: "Hoger is beter" });
  await add2.getByLabel("Definitie (wat telt u, bij wie)").fill("Uren per maand die mantelzorgers meehelpen op de afdeling.");
  // "1.200" is twelve hundred in Dutch: refused, not saved as 1,2 uur
  await add2.getByLabel("Nulmeting (waarde)").fill("1.200");
  await add2.getByLabel("Datum nulmeting").fill("2020-01-15");
  await add2.getByLabel("Hoe gemeten").fill("Urenregistratie vrijwilligers en mantelzorgers");
  await add2.getByLabel("Streefwaarde").fill("1500");
  await add2.getByLabel("Streefdatum").fill("2019-12-31");
  await add2.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(fieldError(add2, "pi-new-bv")).toHaveText("Nulmeting: vul een getal in, bijvoorbeeld 7,3 of 1500 (zonder punt voor duizendtallen).");
  await expect(add2.getByLabel("Nulmeting (waarde)")).toHaveValue("1.200");
  await add2.getByLabel("Nulmeting (waarde)").fill("1200");
  await add2.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(fieldError(add2, "pi-new-td")).toHaveText("De streefdatum moet na de datum van de nulmeting liggen.");
  await expect(add2.getByLabel("Naam van de eigen indicator")).toHaveValue(ownName);
  await add2.getByLabel("Streefdatum").fill("2030-12-31");
  await add2.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(page.getByText("De indicator is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: `${ownName} (Uren, eigen indicator)` })).toBeVisible();

  // --- traject stages: a date and a note; the funding decision is not the leader's -----------------
  const stage = page.getByRole("form", { name: "Fase van het traject vastleggen" });
  const stageOptions = await stage.getByLabel("Fase").locator("option").allTextContents();
  expect(stageOptions.some((o) => o.startsWith("Financieringsbesluit"))).toBe(false);
  await stage.getByLabel("Fase").selectOption("MIDTERM");
  await stage.getByLabel("Toelichting").fill("Tussenevaluatie met het team en de cliëntenraad.");
  await stage.getByRole("button", { name: "Fase vastleggen" }).click();
  await expect(fieldError(stage, "ts-date")).toHaveText("Vul de datum in waarop deze fase begon.");
  await expect(stage.getByLabel("Toelichting")).toHaveValue("Tussenevaluatie met het team en de cliëntenraad.");
  await stage.getByLabel("Begonnen op").fill("2021-01-10");
  await stage.getByRole("button", { name: "Fase vastleggen" }).click();
  await expect(stage.getByText("De fase van het traject is vastgelegd.")).toBeVisible();
  const timeline = page.getByRole("list", { name: "Traject" });
  await expect(timeline.getByRole("listitem").filter({ hasText: /^Tussenevaluatie/ })).toContainText("Tussenevaluatie met het team en de cliëntenraad.");
  // the same stage again: the date moves (no conflict with the version just saved)
  await stage.getByLabel("Fase").selectOption("MIDTERM");
  await stage.getByLabel("Begonnen op").fill("2021-01-20");
  await stage.getByLabel("Toelichting").fill("Tussenevaluatie verschoven naar na de vakantie.");
  await stage.getByRole("button", { name: "Fase vastleggen" }).click();
  await expect(stage.getByText("De fase van het traject is vastgelegd.")).toBeVisible();
  await expect(timeline.getByRole("listitem").filter({ hasText: /^Tussenevaluatie/ })).toContainText("Tussenevaluatie verschoven naar na de vakantie.");
  await stage.getByLabel("Fase").selectOption("SCAN");
  await stage.getByLabel("Begonnen op").fill("2020-01-15");
  await stage.getByLabel("Toelichting").fill("Scan met nulmeting van scholing en mantelzorg.");
  await stage.getByRole("button", { name: "Fase vastleggen" }).click();
  await expect(stage.getByText("De fase van het traject is vastgelegd.")).toBeVisible();
  await expect(timeline.getByRole("listitem").filter({ hasText: /^Scan \/ nulmeting/ })).toContainText("Scan met nulmeting van scholing en mantelzorg.");

  // --- the final evaluation -----------------------------------------------------------------------
  const evaluation = page.getByRole("form", { name: "Eindevaluatie" });
  await evaluation.getByLabel("Toelichting op succesfactoren en belemmeringen").fill("Het team wilde het zelf.");
  await evaluation.getByRole("button", { name: "Eindevaluatie opslaan" }).click();
  await expect(fieldError(evaluation, "fe-results")).toBeVisible();
  await expect(fieldError(evaluation, "fe-borging")).toBeVisible();
  await expect(fieldError(evaluation, "fe-transferable")).toHaveText("Kies of de aanpak elders kan worden overgenomen.");
  await expect(evaluation.getByLabel("Toelichting op succesfactoren en belemmeringen")).toHaveValue("Het team wilde het zelf.");
  await evaluation.getByLabel("Resultaten ten opzichte van de streefwaarden").fill("Scholing ruim op koers; mantelzorgers nog achter.");
  await evaluation.getByRole("checkbox", { name: "Draagvlak bij medewerkers, leiding en bestuur" }).check();
  await evaluation.getByRole("checkbox", { name: "Personeelstekort en hoge werkdruk" }).check();
  await evaluation.getByLabel("Borgingsplan: hoe gaat het resultaat verder na de financiering?").fill("Scholing wordt onderdeel van het jaarplan van de afdeling.");
  await evaluation.getByLabel("Kan de aanpak elders worden overgenomen?").selectOption({ label: "Ja, met aanpassingen aan de eigen situatie" });
  await evaluation.getByRole("button", { name: "Eindevaluatie opslaan" }).click();
  await expect(evaluation.getByText("De eindevaluatie is opgeslagen.")).toBeVisible();
  await expectAccessible(page, `/projecten/${projectId}/resultaten (projectleider)`);

  // --- the measurements in the open period's update -----------------------------------------------
  await page.goto(`/projecten/${projectId}/update`);
  await expect(page.getByRole("heading", { level: 1, name: `Voortgangsupdate ${period}` })).toBeVisible();
  const measurements = page.getByRole("form", { name: `Metingen ${period}` });
  const measured = measurements.getByRole("textbox", { name: `Meting ${name}` });
  const measuredOwn = measurements.getByRole("textbox", { name: `Meting ${ownName}` });
  await expect(measured).toHaveValue(""); // nothing measured before: nothing to prefill
  await measured.fill("veel");
  await measuredOwn.fill("1350");
  await measurements.getByRole("textbox", { name: `Toelichting ${name}` }).fill("Gemeten met de scholingsregistratie");
  await measurements.getByRole("button", { name: "Metingen opslaan" }).click();
  await expect(measurements.getByText("Vul een getal in, bijvoorbeeld 7,3 of 1500 (zonder punt voor duizendtallen), of laat het veld leeg.")).toBeVisible();
  await expect(measured).toHaveValue("veel");
  await expect(measured).toHaveAttribute("aria-invalid", "true");
  await expect(measuredOwn).toHaveValue("1350");
  await measured.fill("60");
  await measurements.getByRole("button", { name: "Metingen opslaan" }).click();
  await expect(measurements.getByText("De metingen zijn opgeslagen.")).toBeVisible();
  // corrected before submitting: saved again over the version just written
  await measured.fill("65");
  await measurements.getByRole("button", { name: "Metingen opslaan" }).click();
  await expect(measurements.getByText("De metingen zijn opgeslagen.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("form", { name: `Metingen ${period}` }).getByRole("textbox", { name: `Meting ${name}` })).toHaveValue("65");

  await page.getByLabel("Projectstatus").selectOption({ label: "Lopend" });
  await page.getByLabel("Voortgang: wat is er sinds de vorige periode gebeurd?").fill("De scholing loopt op drie afdelingen.");
  const asked = acceptConfirmations(page);
  await page.getByRole("button", { name: "Update indienen" }).click();
  await expect(page).toHaveURL(/update=ingediend/);
  expect(asked).toEqual([expect.stringMatching(/^Update indienen\?/)]);

  // --- the project page: each indicator as a chart with its table; the traject; the evaluation ------
  await page.goto(`/projecten/${projectId}`);
  const card = page.getByRole("article", { name: new RegExp(`^${esc(name)}`) });
  await expect(card.getByRole("img", { name: new RegExp(`^Grafiek: ${esc(name)}`) })).toBeVisible();
  await expect(card).toContainText("Op koers");
  const table = card.getByRole("table", { name: `Nulmeting, metingen en streefwaarde van ${name}` });
  const row = table.getByRole("row", { name: new RegExp(`^${esc(period)}`) });
  await expect(row).toContainText("65%");
  await expect(row).toContainText("Gemeten met de scholingsregistratie");
  await expect(table.getByRole("row", { name: /^Nulmeting/ })).toContainText("40%");
  await expect(table.getByRole("row", { name: /^Nulmeting/ })).toContainText("Scholingsregistratie van de afdeling HR");
  await expect(table.getByRole("row", { name: /^Streefwaarde/ })).toContainText("70%");
  const ownCard = page.getByRole("article", { name: new RegExp(`^${esc(ownName)}`) });
  await expect(ownCard).toContainText("Eigen indicator");
  await expect(ownCard.getByRole("row", { name: new RegExp(`^${esc(period)}`) })).toContainText("1.350 uur");
  await expect(ownCard.getByRole("row", { name: /^Nulmeting/ })).toContainText("1.200 uur");
  await expect(page.getByRole("list", { name: "Traject" }).getByRole("listitem").filter({ hasText: /^Tussenevaluatie/ })).toContainText("Tussenevaluatie verschoven naar na de vakantie.");
  const finalCard = page.locator("#eindevaluatie");
  await expect(finalCard).toContainText("Scholing ruim op koers; mantelzorgers nog achter.");
  await expect(finalCard).toContainText("Draagvlak bij medewerkers, leiding en bestuur");
  await expect(finalCard).toContainText("Personeelstekort en hoge werkdruk");
  await expect(finalCard).toContainText("Ja, met aanpassingen aan de eigen situatie");

  // --- the inkoper of Zeeland's zorgkantoor records the funding decision ---------------------------
  await switchUser(page, "inkoperCz");
  await page.goto(`/projecten/${projectId}`);
  await page.getByRole("link", { name: "Financieringsbesluit vastleggen" }).click();
  await expect(page).toHaveURL(new RegExp(`/projecten/${projectId}/resultaten$`));
  await expect(page.getByRole("form", { name: "Indicator toevoegen" })).toHaveCount(0); // the leader's part
  const funding = page.getByRole("form", { name: "Financieringsbesluit vastleggen" });
  await funding.getByLabel("Besluit", { exact: true }).selectOption({ label: "Toegekend" });
  await funding.getByLabel("Datum van het besluit").fill("2020-02-01");
  await funding.getByLabel("Bedrag (euro)").fill("");
  await funding.getByLabel("Toelichting").fill("Toegekend voor twee jaar.");
  await funding.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(fieldError(funding, "fd-amount")).toHaveText("Vul het toegekende bedrag in euro's in.");
  await expect(funding.getByLabel("Toelichting")).toHaveValue("Toegekend voor twee jaar.");
  await funding.getByLabel("Bedrag (euro)").fill("125.000");
  await funding.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(funding.getByText("Het financieringsbesluit is vastgelegd.")).toBeVisible();
  await expectAccessible(page, `/projecten/${projectId}/resultaten (inkoper)`);
  await page.goto(`/projecten/${projectId}`);
  await expect(page.getByRole("list", { name: "Traject" }).getByRole("listitem").filter({ hasText: /^Financieringsbesluit zorgkantoor/ })).toContainText(/Toegekend, €\s125\.000/);
  // the measurements are reviewed with the update
  await page.goto(`/beoordelen/${projectId}`);
  const reviewed = page.getByRole("table", { name: "Metingen van de indicatoren in deze periode" }).getByRole("row", { name: new RegExp(`^${esc(name)}`) });
  await expect(reviewed).toContainText("40%");
  await expect(reviewed).toContainText("65%");
  await expect(reviewed).toContainText("70%");

  // --- another zorgkantoor's inkoper cannot ----------------------------------------------------------
  await switchUser(page, "inkoperZk");
  expect((await page.goto(`/projecten/${projectId}/resultaten`))!.status()).toBe(404);

  // --- WIR: the chapter "Resultaten in cijfers" of the report for the period ------------------------
  await switchUser(page, "wir");
  await page.goto("/rapportage");
  const filters = page.getByRole("form", { name: "Periode en filters kiezen" });
  await filters.getByLabel("Rapportageperiode").selectOption({ label: period });
  await filters.getByLabel("Vergelijken met").selectOption({ label: "oktober 2020" });
  await filters.getByRole("button", { name: "Tonen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "7 Resultaten in cijfers" })).toBeVisible();
  const figures = await rowCells(page, "Resultaten 2 Standaardindicatoren: meting, verandering en koers", name);
  // better is higher; measuring oktober 2020 / period; median change; on track (of projects with a target)
  expect(figures).toEqual(["hoger", "0", "1", "—", "+25%", "—", "100% van 1"]);
  await expect(page.getByRole("table", { name: "Resultaten 1 Projecten die ten minste één standaardindicator meten" })).toBeVisible();

  // --- and in the exports: the report's workbook, and the portfolio's results sheets -----------------
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("navigation", { name: "Downloads" }).getByRole("link", { name: "Excel (XLSX)" }).click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const rowsWith = (text: string) => {
    const found: string[][] = [];
    book.eachSheet((sheet) => sheet.eachRow((r) => {
      const values = (r.values as unknown[]).slice(1).map((v) => String(v ?? ""));
      if (values.includes(text)) found.push(values);
    }));
    return found;
  };
  expect(rowsWith(name)).toHaveLength(1);
  expect(rowsWith(name)[0]).toContain("+25%");

  const csv = async (sheet: string) => {
    const response = await page.request.get(`/api/export?formaat=csv&blad=${sheet}`);
    expect(response.ok()).toBe(true);
    return (await response.text()).split(/\r?\n/);
  };
  const indicatorLines = (await csv("indicatoren")).filter((l) => l.includes(wirNumber) && l.includes(code));
  expect(indicatorLines).toHaveLength(1);
  expect(indicatorLines[0]).toContain("Scholingsregistratie van de afdeling HR");
  const measurementLines = (await csv("metingen")).filter((l) => l.includes(wirNumber) && l.includes(code));
  expect(measurementLines).toHaveLength(1);
  expect(measurementLines[0]).toContain(period);
  expect(measurementLines[0]).toMatch(/"65"|,65,|;65;/);
  const fundingLines = (await csv("traject")).filter((l) => l.includes(wirNumber) && l.includes("Financieringsbesluit zorgkantoor"));
  expect(fundingLines).toHaveLength(1);
  expect(fundingLines[0]).toContain("Toegekend");
  expect(fundingLines[0]).toContain("125000");
});
