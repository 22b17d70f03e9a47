/**
 * Mail settings from the environment. No "server-only" marker: the command-line scripts use it too.
 *   SMTP_URL   smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465; empty = no
 *              sending, mail stays in the outbox (/beheer/mail)
 *   MAIL_FROM  the sender, e.g. "Regiotafel <regiotafel@example.nl>"
 */
export type MailConfig = { smtpUrl: string | null; from: string };

export function mailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new Error("SMTP_URL moet beginnen met smtp:// of smtps://.");
  return { smtpUrl, from: env.MAIL_FROM?.trim() || "Regiotafel <regiotafel@localhost>" };
}

/** An absolute link into the app, for e-mails and printed links (NEXTAUTH_URL is the public address). */
export function appUrl(path: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = (env.NEXTAUTH_URL?.trim() || `http://localhost:${env.PORT?.trim() || "3000"}`).replace(/\/+$/, "");
  return base + (path.startsWith("/") ? path : `/${path}`);
}
