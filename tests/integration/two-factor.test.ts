import { beforeAll, describe, expect, it, vi } from "vitest";
import { generateSync } from "otplib";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createUser } from "@/tests/support/factories";
import { loadActor } from "@/lib/server/accounts/actor";
import { signIn, WRONG_CREDENTIALS } from "@/lib/server/accounts/sign-in";
import {
  confirmTwoFactorSetup,
  currentTwoFactorSetting,
  disableTwoFactor,
  getTwoFactorStatus,
  openSecret,
  regenerateRecoveryCodes,
  resetTwoFactor,
  startTwoFactorSetup,
  twoFactorSetupPending,
} from "@/lib/server/accounts/two-factor";
import { errorResponse } from "@/lib/server/core/boundary";
import { RECOVERY_CODE_COUNT, TWO_FACTOR_REQUIRED, TWO_FACTOR_SETUP_REQUIRED, TWO_FACTOR_WRONG } from "@/lib/domain/two-factor";
import { SIGN_IN_THROTTLE } from "@/lib/domain/sign-in-throttle";
import type { Ctx } from "@/lib/server/accounts/session";
import { sessionIsCurrent } from "@/lib/server/accounts/sessions";
import { decode, encode } from "next-auth/jwt";
import { authSecret } from "@/lib/server/accounts/auth-secret";
import { sessionCookieName } from "@/lib/domain/session-limits";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Two-factor sign-in (ADR 0011) on both backends: setting it up, signing in with an app code
 * (valid, wrong, replayed) or a recovery code (once), new recovery codes, switching it off, the
 * beheerder's reset, REQUIRE_2FA in the real pageCtx/requestCtx, and the audit rows.
 */
const holder = vi.hoisted(() => ({ db: null as unknown, session: null as null | { user: Record<string, unknown> }, cookies: new Map<string, string>() }));
vi.mock("next-auth", () => ({ getServerSession: async () => holder.session }));
vi.mock("@/lib/server/accounts/auth-options", () => ({ authOptions: {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: (name: string) => (holder.cookies.has(name) ? { name, value: holder.cookies.get(name)! } : undefined), set: (name: string, value: string) => void holder.cookies.set(name, value) }),
}));
vi.mock("next/navigation", () => ({
  redirect: (path: string) => {
    throw new Error(`redirect ${path}`);
  },
}));
vi.mock("@/lib/server/db", () => ({ getDb: async () => ({ prisma: holder.db }) }));
const { pageCtx, requestCtx, keepCurrentSession } = await import("@/lib/server/accounts/session");

