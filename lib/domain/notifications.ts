/**
 * What each notification says (docs/decisions/0019-notifications.md). A notification is stored
 * as its kind plus the data the text needs; the Dutch title, text, the link to the page where the
 * person acts and the reason they receive it are made here, once, for the app and for e-mail.
 */
import type { NotificationKind } from "./enums";
import { daysLeftText, formatDutchDate } from "./deadlines";
import { renderMail, type RenderedMail } from "./mail/layout";

export type NotificationProject = { id: string; wirNumber: string; title: string };
export type NotificationPeriod = { code: string; label: string };

/** The data each kind carries (written by lib/server/notifications, mostly in SQL). */
export type NotificationData = {
  period?: NotificationPeriod;
  /** "yyyy-mm-dd" */
  deadline?: string | null;
  projects?: NotificationProject[];
  project?: NotificationProject;
  regionName?: string;
  comment?: string;
  count?: number;
  organisation?: { id: string; name: string };
  proposedBy?: string;
  /** assessment deadline: whose work it is, and what is still open */
  role?: "INKOPER" | "WIR";
  toReview?: number;
  proposalsToMake?: number;
  toAssess?: number;
};

export type NotificationText = {
  title: string;
  /** plain-text paragraphs */
  lines: string[];
  /** the page where the person acts (a path of this site) */
  link: string;
  linkLabel: string;
  /** further direct links, e.g. one per update to write */
  items: { label: string; link: string }[];
  /** why this person receives it, completing "U ontvangt dit bericht …" ("omdat u …") */
  reason: string;
};

export const SETTINGS_PATH = "/instellingen/meldingen";

const updateLink = (p: NotificationProject) => `/projecten/${encodeURIComponent(p.id)}/update`;
const projectLabel = (p: NotificationProject) => `${p.wirNumber} ${p.title}`;

function deadlineLine(data: NotificationData, now: Date): string | null {
  if (!data.deadline) return null;
  return `De deadline is ${formatDutchDate(data.deadline)} (${daysLeftText(data.deadline, now)}).`;
}

function updatesToWrite(data: NotificationData) {
  return (data.projects ?? []).map((p) => ({ label: `Update voor ${projectLabel(p)}`, link: updateLink(p) }));
}

const LEADER_REASON = "omdat u in Regiotafel projectleider bent van deze projecten.";

const count = (n: number | undefined, one: string, many: string) => `${n ?? 0} ${(n ?? 0) === 1 ? one : many}`;

/** What is still open for the assessment deadline: the inkoper's regions, or WIR's national work. */
function openAssessmentWork(data: NotificationData): { what: string; link: string; linkLabel: string; reason: string } {
  const code = encodeURIComponent(data.period?.code ?? "");
  if (data.role === "WIR") {
    return {
      what: `Landelijk wachten nog ${count(data.toReview, "ingediende update", "ingediende updates")} op beoordeling en ${(data.toAssess ?? 0) === 1 ? "is" : "zijn"} ${count(data.toAssess, "project", "projecten")} nog niet beoordeeld.`,
      link: `/beoordelen/bulk?periode=${code}`,
      linkLabel: "Naar beoordelen in bulk",
      reason: "omdat u als WIR-ondersteuner de projecten beoordeelt.",
    };
  }
  return {
    what: `In uw regio's wachten nog ${count(data.toReview, "ingediende update", "ingediende updates")} op beoordeling en ${count(data.proposalsToMake, "project", "projecten")} op uw voorstel voor de beoordeling.`,
    link: `/beoordelen?periode=${code}`,
    linkLabel: "Naar beoordelen",
    reason: "omdat u inkoper bent voor deze regio's.",
  };
}

