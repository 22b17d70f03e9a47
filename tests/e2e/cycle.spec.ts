import { expect, test } from "@playwright/test";
import { acceptConfirmations, closeOpenPeriods, expectAccessible, switchUser } from "./helpers";
import { linkIn, waitForMail } from "./mail";

/**
 * The cycle runs itself: WIR opens a period with a deadline; the Zeeland project leader's mail
 * arrives at the test's SMTP server (the mail catcher); its link opens the update form;
 * submitting the update puts a notification in the CZ inkoper's list (Zeeland is a CZ region).
 *
 * Runs after the review spec, which leaves no period open; any open period is closed first.
 */
const PERIOD = { code: "2022-03", label: "maart 2022" };

test("WIR opens a period with a deadline; the leader's mail links to the update form; the inkoper is notified of the submission", async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  acceptConfirmations(page);

  // --- WIR: create and open maart 2022 with a deadline ------------------------------------------
  await switchUser(page, "wir");
  const periods = await closeOpenPeriods(page);
  await page.getByLabel("Maand").selectOption({ label: "maart" });
  await page.getByLabel("Jaar").fill("2022");
  await page.getByLabel("Peildatum").fill("2022-03-01");
  await page.getByRole("button", { name: "Periode aanmaken" }).click();
  await expect(page.getByRole("status").filter({ hasText: `De periode ${PERIOD.label} is aangemaakt` })).toBeVisible();
  await page.reload();
  await periods.getByRole("button", { name: `Periode ${PERIOD.label} openen…` }).click();
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await periods.getByLabel("Deadline voortgangsupdates").fill(deadline);
  await periods.getByRole("button", { name: `Periode ${PERIOD.label} openen`, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `De periode ${PERIOD.label} is geopend` })).toBeVisible();
  await page.reload();
  await expect(periods.getByRole("row", { name: new RegExp(PERIOD.label) })).toContainText("nog 30 dagen");

  // --- the leader's mail: why, the deadline, a direct link to each update ---------------------------
  const mail = await waitForMail("projectleider@regiotafel.demo", new RegExp(`Periode ${PERIOD.label} is geopend`));
  expect(mail.text).toContain("U ontvangt deze e-mail omdat u in Regiotafel projectleider bent");
  expect(mail.text).toContain("nog 30 dagen");
  expect(mail.text).toContain("/instellingen/meldingen");
  const link = linkIn(mail, baseURL!);
  expect(link).toMatch(/\/projecten\/[^/]+\/update$/);

  // --- the leader's updates page and the form show the deadline with the days left -----------------
  await switchUser(page, "leiderZeeland");
  await expect(page.getByRole("link", { name: /^Meldingen\s*[1-9]\d*\s*ongelezen$/ })).toBeVisible();
  await page.goto("/updates");
  await expect(page.getByText(/^Deadline voor uw updates: .+ \(nog 30 dagen\)$/).first()).toBeVisible();

  // --- the link opens the update form; the leader submits -----------------------------------------
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: `Voortgangsupdate ${PERIOD.label}` })).toBeVisible();
  await expect(page.getByText(/^Deadline: .+ \(nog 30 dagen\)$/).first()).toBeVisible();
  await expectAccessible(page, "updateformulier met deadline");
  await page.getByLabel("Projectstatus").selectOption({ label: "Lopend" });
  await page.getByLabel("Voortgang: wat is er sinds de vorige periode gebeurd?").fill("De pilot is uitgebreid naar twee nieuwe locaties.");
  await page.getByRole("button", { name: "Update indienen" }).click();
  await expect(page).toHaveURL(/update=ingediend/);

  // --- the CZ inkoper finds it in the notification list ---------------------------------------------
  // The review spec left an "Update ingediend" for oktober 2021 in this list; wait for this period's.
  await switchUser(page, "inkoperCz");
  const submitted = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { level: 2, name: /Update ingediend:/ }) })
    .filter({ hasText: `voortgangsupdate voor ${PERIOD.label} ingediend` });
  await expect
    .poll(
      async () => {
        await page.goto("/meldingen");
        return submitted.count();
      },
      { timeout: 30_000, message: `melding 'Update ingediend' voor ${PERIOD.label} bij de inkoper` },
    )
    .toBeGreaterThan(0);
  await expectAccessible(page, "/meldingen");
  const heading = (await submitted.first().getByRole("heading", { level: 2 }).textContent())!.replace(/^Ongelezen: /, "");
  await submitted.first().getByRole("link", { name: "Update beoordelen" }).click();
  await expect(page).toHaveURL(new RegExp(`/beoordelen/[^?]+\\?periode=${PERIOD.code}`));

  // --- the inkoper sees the review deadline, and invites a leader for a project without one, from the task list
  await page.goto("/beoordelen");
  await expect(page.getByText(/^Beoordelingen: .+ \(nog \d+ dagen\)$/).first()).toBeVisible();
  await page.goto("/");
  const withoutLeader = page.locator("section", { has: page.getByRole("heading", { name: /^Projecten zonder projectleider \(\d+\)$/ }) });
  const summary = withoutLeader.locator("summary").first();
  const wirNumber = (await summary.textContent())!.replace("Projectleider uitnodigen voor ", "").trim();
  await summary.click();
  const invite = page.getByRole("form", { name: `Projectleider uitnodigen voor ${wirNumber}` });
  const invitee = `nieuwe.leider.${Date.now()}@voorbeeld.example`;
  await invite.getByLabel("Naam").fill("Nina Nieuw");
  await invite.getByLabel("E-mailadres").fill(invitee);
  await invite.getByRole("button", { name: "Uitnodigen" }).click();
  // the project leaves this list with its form; the page itself says the invitation was sent
  await expect(page.getByRole("status").filter({ hasText: `De uitnodiging voor de projectleider van ${wirNumber} is verstuurd` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`uitgenodigd=${wirNumber}$`));
  await waitForMail(invitee, /./);
  await page.reload();
  await expect(page.locator("summary", { hasText: `Projectleider uitnodigen voor ${wirNumber}` })).toHaveCount(0);

  // --- the inkoper of another concessiehouder heard nothing of it -----------------------------------
  await switchUser(page, "inkoperZk");
  await page.goto("/meldingen");
  await expect(page.getByRole("heading", { level: 2, name: heading })).toHaveCount(0);
});