const PASSWORD = "een lang wachtwoord voor tests";
const T0 = new Date("2026-03-02T09:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const codeAt = (secret: string, when: Date) => generateSync({ secret, epoch: Math.floor(when.getTime() / 1000) });

beforeAll(() => {
  vi.stubEnv("TWO_FACTOR_KEY", "sleutel-alleen-voor-de-tests-van-tweestapsverificatie");
});

describe("keepCurrentSession", () => {
  it("rewrites this request's session cookie with the new epoch and keeps its sign-in time", async () => {
    const before = process.env.NEXTAUTH_SECRET;
    vi.stubEnv("NEXTAUTH_SECRET", "geheim-alleen-voor-deze-test");
    const secret = authSecret();
    const authAt = Date.now() - 60_000;
    holder.cookies.set(sessionCookieName(), await encode({ token: { sub: "u1", epoch: 3, authAt, seenAt: authAt, provider: "credentials" }, secret }));
    await keepCurrentSession("u1", 4);
    const token = await decode({ token: holder.cookies.get(sessionCookieName())!, secret });
    expect(token).toMatchObject({ sub: "u1", epoch: 4, authAt, provider: "credentials" });
    // another person's cookie is never rewritten
    await keepCurrentSession("u2", 9);
    expect((await decode({ token: holder.cookies.get(sessionCookieName())!, secret }))?.epoch).toBe(4);
    holder.cookies.clear();
    vi.stubEnv("NEXTAUTH_SECRET", before ?? "");
  });
});

for (const backend of testBackends()) {
  describe(`two-factor sign-in on ${backend.name}`, () => {
    const t = useTestDb(backend);
    let n = 0;

    /** A fresh account (own e-mail, so throttle counts never mix) with two-factor sign-in on; its secret and recovery codes. */
    async function enrolled(role: "WIR" | "INKOPER" | "BEHEERDER" = "WIR") {
      const email = `tweestap${++n}-${backend.name}@regiotafel.test`;
      const user = await createUser(t.db.prisma, { email, password: PASSWORD, memberships: role === "INKOPER" ? [{ role, concessiehouderCode: "CZ" }] : [{ role }] });
      const actor = (await loadActor(t.db.prisma, user.id))!;
      const ctx: Ctx = { ...ctxOf(t.db, actor), clientAddress: "192.0.2.10" };
      await startTwoFactorSetup(ctx);
      const secret = (await getTwoFactorStatus(ctx)).pending!.secret;
      const { recoveryCodes } = await confirmTwoFactorSetup(ctx, { code: codeAt(secret, at(0)) }, at(0));
      return { email, user, actor, ctx, secret, recoveryCodes };
    }

    const auditOf = (db: PrismaClient, userId: string) => db.auditLog.findMany({ where: { entity: "User", entityId: userId }, orderBy: { id: "asc" } });

    it("sets up: a secret shown while pending, stored sealed, switched on by a right code, ten recovery codes; all audited", async () => {
      const user = await createUser(t.db.prisma, { email: `instellen-${backend.name}@regiotafel.test`, password: PASSWORD, memberships: [{ role: "PROJECTLEIDER" }] });
      const ctx: Ctx = { ...ctxOf(t.db, (await loadActor(t.db.prisma, user.id))!), clientAddress: "192.0.2.1" };
      expect(await getTwoFactorStatus(ctx)).toMatchObject({ enabled: false, pending: null });

      await startTwoFactorSetup(ctx);
      const status = await getTwoFactorStatus(ctx);
      const secret = status.pending!.secret;
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
      expect(status.pending!.uri).toMatch(/^otpauth:\/\/totp\/Regiotafel:/);
      const stored = await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
      expect(stored.totpSecret).not.toContain(secret);
      expect(openSecret(user.id, stored.totpSecret!)).toBe(secret);
      // sealed for this account: under another account's id it does not open
      expect(() => openSecret("iemand-anders", stored.totpSecret!)).toThrow(/TWO_FACTOR_KEY/);
      expect(stored.totpEnabledAt).toBeNull();

      await expect(confirmTwoFactorSetup(ctx, { code: "000000" }, at(0))).rejects.toMatchObject({ code: "validation", fieldErrors: { code: [expect.any(String)] } });
      const epochBefore = (await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionEpoch: true } })).sessionEpoch;
      const { recoveryCodes, sessionEpoch } = await confirmTwoFactorSetup(ctx, { code: codeAt(secret, at(0)) }, at(0));
      // every session signed in before (without the second step) has ended
      expect(sessionEpoch).toBe(epochBefore + 1);
      expect(await sessionIsCurrent(t.db.prisma, user.id, epochBefore)).toBe(false);
      expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
      expect(new Set(recoveryCodes).size).toBe(RECOVERY_CODE_COUNT);
      expect(await getTwoFactorStatus(ctx)).toMatchObject({ enabled: true, pending: null, recoveryCodesLeft: RECOVERY_CODE_COUNT });
      const hashes = await t.db.prisma.recoveryCode.findMany({ where: { userId: user.id } });
      expect(hashes.map((h) => h.codeHash)).not.toContain(recoveryCodes[0]);
      await expect(startTwoFactorSetup(ctx)).rejects.toMatchObject({ code: "validation" });

      const audit = await auditOf(t.db.prisma, user.id);
      expect(audit.map((a) => a.after)).toEqual(
        expect.arrayContaining([{ tweestapsverificatie: "instellen begonnen" }, { tweestapsverificatie: "onjuiste code" }, { tweestapsverificatie: "aangezet", herstelcodes: RECOVERY_CODE_COUNT, andereSessies: "beëindigd" }]),
      );
      expect(audit.every((a) => a.actorUserId === user.id && a.clientAddress === "192.0.2.1")).toBe(true);
    });

    it("asks for the code after a right password without counting that attempt; lets in with a right code, audited", async () => {
      const { email, user, secret } = await enrolled();
      expect(await signIn(t.db.prisma, { email, password: PASSWORD, ip: "198.51.100.1" }, at(60))).toEqual({ ok: false, message: TWO_FACTOR_REQUIRED });
      expect((await t.db.prisma.loginThrottle.findUnique({ where: { key: `email:${email}` } }))?.failures ?? 0).toBe(0);
      // a wrong password still reads as a wrong password, code or not
      expect(await signIn(t.db.prisma, { email, password: "fout", code: codeAt(secret, at(60)), ip: null }, at(60))).toEqual({ ok: false, message: WRONG_CREDENTIALS });

      const result = await signIn(t.db.prisma, { email, password: PASSWORD, code: codeAt(secret, at(60)), ip: "198.51.100.1" }, at(60));
      expect(result).toEqual({ ok: true, userId: user.id });
      const signedIn = await t.db.prisma.auditLog.findFirst({ where: { entityId: user.id, action: "SIGN_IN" } });
      expect(signedIn?.after).toEqual({ tweestapsverificatie: "app" });
    });

    it("refuses a wrong code and a code used before, counts them in the throttle and audits them", async () => {
      const { email, user, secret } = await enrolled();
      const code = codeAt(secret, at(90));
      expect((await signIn(t.db.prisma, { email, password: PASSWORD, code, ip: null }, at(90))).ok).toBe(true);
      // the same code again, within its 30 seconds: refused
      expect(await signIn(t.db.prisma, { email, password: PASSWORD, code, ip: null }, at(95))).toEqual({ ok: false, message: TWO_FACTOR_WRONG });
      // an earlier code (still inside the ±1 step window) is no good after a later one was used
      expect(await signIn(t.db.prisma, { email, password: PASSWORD, code: codeAt(secret, at(60)), ip: null }, at(95))).toEqual({ ok: false, message: TWO_FACTOR_WRONG });
      const wrong = code === "123456" ? "654321" : "123456";
      expect(await signIn(t.db.prisma, { email, password: PASSWORD, code: wrong, ip: null }, at(95))).toEqual({ ok: false, message: TWO_FACTOR_WRONG });
      expect((await t.db.prisma.loginThrottle.findUnique({ where: { key: `email:${email}` } }))?.failures).toBe(3);
      const failures = await t.db.prisma.auditLog.findMany({ where: { entityId: user.id, action: "SIGN_IN_FAILED" } });
      expect(failures).toHaveLength(3);
      expect(failures[0].after).toEqual({ reden: "onjuiste of gebruikte code (tweestapsverificatie)" });
      // the next step's code works
      expect((await signIn(t.db.prisma, { email, password: PASSWORD, code: codeAt(secret, at(120)), ip: null }, at(120))).ok).toBe(true);
    });

    it("locks the account after five wrong codes, even with the right code then", async () => {
      const { email, secret } = await enrolled();
      for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures; i++) {
        const wrong = String(100000 + i);
        await signIn(t.db.prisma, { email, password: PASSWORD, code: wrong === codeAt(secret, at(200)) ? "999999" : wrong, ip: null }, at(200));
      }
      const locked = await signIn(t.db.prisma, { email, password: PASSWORD, code: codeAt(secret, at(210)), ip: null }, at(210));
      expect(locked.ok).toBe(false);
      expect(locked).not.toEqual({ ok: false, message: TWO_FACTOR_WRONG });
    });

    it("accepts each recovery code once, in any case and with or without the dash", async () => {
      const { email, user, recoveryCodes } = await enrolled();
      const typed = `${recoveryCodes[3].slice(0, 5)}-${recoveryCodes[3].slice(5)}`.toUpperCase();
      expect(await signIn(t.db.prisma, { email, password: PASSWORD, code: typed, ip: null }, at(300))).toEqual({ ok: true, userId: user.id });
      expect((await t.db.prisma.auditLog.findFirst({ where: { entityId: user.id, action: "SIGN_IN" } }))?.after).toEqual({ tweestapsverificatie: "herstelcode" });
      expect(await signIn(t.db.prisma, { email, password: PASSWORD, code: recoveryCodes[3], ip: null }, at(301))).toEqual({ ok: false, message: TWO_FACTOR_WRONG });
      const ctx = ctxOf(t.db, (await loadActor(t.db.prisma, user.id))!);
      expect((await getTwoFactorStatus(ctx)).recoveryCodesLeft).toBe(RECOVERY_CODE_COUNT - 1);
    });

    it("makes new recovery codes after a current code; the old ones stop working", async () => {
      const { email, ctx, secret, recoveryCodes, user } = await enrolled();
      await expect(regenerateRecoveryCodes(ctx, { code: "000000" }, at(400))).rejects.toMatchObject({ code: "validation" });
      const fresh = await regenerateRecoveryCodes(ctx, { code: codeAt(secret, at(400)) }, at(400));
      expect(fresh.recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
      expect(await signIn(t.db.prisma, { email, password: PASSWORD, code: recoveryCodes[0], ip: null }, at(430))).toEqual({ ok: false, message: TWO_FACTOR_WRONG });
      expect((await signIn(t.db.prisma, { email, password: PASSWORD, code: fresh.recoveryCodes[0], ip: null }, at(431))).ok).toBe(true);
      expect((await auditOf(t.db.prisma, user.id)).some((a) => JSON.stringify(a.after) === JSON.stringify({ herstelcodes: "vernieuwd" }))).toBe(true);
    });

    it("switches off only with the password and a current code; then the password is enough again", async () => {
      const { email, ctx, secret, user } = await enrolled();
      await expect(disableTwoFactor(ctx, { password: "fout", code: codeAt(secret, at(500)) }, at(500))).rejects.toMatchObject({ code: "validation", fieldErrors: { password: [expect.any(String)] } });
      await expect(disableTwoFactor(ctx, { password: PASSWORD, code: "000000" }, at(500))).rejects.toMatchObject({ code: "validation" });
      await disableTwoFactor(ctx, { password: PASSWORD, code: codeAt(secret, at(500)) }, at(500));
      expect(await getTwoFactorStatus(ctx)).toMatchObject({ enabled: false, pending: null, recoveryCodesLeft: 0 });
      expect(await t.db.prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
      expect(await signIn(t.db.prisma, { email, password: PASSWORD, ip: null }, at(530))).toEqual({ ok: true, userId: user.id });
      expect((await auditOf(t.db.prisma, user.id)).some((a) => JSON.stringify(a.after) === JSON.stringify({ tweestapsverificatie: "uitgezet" }))).toBe(true);
    });

    it("refuses more than a few wrong codes on the account page", async () => {
      const { ctx } = await enrolled();
      const attempts = [];
      for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures + 1; i++) attempts.push(await regenerateRecoveryCodes(ctx, { code: "hallo" }, at(600)).catch((e: { code: string }) => e.code));
      expect(attempts.at(-1)).toBe("tooManyRequests");
    });

    it("lets the beheerder switch someone's two-factor sign-in off, audited; nobody else", async () => {
      const { user, email } = await enrolled("INKOPER");
      const wir = ctxOf(t.db, await makeActor(t.db, [{ role: "WIR" }]));
      await expect(resetTwoFactor(wir, { userId: user.id })).rejects.toMatchObject({ code: "forbidden" });
      const beheerder = ctxOf(t.db, await makeActor(t.db, [{ role: "BEHEERDER" }]));
      await resetTwoFactor(beheerder, { userId: user.id });
      expect(await signIn(t.db.prisma, { email, password: PASSWORD, ip: null }, at(700))).toEqual({ ok: true, userId: user.id });
      const row = await t.db.prisma.auditLog.findFirst({ where: { entityId: user.id, actorUserId: beheerder.actor.userId } });
      expect(row?.after).toEqual({ tweestapsverificatie: "uitgezet door beheerder" });
    });

    describe("REQUIRE_2FA", () => {
      const sessionOf = async (userId: string, provider?: string) => {
        const { sessionEpoch } = await t.db.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionEpoch: true } });
        holder.db = t.db.prisma;
        holder.session = { user: { id: userId, epoch: sessionEpoch, authAt: Date.now(), seenAt: Date.now(), provider } };
      };

      it("defaults to on for a PostgreSQL server and off for the embedded database; REQUIRE_2FA decides", () => {
        const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;
        expect(currentTwoFactorSetting(env({ DATABASE_URL: "postgresql://db/regiotafel" }))).toBe("on");
        expect(currentTwoFactorSetting(env({ DATABASE_URL: "postgresql://db/regiotafel", REQUIRE_2FA: "off" }))).toBe("off");
        expect(currentTwoFactorSetting(env({}))).toBe("off");
        expect(currentTwoFactorSetting(env({ REQUIRE_2FA: "on" }))).toBe("on");
      });

      it("sends a WIR without two-factor sign-in to the setup page and refuses its requests with 403, until it is set up", async () => {
        vi.stubEnv("REQUIRE_2FA", "on");
        const wir = await makeActor(t.db, [{ role: "WIR" }]);
        await sessionOf(wir.userId);
        await expect(pageCtx()).rejects.toThrow("redirect /tweestapsverificatie");
        const refused = await requestCtx().catch((e: unknown) => e);
        const response = errorResponse(refused);
        expect(response.status).toBe(403);
        expect(await response.json()).toMatchObject({ code: "forbidden", message: TWO_FACTOR_SETUP_REQUIRED });
        // the setup itself is open to it
        const ctx = await requestCtx({ twoFactorSetup: true });
        expect((await pageCtx({ twoFactorSetup: true })).actor.userId).toBe(wir.userId);

        await startTwoFactorSetup(ctx);
        const secret = (await getTwoFactorStatus(ctx)).pending!.secret;
        const { sessionEpoch } = await confirmTwoFactorSetup(ctx, { code: codeAt(secret, new Date()) });
        // the session from before has ended with every other one; the action carries this one on
        // with the new epoch (keepCurrentSession rewrites its cookie)
        await expect(requestCtx()).rejects.toMatchObject({ code: "unauthenticated" });
        holder.session!.user.epoch = sessionEpoch;
        expect((await requestCtx()).actor.userId).toBe(wir.userId);
        expect((await pageCtx()).actor.userId).toBe(wir.userId);
        vi.stubEnv("REQUIRE_2FA", "off");
      });

      it("leaves a session from single sign-on alone: the organisation's provider does the second step", async () => {
        vi.stubEnv("REQUIRE_2FA", "on");
        const wir = await makeActor(t.db, [{ role: "WIR" }]);
        await sessionOf(wir.userId, "oidc");
        expect((await requestCtx()).actor.userId).toBe(wir.userId);
        expect((await pageCtx()).actor.userId).toBe(wir.userId);
        await sessionOf(wir.userId, "credentials");
        await expect(requestCtx()).rejects.toMatchObject({ code: "forbidden" });
        vi.stubEnv("REQUIRE_2FA", "off");
      });

      it("applies to WIR and beheerder only, and not when REQUIRE_2FA is off", async () => {
        const inkoper = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
        const leader = await makeActor(t.db, [{ role: "PROJECTLEIDER" }]);
        const beheerder = await makeActor(t.db, [{ role: "BEHEERDER" }]);
        expect(await twoFactorSetupPending(t.db.prisma, inkoper, "on")).toBe(false);
        expect(await twoFactorSetupPending(t.db.prisma, leader, "on")).toBe(false);
        expect(await twoFactorSetupPending(t.db.prisma, beheerder, "on")).toBe(true);
        expect(await twoFactorSetupPending(t.db.prisma, beheerder, "off")).toBe(false);
        vi.stubEnv("REQUIRE_2FA", "off");
        await sessionOf(beheerder.userId);
        expect((await requestCtx()).actor.userId).toBe(beheerder.userId);
      });
    });
  });
}

describe("the session token", () => {
  it("carries the provider it signed in with, so pageCtx knows whether the local second step applies", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "alleen-voor-deze-test");
    const { authOptions } = await vi.importActual<typeof import("@/lib/server/accounts/auth-options")>("@/lib/server/accounts/auth-options");
    const { jwt, session } = authOptions.callbacks!;
    for (const [account, provider] of [[{ provider: "credentials", type: "credentials", providerAccountId: "u1" }, "credentials"], [{ provider: "oidc", type: "oauth", providerAccountId: "x" }, "oidc"]] as const) {
      const token = await jwt!({ token: {}, user: { id: "u1", epoch: 3 }, account } as never);
      expect(await session!({ session: { expires: "" }, token } as never)).toMatchObject({ user: { id: "u1", epoch: 3, provider } });
    }
  });
});
