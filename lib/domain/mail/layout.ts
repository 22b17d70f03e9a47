/**
 * How every Regiotafel e-mail looks: Dutch, a plain-text and an HTML part with the same content,
 * no images, no tracking pixels, no rewritten links. Each mail says why the recipient receives it
 * and links straight to the page where they act. Pure: callers pass absolute URLs.
 */

export type MailContent = {
  subject: string;
  /** "Beste Anna," is added from `recipientName` */
  recipientName: string;
  /** paragraphs of plain text */
  paragraphs: readonly string[];
  /** the one thing to do, as a button in HTML and a bare URL in text */
  action?: { label: string; url: string };
  /** a line under the action, e.g. how long a link stays valid */
  afterAction?: string;
  /** why the recipient gets this mail (always shown at the bottom) */
  reason: string;
  /** where the recipient changes which mails they receive, when that applies */
  settingsUrl?: string;
};

export type RenderedMail = { subject: string; text: string; html: string };

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Subject lines are one line: no header injection through a name. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, " ").trim();
}

export function renderMail(content: MailContent): RenderedMail {
  const subject = oneLine(content.subject);
  const greeting = `Beste ${oneLine(content.recipientName)},`;
  const footer = [
    `U ontvangt deze e-mail ${content.reason}`,
    ...(content.settingsUrl ? [`Welke e-mails u krijgt, stelt u in op ${content.settingsUrl}`] : []),
  ];

  const text = [
    greeting,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(content.action ? [`${content.action.label}:`, content.action.url, ""] : []),
    ...(content.afterAction ? [content.afterAction, ""] : []),
    "Met vriendelijke groet,",
    "Regiotafel",
    "",
    "--",
    ...footer,
    "",
  ].join("\n");

  const p = (inner: string) => `<p style="margin:0 0 16px">${inner}</p>`;
  const html = [
    "<!doctype html>",
    `<html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2937;max-width:640px;margin:0 auto;padding:16px">',
    p(escapeHtml(greeting)),
    ...content.paragraphs.map((x) => p(escapeHtml(x))),
    ...(content.action
      ? [
          p(
            `<a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:#1e3a8a;color:#ffffff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(content.action.label)}</a>`,
          ),
          p(`Werkt de knop niet? Open dan deze link: <br>${escapeHtml(content.action.url)}`),
        ]
      : []),
    ...(content.afterAction ? [p(escapeHtml(content.afterAction))] : []),
    p("Met vriendelijke groet,<br>Regiotafel"),
    '<hr style="border:none;border-top:1px solid #d1d5db;margin:24px 0 12px">',
    ...footer.map((line) => `<p style="margin:0 0 8px;font-size:13px;color:#4b5563">${escapeHtml(line)}</p>`),
    "</body></html>",
  ].join("\n");

  return { subject, text, html };
}
