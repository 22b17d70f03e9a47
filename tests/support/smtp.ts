/**
 * A real SMTP server for tests (smtp-server on a loopback port), which parses what it receives
 * (mailparser). Used by integration tests in-process and by the e2e mail catcher
 * (tests/support/mail-catcher.ts). `failing = true` makes it refuse every mail with a temporary
 * error (451), as a mail server that is down would.
 */
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";
import type { AddressInfo } from "node:net";

export type ReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
  receivedAt: string;
};

export type TestSmtpServer = {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** how many mails were refused while failing */
  refused: number;
  failing: boolean;
  close(): Promise<void>;
};

export async function startTestSmtpServer(options: { port?: number; host?: string; onMail?: (mail: ReceivedMail) => void } = {}): Promise<TestSmtpServer> {
  const host = options.host ?? "127.0.0.1";
  const state: TestSmtpServer = {
    url: "",
    port: 0,
    received: [],
    refused: 0,
    failing: false,
    close: async () => undefined,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (state.failing) {
          state.refused++;
          const error = Object.assign(new Error("Tijdelijk niet beschikbaar (test)"), { responseCode: 451 });
          return callback(error);
        }
        simpleParser(Buffer.concat(chunks))
          .then((parsed) => {
            const headers: Record<string, string> = {};
            for (const [k, v] of parsed.headers) headers[k] = typeof v === "string" ? v : JSON.stringify(v);
            const mail: ReceivedMail = {
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: typeof parsed.html === "string" ? parsed.html : "",
              messageId: parsed.messageId ?? "",
              headers,
              receivedAt: new Date().toISOString(),
            };
            state.received.push(mail);
            options.onMail?.(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  state.port = port;
  state.url = `smtp://${host}:${port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
