import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackends, useTestDb } from "../support/db";
import { startTestSmtpServer, type TestSmtpServer } from "../support/smtp";
import { createUser } from "@/tests/support/factories";
import { makeActor, ctxOf } from "@/tests/support/actors";
import { deliverPendingMail, enqueueMail, MAX_ATTEMPTS, retryDelayMs, smtpTransport } from "@/lib/server/mail";
import { listOutbox } from "@/lib/server/mail/read";
import { renderMail } from "@/lib/domain/mail/layout";

const FROM = "Regiotafel <regiotafel@regiotafel.test>";

function mail(to: string, key: string) {
  return {
    ...renderMail({
      subject: `Test ${key}`,
      recipientName: "Anna",
      paragraphs: ["Een testbericht."],
      action: { label: "Openen", url: `https://regiotafel.test/x/${key}` },
      reason: "omdat dit een test is.",
    }),
    to: { email: to },
    reason: "TEST",
    idempotencyKey: key,
  };
}

for (const backend of testBackends()) {
  describe(`mail outbox on ${backend.name}`, () => {
    const t = useTestDb(backend);
    let smtp: TestSmtpServer;
    beforeAll(async () => {
      smtp = await startTestSmtpServer();
    });
    afterAll(async () => {
      await smtp.close();
    });
    const received = (key: string) => smtp.received.filter((m) => m.subject === `Test ${key}`);
    /** One delivery round at `at` to the test SMTP server. */
    const deliver = (at: Date, options: { batchSize?: number } = {}) => deliverPendingMail(t.db.prisma, smtpTransport(smtp.url), at, { from: FROM, ...options });
    /** Delivers everything queued so far, then queues one mail: the next rounds count only that one. */
    async function enqueueAlone(to: string, key: string) {
      await deliver(new Date());
      await enqueueMail(t.db.prisma, mail(to, key));
    }
    /** Runs `rounds` while the SMTP server answers every mail with a temporary failure. */
    async function whileSmtpFails(rounds: () => Promise<void>) {
      smtp.failing = true;
      try {
        await rounds();
      } finally {
        smtp.failing = false;
      }
    }

    it("delivers a queued mail to the SMTP server as Dutch text and HTML, once per idempotency key", async () => {
      const db = t.db.prisma;
      const key = `once-${backend.name}`;
      await db.$transaction(async (tx) => {
        expect(await enqueueMail(tx, mail("Anna@Regiotafel.test", key))).toBe(true);
        expect(await enqueueMail(tx, mail("anna@regiotafel.test", key))).toBe(false);
      });
      const now = new Date();
      const result = await deliver(now);
      expect(result.sent).toBeGreaterThanOrEqual(1);
      const got = received(key);
      expect(got).toHaveLength(1);
      expect(got[0].to).toEqual(["anna@regiotafel.test"]);
      expect(got[0].text).toContain("Beste Anna,");
      expect(got[0].text).toContain(`https://regiotafel.test/x/${key}`);
      expect(got[0].html).toContain(`href="https://regiotafel.test/x/${key}"`);
      expect(got[0].headers["auto-submitted"]).toBe("auto-generated");

      // Enqueued again later (a repeated event) and drained again: still one mail.
      expect(await enqueueMail(db, mail("anna@regiotafel.test", key))).toBe(false);
      await deliver(new Date(now.getTime() + 3_600_000));
      expect(received(key)).toHaveLength(1);
      const row = await db.mailMessage.findUniqueOrThrow({ where: { idempotencyKey: key } });
      expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    });

    it("writes nothing when the caller's transaction rolls back", async () => {
      const key = `rollback-${backend.name}`;
      await expect(
        t.db.prisma.$transaction(async (tx) => {
          await enqueueMail(tx, mail("bert@regiotafel.test", key));
          throw new Error("afgebroken");
        }),
      ).rejects.toThrow("afgebroken");
      expect(await t.db.prisma.mailMessage.count({ where: { idempotencyKey: key } })).toBe(0);
    });

    it("keeps mail in the outbox without SMTP, for the beheerder to read", async () => {
      const key = `nosmtp-${backend.name}`;
      await enqueueMail(t.db.prisma, mail("carla@regiotafel.test", key));
      expect(await deliverPendingMail(t.db.prisma, null, new Date())).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 0 });
      const beheerder = await makeActor(t.db, [{ role: "BEHEERDER" }]);
      const outbox = await listOutbox(ctxOf(t.db, beheerder));
      expect(outbox.find((m) => m.subject === `Test ${key}`)).toMatchObject({ status: "PENDING", toAddress: "carla@regiotafel.test", attempts: 0 });
      const wir = await makeActor(t.db, [{ role: "WIR" }]);
      await expect(listOutbox(ctxOf(t.db, wir))).rejects.toThrow(/geen toegang/);
    });

    it("retries with backoff when the SMTP server fails, and sends no duplicate after the retry", async () => {
      const db = t.db.prisma;
      const key = `retry-${backend.name}`;
      await enqueueAlone("dirk@regiotafel.test", key);
      const start = new Date(Date.now() + 1000);
      await whileSmtpFails(async () => {
        expect(await deliver(start)).toMatchObject({ sent: 0, retried: 1 });
        let row = await db.mailMessage.findUniqueOrThrow({ where: { idempotencyKey: key } });
        expect(row.status).toBe("PENDING");
        expect(row.attempts).toBe(1);
        expect(row.lastError).toMatch(/451|Tijdelijk/);
        expect(row.nextAttemptAt.getTime()).toBe(start.getTime() + retryDelayMs(1));

        // Not due yet: nothing is attempted.
        expect(await deliver(new Date(start.getTime() + retryDelayMs(1) - 1))).toMatchObject({ retried: 0, sent: 0 });

        // Second failure: the wait doubles.
        const second = new Date(start.getTime() + retryDelayMs(1));
        await deliver(second);
        row = await db.mailMessage.findUniqueOrThrow({ where: { idempotencyKey: key } });
        expect(row.attempts).toBe(2);
        expect(row.nextAttemptAt.getTime()).toBe(second.getTime() + 2 * retryDelayMs(1));
      });
      const third = new Date(start.getTime() + 10 * retryDelayMs(1));
      expect(await deliver(third)).toMatchObject({ sent: 1 });
      expect(await deliver(new Date(third.getTime() + 86_400_000))).toMatchObject({ sent: 0 });
      expect(received(key)).toHaveLength(1);
      expect(await db.mailMessage.findUniqueOrThrow({ where: { idempotencyKey: key } })).toMatchObject({ status: "SENT", attempts: 3 });
    });

    it("gives up after the last attempt", async () => {
      const key = `giveup-${backend.name}`;
      await enqueueAlone("eva@regiotafel.test", key);
      let now = new Date(Date.now() + 1000);
      await whileSmtpFails(async () => {
        for (let i = 1; i <= MAX_ATTEMPTS; i++) {
          await deliver(now);
          now = new Date(now.getTime() + retryDelayMs(i));
        }
      });
      expect(await t.db.prisma.mailMessage.findUniqueOrThrow({ where: { idempotencyKey: key } })).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
      await deliver(new Date(now.getTime() + 86_400_000));
      expect(received(key)).toHaveLength(0);
    });

    it("sends no mail to a deactivated account, whether it was deactivated before or after queueing", async () => {
      const db = t.db.prisma;
      await createUser(db, { email: `uit-${backend.name}@regiotafel.test`, memberships: [{ role: "WIR" }], active: false });
      expect(await enqueueMail(db, mail(`uit-${backend.name}@regiotafel.test`, `inactive-before-${backend.name}`))).toBe(false);

      const later = await createUser(db, { email: `later-${backend.name}@regiotafel.test`, memberships: [{ role: "WIR" }] });
      const key = `inactive-after-${backend.name}`;
      expect(await enqueueMail(db, mail(later.email, key))).toBe(true);
      await db.user.update({ where: { id: later.id }, data: { active: false } });
      await deliver(new Date(Date.now() + 1000));
      expect(received(key)).toHaveLength(0);
      expect(await db.mailMessage.findUniqueOrThrow({ where: { idempotencyKey: key } })).toMatchObject({ status: "CANCELLED" });
    });

    it("lets concurrent senders share the work without sending a mail twice", async () => {
      const db = t.db.prisma;
      await deliver(new Date());
      const keys = Array.from({ length: 12 }, (_, i) => `parallel-${backend.name}-${i}`);
      for (const key of keys) await enqueueMail(db, mail(`p${key}@regiotafel.test`, key));
      const at = new Date(Date.now() + 1000);
      const results = await Promise.all(
        [1, 2, 3].map(() => deliver(at, { batchSize: 2 })),
      );
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(keys.length);
      for (const key of keys) expect(received(key)).toHaveLength(1);
    });
  });
}
