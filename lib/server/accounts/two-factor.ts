import "server-only";
import { endAllSessions } from "./sessions";
import crypto from "node:crypto";
import { generateSecret, generateURI, verifySync } from "otplib";
import type { Ctx } from "./session";
import type { Db } from "../db";
import { configuredTarget } from "../db/connection";
import { writeAudit } from "../core/audit";
import { NotFoundError, TooManyRequestsError, ValidationError } from "../core/errors";
import { assertPermission } from "../core/authz";
import { authSecret } from "./auth-secret";
import { verifyPassword } from "./passwords";
import { claimAttempt, forgetAttempts } from "./sign-in";
import type { Actor } from "../../domain/actor";
import {
  classifySecondFactor,
  RECOVERY_CODE_BYTES,
  RECOVERY_CODE_COUNT,
  recoveryCodeFromBytes,
  TOTP,
  twoFactorRequired,
  twoFactorSetting,
  type TwoFactorSetting,
} from "../../domain/two-factor";

/**
 * Two-factor sign-in (ADR 0011). The TOTP secret is sealed at rest with AES-256-GCM under a key
 * derived (HKDF-SHA256) from TWO_FACTOR_KEY, or NEXTAUTH_SECRET when that is not set; the user id
 * is the associated data, so a sealed secret cannot be moved to another account. Recovery codes
 * are stored as SHA-256 of user id and code (50 random bits each) and work once. The last accepted
 * time step is kept, so a code cannot be used twice. Every change is audited.
 */

// ---------- policy (REQUIRE_2FA) ----------

/** REQUIRE_2FA for this installation (lib/domain/two-factor.ts: unset = on for a PostgreSQL server). */
export function currentTwoFactorSetting(env: NodeJS.ProcessEnv = process.env): TwoFactorSetting {
  return twoFactorSetting(env.REQUIRE_2FA, configuredTarget(env).backend);
}

/**
 * Whether this actor must first set up two-factor sign-in before it may do anything else: its role
 * requires it on this installation and it has not done so. No query unless the role requires it.
 */
export async function twoFactorSetupPending(db: Db, actor: Actor, setting: TwoFactorSetting = currentTwoFactorSetting()): Promise<boolean> {
  if (!twoFactorRequired(actor.roles, setting)) return false;
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { totpEnabledAt: true } });
  return !user?.totpEnabledAt;
}


// ---------- sealing the secret ----------

const keys = new Map<string, Buffer>();
function sealKey(): Buffer {
  const material = process.env.TWO_FACTOR_KEY?.trim() || authSecret();
  let key = keys.get(material);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync("sha256", material, "regiotafel", "totp-secret v1", 32));
    keys.set(material, key);
  }
  return key;
}