export function describeNotification(kind: NotificationKind, data: NotificationData, now: Date): NotificationText {
  const period = data.period?.label ?? "";
  const n = data.projects?.length ?? 0;
  const projectsWord = n === 1 ? "1 project" : `${n} projecten`;
  const lines = (...l: (string | null)[]) => l.filter((x): x is string => !!x);
  switch (kind) {
    case "PERIOD_OPENED":
      return {
        title: `Periode ${period} is geopend: schrijf uw voortgangsupdate`,
        lines: lines(`WIR heeft de rapportageperiode ${period} geopend. Wij vragen u een voortgangsupdate te schrijven voor ${projectsWord}.`, deadlineLine(data, now)),
        link: "/updates",
        linkLabel: "Naar mijn voortgangsupdates",
        items: updatesToWrite(data),
        reason: LEADER_REASON,
      };
    case "DEADLINE_REMINDER":
      return {
        title: `Herinnering: uw voortgangsupdate voor ${period}`,
        lines: lines(`Voor ${projectsWord} is uw voortgangsupdate voor ${period} nog niet ingediend.`, deadlineLine(data, now)),
        link: "/updates",
        linkLabel: "Naar mijn voortgangsupdates",
        items: updatesToWrite(data),
        reason: LEADER_REASON,
      };
    case "DEADLINE_PASSED":
      return {
        title: `De deadline voor ${period} is verstreken`,
        lines: lines(
          `De deadline voor de voortgangsupdates van ${period}${data.deadline ? ` (${formatDutchDate(data.deadline)})` : ""} is verstreken. Voor ${projectsWord} is uw update nog niet ingediend.`,
          "Dien hem zo snel mogelijk in, zolang de periode open is.",
        ),
        link: "/updates",
        linkLabel: "Naar mijn voortgangsupdates",
        items: updatesToWrite(data),
        reason: LEADER_REASON,
      };
    case "UPDATES_OVERDUE":
      return {
        title: `${data.count ?? 0} voortgangsupdates in uw regio's zijn te laat (${period})`,
        lines: lines(
          `Na de deadline${data.deadline ? ` van ${formatDutchDate(data.deadline)}` : ""} zijn ${data.count ?? 0} voortgangsupdates voor ${period} in uw regio's nog niet ingediend.`,
        ),
        link: `/portfolio/volledigheid?periode=${encodeURIComponent(data.period?.code ?? "")}`,
        linkLabel: "Naar de volledigheid per regio",
        items: [],
        reason: "omdat u inkoper bent voor deze regio's.",
      };
    case "UPDATE_SUBMITTED":
      return {
        title: `Update ingediend: ${data.project ? projectLabel(data.project) : ""}`,
        lines: lines(`De projectleider heeft de voortgangsupdate voor ${period} ingediend${data.regionName ? ` (regio ${data.regionName})` : ""}. Keur hem goed of stuur hem terug met commentaar.`),
        link: `/beoordelen/${encodeURIComponent(data.project?.id ?? "")}?periode=${encodeURIComponent(data.period?.code ?? "")}`,
        linkLabel: "Update beoordelen",
        items: [],
        reason: "omdat u inkoper bent voor de regio van dit project.",
      };
    case "UPDATE_RETURNED":
      return {
        title: `Update teruggestuurd: ${data.project ? projectLabel(data.project) : ""}`,
        lines: lines(`Uw voortgangsupdate voor ${period} is teruggestuurd met dit commentaar:`, data.comment ? `“${data.comment}”` : null, "Pas de update aan en dien hem opnieuw in."),
        link: data.project ? updateLink(data.project) : "/updates",
        linkLabel: "Update aanpassen",
        items: [],
        reason: "omdat u projectleider bent van dit project.",
      };
    case "UPDATE_APPROVED":
      return {
        title: `Update goedgekeurd: ${data.project ? projectLabel(data.project) : ""}`,
        lines: lines(`Uw voortgangsupdate voor ${period} is goedgekeurd. U hoeft niets meer te doen.`),
        link: data.project ? `/projecten/${encodeURIComponent(data.project.id)}` : "/updates",
        linkLabel: "Naar het project",
        items: [],
        reason: "omdat u projectleider bent van dit project.",
      };
    case "ASSESSMENT_RELEASED":
      return {
        title: `De beoordeling van ${period} is vastgesteld`,
        lines: lines(`WIR heeft de periode ${period} afgesloten. De beoordeling van ${projectsWord} ligt nu vast.`),
        link: n === 1 && data.projects ? `/projecten/${encodeURIComponent(data.projects[0].id)}` : "/projecten?mijn=1",
        linkLabel: n === 1 ? "Naar het project" : "Naar mijn projecten",
        items: (data.projects ?? []).map((p) => ({ label: projectLabel(p), link: `/projecten/${encodeURIComponent(p.id)}` })),
        reason: LEADER_REASON,
      };
    case "ASSESSMENT_REMINDER": {
      const work = openAssessmentWork(data);
      return {
        title: `Herinnering: de beoordelingen voor ${period}`,
        lines: lines(work.what, data.deadline ? `De deadline voor de beoordelingen is ${formatDutchDate(data.deadline)} (${daysLeftText(data.deadline, now)}).` : null),
        link: work.link,
        linkLabel: work.linkLabel,
        items: [],
        reason: work.reason,
      };
    }
    case "ASSESSMENT_DEADLINE_PASSED": {
      const work = openAssessmentWork(data);
      return {
        title: `De deadline voor de beoordelingen van ${period} is verstreken`,
        lines: lines(
          `De deadline voor de beoordelingen van ${period}${data.deadline ? ` (${formatDutchDate(data.deadline)})` : ""} is verstreken.`,
          work.what,
          "Rond ze zo snel mogelijk af, zolang de periode open is.",
        ),
        link: work.link,
        linkLabel: work.linkLabel,
        items: [],
        reason: work.reason,
      };
    }
    case "ORGANISATION_PROPOSED":
      return {
        title: `Organisatie voorgesteld: ${data.organisation?.name ?? ""}`,
        lines: lines(`${data.proposedBy ?? "Een gebruiker"} heeft de organisatie “${data.organisation?.name ?? ""}” voorgesteld. Bevestig haar of voeg haar samen met een bestaande.`),
        link: "/beheer/organisaties",
        linkLabel: "Naar de organisaties",
        items: [],
        reason: "omdat u beheerder bent van Regiotafel.",
      };
  }
}

