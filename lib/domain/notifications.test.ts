import { describe, expect, it } from "vitest";
import { NOTIFICATION_KIND } from "./enums";
import { describeNotification, digestMail, notificationMail, SETTINGS_PATH, type NotificationData } from "./notifications";

const now = new Date("2026-03-10T08:00:00Z");
const data: NotificationData = {
  period: { code: "2026-03", label: "maart 2026" },
  deadline: "2026-03-15",
  projects: [
    { id: "p1", wirNumber: "WIR-0001", title: "Samen <sterk>" },
    { id: "p2", wirNumber: "WIR-0002", title: "Leren in de wijk" },
  ],
  project: { id: "p1", wirNumber: "WIR-0001", title: "Samen <sterk>" },
  comment: "Vul de risico's aan.",
  count: 3,
  organisation: { id: "o1", name: "Zorg & Co" },
  proposedBy: "Piet",
};

describe("describeNotification", () => {
  it("every kind has a Dutch title, a link of this site and a reason", () => {
    for (const kind of NOTIFICATION_KIND.values) {
      const t = describeNotification(kind, data, now);
      expect(t.title.length).toBeGreaterThan(5);
      expect(t.link.startsWith("/")).toBe(true);
      expect(t.reason).toMatch(/^omdat u /);
    }
  });
  it("a period opening names the deadline, the days left and links each update to write", () => {
    const t = describeNotification("PERIOD_OPENED", data, now);
    expect(t.lines.join(" ")).toContain("15 maart 2026 (nog 5 dagen)");
    expect(t.items.map((i) => i.link)).toEqual(["/projecten/p1/update", "/projecten/p2/update"]);
  });
  it("a returned update carries the reviewer's comment and links to the form", () => {
    const t = describeNotification("UPDATE_RETURNED", data, now);
    expect(t.lines.join(" ")).toContain("Vul de risico's aan.");
    expect(t.link).toBe("/projecten/p1/update");
  });
  it("the assessment deadline tells an inkoper what is left in its regions and WIR what is left nationally", () => {
    const inkoper = describeNotification("ASSESSMENT_REMINDER", { ...data, role: "INKOPER", toReview: 2, proposalsToMake: 1 }, now);
    expect(inkoper.lines.join(" ")).toContain("In uw regio's wachten nog 2 ingediende updates op beoordeling en 1 project op uw voorstel voor de beoordeling.");
    expect(inkoper.lines.join(" ")).toContain("15 maart 2026 (nog 5 dagen)");
    expect(inkoper.link).toBe("/beoordelen?periode=2026-03");
    const wir = describeNotification("ASSESSMENT_DEADLINE_PASSED", { ...data, role: "WIR", toReview: 0, toAssess: 1 }, now);
    expect(wir.title).toBe("De deadline voor de beoordelingen van maart 2026 is verstreken");
    expect(wir.lines.join(" ")).toContain("Landelijk wachten nog 0 ingediende updates op beoordeling en is 1 project nog niet beoordeeld.");
    expect(wir.link).toBe("/beoordelen/bulk?periode=2026-03");
    expect(wir.reason).toBe("omdat u als WIR-ondersteuner de projecten beoordeelt.");
  });
  it("a submitted update links the inkoper to the review of that project and period", () => {
    expect(describeNotification("UPDATE_SUBMITTED", data, now).link).toBe("/beoordelen/p1?periode=2026-03");
  });
});

describe("mails", () => {
  it("say why, link absolutely to the page and to the settings, and escape HTML", () => {
    const mail = notificationMail("Anna", describeNotification("PERIOD_OPENED", data, now), "https://regiotafel.example");
    expect(mail.subject).toBe("Regiotafel: Periode maart 2026 is geopend: schrijf uw voortgangsupdate");
    expect(mail.text).toContain("https://regiotafel.example/projecten/p2/update");
    expect(mail.text).toContain(`https://regiotafel.example${SETTINGS_PATH}`);
    expect(mail.text).toContain("U ontvangt deze e-mail omdat u in Regiotafel projectleider bent");
    expect(mail.html).toContain("Samen &lt;sterk&gt;");
    expect(mail.html).not.toContain("<sterk>");
  });
  it("the daily summary holds every item", () => {
    const mail = digestMail("Bert", [describeNotification("UPDATE_SUBMITTED", data, now), describeNotification("UPDATES_OVERDUE", data, now)], "https://regiotafel.example");
    expect(mail.subject).toContain("2 berichten");
    expect(mail.text).toContain("3 voortgangsupdates in uw regio's zijn te laat");
    expect(mail.text).toContain("https://regiotafel.example/beoordelen/p1?periode=2026-03");
  });
});
