import nodemailer from "nodemailer";
import { mailConfig, type MailConfig } from "./config";

/** What the outbox needs from a mail server; tests may pass their own. */
export type OutgoingMail = { from: string; to: string; subject: string; text: string; html: string; messageId: string };
export type MailTransport = { send(mail: OutgoingMail): Promise<void> };

/** An SMTP transport (nodemailer). Timeouts stay well under the outbox lease (see outbox.ts). */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  } as Parameters<typeof nodemailer.createTransport>[1]);
  return {
    async send(mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        // Automatic mail: no out-of-office replies back to us.
        headers: { "Auto-Submitted": "auto-generated" },
      });
    },
  };
}

const globalForMail = globalThis as unknown as { __regiotafelMail?: { url: string; transport: MailTransport } };

/** The configured transport (one per process), or null when SMTP_URL is not set. */
export function configuredTransport(config: MailConfig = mailConfig()): MailTransport | null {
  if (!config.smtpUrl) return null;
  const cached = globalForMail.__regiotafelMail;
  if (cached?.url === config.smtpUrl) return cached.transport;
  const transport = smtpTransport(config.smtpUrl);
  globalForMail.__regiotafelMail = { url: config.smtpUrl, transport };
  return transport;
}