// ---------------------------------------------------------------------------------------------
// E-mail, in the one mail layout (./mail/layout.ts)
// ---------------------------------------------------------------------------------------------

const absolute = (baseUrl: string, path: string) => new URL(path, baseUrl).toString();

function paragraphs(t: NotificationText, baseUrl: string): string[] {
  return [...t.lines, ...t.items.map((i) => `${i.label}: ${absolute(baseUrl, i.link)}`)];
}

/** One notification as one e-mail (Dutch, plain text and HTML, no tracking). */
export function notificationMail(recipientName: string, t: NotificationText, baseUrl: string): RenderedMail {
  return renderMail({
    subject: `Regiotafel: ${t.title}`,
    recipientName,
    paragraphs: paragraphs(t, baseUrl),
    action: { label: t.linkLabel, url: absolute(baseUrl, t.link) },
    reason: t.reason,
    settingsUrl: absolute(baseUrl, SETTINGS_PATH),
  });
}

/** The daily summary: every notification since the last one, in one e-mail. */
export function digestMail(recipientName: string, items: NotificationText[], baseUrl: string): RenderedMail {
  const reasons = [...new Set(items.map((t) => t.reason.replace(/\.$/, "")))];
  return renderMail({
    subject: `Regiotafel: uw dagelijkse samenvatting (${items.length} ${items.length === 1 ? "bericht" : "berichten"})`,
    recipientName,
    paragraphs: [
      "Dit is er sinds de vorige samenvatting voor u gebeurd:",
      ...items.flatMap((t) => [`■ ${t.title}`, ...paragraphs(t, baseUrl), `${t.linkLabel}: ${absolute(baseUrl, t.link)}`]),
    ],
    action: { label: "Naar uw meldingen in Regiotafel", url: absolute(baseUrl, "/meldingen") },
    reason: `als dagelijkse samenvatting, zoals u hebt gekozen, ${reasons.join("; ")}.`,
    settingsUrl: absolute(baseUrl, SETTINGS_PATH),
  });
}