export function sealSecret(userId: string, secret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", sealKey(), iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url")}`;
}

export function openSecret(userId: string, sealed: string): string {
  const [version, data] = sealed.split(".");
  if (version !== "v1" || !data) throw new Error("Onbekend formaat van het tweestapsgeheim.");
  const bytes = Buffer.from(data, "base64url");
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", sealKey(), bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("Het tweestapsgeheim kan niet worden gelezen: is TWO_FACTOR_KEY (of NEXTAUTH_SECRET) veranderd? Zie docs/operations.md.");
  }
}

// ---------- codes ----------

/** The time step a code belongs to when it is right now (± one step) and later than `afterStep`; else null. */
export function totpStep(secret: string, code: string, afterStep: number | null, now: Date): number | null {
  const result = verifySync({
    secret,
    token: code,
    algorithm: TOTP.algorithm,
    digits: TOTP.digits,
    period: TOTP.periodSeconds,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP.periodSeconds * TOTP.toleranceSteps,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

const hashRecoveryCode = (userId: string, code: string) => crypto.createHash("sha256").update(`${userId}:${code}`).digest("hex");

function newRecoveryCodes(): string[] {
  const codes = new Set<string>();
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(recoveryCodeFromBytes(crypto.randomBytes(RECOVERY_CODE_BYTES)));
  return [...codes];
}

/** Replaces the user's recovery codes by new ones; returns them (normalised) to show once. */
async function replaceRecoveryCodes(tx: Db, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(userId, code) })) });
  return codes;
}

/**
 * Checks a typed second factor for a user with two-factor sign-in on and uses it up: an app code
 * only when its time step is later than the last one accepted, a recovery code only once (both by
 * a conditional UPDATE, so two requests racing with one code cannot both pass). Returns which kind
 * was used, or null.
 */
export async function consumeSecondFactor(db: Db, userId: string, input: string, now: Date): Promise<"app" | "herstelcode" | null> {
  const typed = classifySecondFactor(input);
  if (!typed) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true } });
  if (!user?.totpSecret || !user.totpEnabledAt) return null;
  if (typed.kind === "recovery") {
    const used = await db.recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(userId, typed.code), usedAt: null },
      data: { usedAt: now },
    });
    return used.count === 1 ? "herstelcode" : null;
  }
  const step = totpStep(openSecret(userId, user.totpSecret), typed.code, user.totpLastStep, now);
  if (step === null) return null;
  const taken = await db.$executeRaw`
    UPDATE "User" SET "totpLastStep" = ${step}
    WHERE "id" = ${userId} AND "totpEnabledAt" IS NOT NULL AND ("totpLastStep" IS NULL OR "totpLastStep" < ${step})`;
  return taken === 1 ? "app" : null;
}

// ---------- the account page ----------

export type TwoFactorStatus = {
  enabled: boolean;
  enabledAt: Date | null;
  /** setting up: the secret and the otpauth:// address to show, until confirmed with a code */
  pending: { secret: string; uri: string } | null;
  recoveryCodesLeft: number;
  /** the installation requires it for this account's role */
  required: boolean;
};

export async function getTwoFactorStatus(ctx: Ctx): Promise<TwoFactorStatus> {
  const user = await ctx.db.user.findUniqueOrThrow({
    where: { id: ctx.actor.userId },
    select: { email: true, totpSecret: true, totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  const enabled = !!user.totpEnabledAt;
  let pending: TwoFactorStatus["pending"] = null;
  if (!enabled && user.totpSecret) {
    const secret = openSecret(ctx.actor.userId, user.totpSecret);
    pending = {
      secret,
      uri: generateURI({ issuer: TOTP.issuer, label: user.email, secret, algorithm: TOTP.algorithm, digits: TOTP.digits, period: TOTP.periodSeconds }),
    };
  }
  return {
    enabled,
    enabledAt: user.totpEnabledAt,
    pending,
    recoveryCodesLeft: enabled ? user._count.recoveryCodes : 0,
    required: twoFactorRequired(ctx.actor.roles, currentTwoFactorSetting()),
  };
}

const ALREADY_ON = "Tweestapsverificatie staat al aan.";
const NOT_ON = "Tweestapsverificatie staat niet aan.";
const WRONG_CODE = "Deze code klopt niet of is al gebruikt. Vul de nieuwste code uit uw authenticator-app in.";
const address = (ctx: Ctx) => ctx.clientAddress ?? null;

/**
 * Wrong codes on the account page count like failed sign-ins (lib/domain/sign-in-throttle.ts), per
 * account, so a stolen session cannot try every code.
 */
async function guarded<T>(ctx: Ctx, now: Date, check: () => Promise<T | null>, fields: string[] = ["code"], message = WRONG_CODE): Promise<T> {
  const key = [`2fa:${ctx.actor.userId}`];
  if (await claimAttempt(ctx.db, key, now)) throw new TooManyRequestsError("Te veel onjuiste codes. Wacht een paar minuten en probeer het dan opnieuw.");
  const result = await check();
  if (result === null) {
    await writeAudit(ctx.db, ctx.actor, { action: "UPDATE", entity: "User", entityId: ctx.actor.userId, after: { tweestapsverificatie: "onjuiste code" }, clientAddress: address(ctx) });
    throw new ValidationError(message, Object.fromEntries(fields.map((f) => [f, [message]])));
  }
  await forgetAttempts(ctx.db, key);
  return result;
}

/** Starts (or restarts) setting up: a new secret, kept sealed until it is confirmed with a code. */
export async function startTwoFactorSetup(ctx: Ctx): Promise<void> {
  const secret = generateSecret();
  await ctx.db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: ctx.actor.userId, totpEnabledAt: null }, data: { totpSecret: sealSecret(ctx.actor.userId, secret), totpLastStep: null } });
    if (updated.count !== 1) throw new ValidationError(ALREADY_ON);
    await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "User", entityId: ctx.actor.userId, after: { tweestapsverificatie: "instellen begonnen" }, clientAddress: address(ctx) });
  });
}

/**
 * Confirms the setup with a code from the app: two-factor sign-in is on; returns the recovery
 * codes to show once. Every session of the person ends (one signed in elsewhere without the
 * second step must not carry on); `sessionEpoch` lets the caller keep the current one
 * (keepCurrentSession).
 */
export async function confirmTwoFactorSetup(ctx: Ctx, input: { code: string }, now: Date = new Date()): Promise<{ recoveryCodes: string[]; sessionEpoch: number }> {
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.actor.userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) throw new ValidationError(ALREADY_ON);
  if (!user.totpSecret) throw new ValidationError("Begin eerst opnieuw met instellen.");
  const sealed = user.totpSecret;
  const step = await guarded(ctx, now, async () => {
    const code = classifySecondFactor(input.code);
    return code?.kind === "totp" ? totpStep(openSecret(ctx.actor.userId, sealed), code.code, null, now) : null;
  });
  return ctx.db.$transaction(async (tx) => {
    // only the secret the person saw, and only once (a second tab cannot switch it on again)
    const updated = await tx.user.updateMany({ where: { id: ctx.actor.userId, totpEnabledAt: null, totpSecret: sealed }, data: { totpEnabledAt: now, totpLastStep: step } });
    if (updated.count !== 1) throw new ValidationError("De instelling is intussen veranderd. Laad de pagina opnieuw.");
    const recoveryCodes = await replaceRecoveryCodes(tx, ctx.actor.userId);
    const sessionEpoch = await endAllSessions(tx, ctx.actor.userId);
    await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "User", entityId: ctx.actor.userId, after: { tweestapsverificatie: "aangezet", herstelcodes: recoveryCodes.length, andereSessies: "beëindigd" }, clientAddress: address(ctx) });
    return { recoveryCodes, sessionEpoch };
  });
}

/** New recovery codes (the old ones stop working), after a current code (app or recovery code). */
export async function regenerateRecoveryCodes(ctx: Ctx, input: { code: string }, now: Date = new Date()): Promise<{ recoveryCodes: string[] }> {
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.actor.userId }, select: { totpEnabledAt: true } });
  if (!user.totpEnabledAt) throw new ValidationError(NOT_ON);
  await guarded(ctx, now, () => consumeSecondFactor(ctx.db, ctx.actor.userId, input.code, now));
  return ctx.db.$transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, ctx.actor.userId);
    await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "User", entityId: ctx.actor.userId, after: { herstelcodes: "vernieuwd" }, clientAddress: address(ctx) });
    return { recoveryCodes };
  });
}

/** Switches two-factor sign-in off, after the password and a current code (app or recovery code). */
export async function disableTwoFactor(ctx: Ctx, input: { password: string; code: string }, now: Date = new Date()): Promise<void> {
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.actor.userId }, select: { totpEnabledAt: true, passwordHash: true } });
  if (!user.totpEnabledAt) throw new ValidationError(NOT_ON);
  // one attempt for both, so a right password does not reset the count of wrong codes
  await guarded(
    ctx,
    now,
    async () => (user.passwordHash && (await verifyPassword(user.passwordHash, input.password)) ? consumeSecondFactor(ctx.db, ctx.actor.userId, input.code, now) : null),
    ["password", "code"],
    "Uw wachtwoord of de code klopt niet.",
  );
  await switchOff(ctx, ctx.actor.userId, "uitgezet");
}

async function switchOff(ctx: Ctx, userId: string, what: string): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "User", entityId: userId, after: { tweestapsverificatie: what }, clientAddress: address(ctx) });
  });
}

/**
 * The beheerder switches someone's two-factor sign-in off (phone and recovery codes lost); the
 * person sets it up again at the next sign-in where the installation requires it.
 */
export async function resetTwoFactor(ctx: Ctx, input: { userId: string }): Promise<void> {
  assertPermission(ctx.actor, "user:manage");
  const user = await ctx.db.user.findUnique({ where: { id: input.userId }, select: { id: true, totpSecret: true } });
  if (!user) throw new NotFoundError();
  if (!user.totpSecret) throw new ValidationError(NOT_ON);
  await switchOff(ctx, user.id, "uitgezet door beheerder");
}
