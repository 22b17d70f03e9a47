import { expect } from "@playwright/test";
import type { ReceivedMail } from "../support/smtp";

/** The mailbox of the e2e mail catcher (tests/support/mail-catcher.ts; ports in playwright.config.ts). */
export const MAILBOX_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 2000}/messages`;

export async function allMail(): Promise<ReceivedMail[]> {
  const res = await fetch(MAILBOX_URL);
  if (!res.ok) throw new Error(`Mail catcher antwoordt ${res.status}`);
  return (await res.json()) as ReceivedMail[];
}

/** Waits until a mail to `to` whose subject matches arrives, and returns the newest such mail. */
export async function waitForMail(to: string, subject: RegExp): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await allMail()).filter((m) => m.to.includes(to.toLowerCase()) && subject.test(m.subject)).at(-1);
        return Boolean(found);
      },
      { message: `e-mail aan ${to} (${subject})`, timeout: 30_000 },
    )
    .toBe(true);
  return found!;
}

/** The first link into the app in a mail's text part. */
export function linkIn(mail: ReceivedMail, baseURL: string): string {
  const escaped = baseURL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}\\S+`).exec(mail.text);
  if (!match) throw new Error(`Geen link naar ${baseURL} in de e-mail "${mail.subject}"`);
  return match[0];
}
