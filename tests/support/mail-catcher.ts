/**
 * The e2e mail catcher: an SMTP server on a loopback port that keeps every mail it receives and
 * shows them over HTTP on another loopback port, so Playwright tests can read the mail the app
 * sends. Started by playwright.config.ts as a webServer next to the app (which gets SMTP_URL
 * pointing here).
 *
 *   npx tsx tests/support/mail-catcher.ts --smtp 4100 --http 5100
 *   GET    http://127.0.0.1:5100/messages   → ReceivedMail[] (oldest first)
 *   DELETE http://127.0.0.1:5100/messages   → forget them
 */
import http from "node:http";
import { startTestSmtpServer } from "./smtp";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const smtp = await startTestSmtpServer({ port: arg("smtp", 4100) });
const server = http.createServer((req, res) => {
  if (req.url === "/messages" && req.method === "GET") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(smtp.received));
  } else if (req.url === "/messages" && req.method === "DELETE") {
    smtp.received.length = 0;
    res.writeHead(204).end();
  } else {
    res.writeHead(404).end();
  }
});
server.listen(arg("http", 5100), "127.0.0.1", () => {
  console.log(`Mail catcher: SMTP ${smtp.url}, mailbox http://127.0.0.1:${arg("http", 5100)}/messages`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void smtp.close().then(() => process.exit(0));
  });
}
