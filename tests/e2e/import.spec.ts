import fs from "node:fs";
import { expect, test, type Download } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectAccessible, signInAs } from "./helpers";

/**
 * A WIR user, as a new user would: downloads the template, fills it in, uploads it with two
 * mistakes, reads the report, fixes the file, checks again and confirms; then exports. Uses new
 * WIR-nummers and no period records, so the demo projects' maart/oktober 2020 records stay as
 * they are (other specs check those numbers).
 */

const run = Date.now().toString(36).toUpperCase();
const WIR_A = `E2E-${run}-1`;
const WIR_B = `E2E-${run}-2`;

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  return wb;
}

function fill(wb: ExcelJS.Workbook, options: { region: string; start: string }) {
  const orgs = wb.getWorksheet("Organisaties")!;
  orgs.addRow(["Zorggroep Proefpolder", "Zorgaanbieder", "Franeker"]);
  const projects = wb.getWorksheet("Projecten")!;
  const header = (projects.getRow(1).values as string[]).slice(1);
  const row = (values: Record<string, string | number>) => projects.addRow(header.map((h) => values[h] ?? null));
  row({ "WIR-nummer": WIR_A, Titel: `Proefproject leerafdeling ${run}`, Regio: options.region, Hoofdrubriek: "Anders opleiden / samenwerking met onderwijs", Kartrekker: "Zorggroep Proefpolder", Startdatum: options.start, "Budget (euro)": "25.000" });
  row({ "WIR-nummer": WIR_B, Titel: `Proefproject beeldzorg ${run}`, Regio: "friesland", Hoofdrubriek: "technologie", Kartrekker: "Zorggroep Proefpolder", Startdatum: "maart 2021" });
}

test("WIR imports a filled-in template after fixing the reported mistakes, and exports", async ({ page }) => {
  await signInAs(page, "wir");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Import en export" }).click();
  await expect(page.getByRole("heading", { name: "Import en export" })).toBeVisible();
  await expectAccessible(page, "/import");

  // 1. the empty template
  const [templateDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "lege sjabloon (Excel)" }).click()]);
  expect(templateDownload.suggestedFilename()).toBe("regiotafel-sjabloon.xlsx");
  const template = await workbookOf(templateDownload);
  expect(template.worksheets.map((w) => w.name)).toEqual(["Organisaties", "Projecten", "Periodegegevens", "Regioscores", "Indicatoren", "Metingen", "Traject", "Toelichting"]);

  // 2. filled in with two mistakes: an unknown region and a date that does not exist
  fill(template, { region: "Atlantis", start: "31-02-2021" });
  const wrong = Buffer.from(await template.xlsx.writeBuffer());
  const fileInput = page.getByLabel("Bestand (Excel-werkboek .xlsx, of een of meer CSV-bestanden)");
  await fileInput.setInputFiles({ name: "mijn-projecten.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: wrong });
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page.getByRole("heading", { name: "Het bestand bevat 2 fouten; er is niets geïmporteerd" })).toBeVisible();
  const report = page.getByRole("table", { name: "Controleverslag: fouten" });
  await expect(report.getByRole("row", { name: /Atlantis/ })).toContainText("Onbekende regio");
  await expect(report.getByRole("row", { name: /31-02-2021/ })).toContainText("De datum 31-02-2021 bestaat niet.");
  await expect(report.getByRole("row", { name: /Atlantis/ })).toContainText("Projecten");
  await expect(page.getByRole("button", { name: "Importeren bevestigen" })).toHaveCount(0);
  await expectAccessible(page, "/import met controleverslag");

  // 3. fixed, checked again, confirmed
  const fixedBook = await workbookOf(templateDownload);
  fill(fixedBook, { region: "Friesland", start: "01-02-2021" });
  const fixed = Buffer.from(await fixedBook.xlsx.writeBuffer());
  await fileInput.setInputFiles({ name: "mijn-projecten.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: fixed });
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page.getByRole("heading", { name: "Het bestand is in orde" })).toBeVisible();
  await expect(page.getByText("Projecten: 2 nieuw, 0 gewijzigd, 0 ongewijzigd")).toBeVisible();
  await page.getByRole("button", { name: "Importeren bevestigen" }).click();
  await expect(page.getByRole("heading", { name: "Import voltooid" })).toBeVisible();
  await expectAccessible(page, "/import na importeren");

  await page.goto(`/projecten?q=${encodeURIComponent(WIR_A)}`);
  await expect(page.getByRole("main")).toContainText(`Proefproject leerafdeling ${run}`);

  // 4. export: the workbook holds the new projects; the CSV is Dutch-Excel friendly
  await page.goto("/import");
  const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Excel-werkboek (alle bladen)" }).click()]);
  const exported = await workbookOf(xlsxDownload);
  const wirs = (exported.getWorksheet("Projecten")!.getColumn(1).values as string[]).slice(2);
  expect(wirs).toContain(WIR_A);
  expect(wirs).toContain(WIR_B);
  expect(wirs.length).toBeGreaterThanOrEqual(320);
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV: projecten" }).click()]);
  expect(csvDownload.suggestedFilename()).toBe("projecten.csv");
  const csv = fs.readFileSync((await csvDownload.path())!, "utf8");
  // every text cell quoted, headers too (a semicolon in a title never shifts a column)
  expect(csv.startsWith('\uFEFF"WIR-nummer";"Titel";"Regio";"Hoofdrubriek"')).toBe(true);
  expect(csv).toContain(WIR_B);
});

test("a project leader has no import page", async ({ page }) => {
  await signInAs(page, "leiderZeeland");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Import en export" })).toHaveCount(0);
  const refused = await page.goto("/import");
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Import en export" })).toHaveCount(0);
  const api = await page.request.get("/api/export?formaat=xlsx");
  expect(api.status()).toBe(403);
});

test("a signed-out upload says the session expired and keeps the chosen file", async ({ page, context }) => {
  await signInAs(page, "wir");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Import en export" }).click();
  const fileInput = page.getByLabel("Bestand (Excel-werkboek .xlsx, of een of meer CSV-bestanden)");
  await fileInput.setInputFiles({ name: "projecten.csv", mimeType: "text/csv", buffer: Buffer.from("WIR-nummer;Titel\r\n") });
  // the session ends while the page is open
  await context.clearCookies();
  await page.getByRole("button", { name: "Controleren" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Uw sessie is verlopen. Log opnieuw in");
  await expect(alert.getByRole("link", { name: "Log opnieuw in (nieuw tabblad)" })).toBeVisible();
  await expect(fileInput).toHaveValue(/projecten\.csv$/);
});
