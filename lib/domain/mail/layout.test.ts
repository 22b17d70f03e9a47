import { describe, expect, it } from "vitest";
import { renderMail } from "./layout";

describe("renderMail", () => {
  const mail = renderMail({
    subject: "Uitnodiging\r\nBcc: x@evil.example",
    recipientName: "Anna <b>de Vries</b>",
    paragraphs: ["U bent uitgenodigd voor Regiotafel."],
    action: { label: "Wachtwoord instellen", url: "https://regiotafel.example/wachtwoord?token=a&b=1" },
    afterAction: "De link is 24 uur geldig.",
    reason: "omdat een beheerder u heeft uitgenodigd.",
  });

  it("keeps the subject on one line (no header injection)", () => {
    expect(mail.subject).toBe("Uitnodiging Bcc: x@evil.example");
  });

  it("has the same content as text and as escaped HTML", () => {
    expect(mail.text).toContain("Beste Anna <b>de Vries</b>,");
    expect(mail.text).toContain("https://regiotafel.example/wachtwoord?token=a&b=1");
    expect(mail.text).toContain("U ontvangt deze e-mail omdat een beheerder u heeft uitgenodigd.");
    expect(mail.html).toContain("Beste Anna &lt;b&gt;de Vries&lt;/b&gt;,");
    expect(mail.html).toContain('href="https://regiotafel.example/wachtwoord?token=a&amp;b=1"');
    expect(mail.html).toContain('lang="nl"');
  });

  it("carries no images or tracking", () => {
    expect(mail.html).not.toMatch(/<img|<script|utm_/i);
  });
});
