import { describe, expect, it } from "vitest";
import {
  classifySecondFactor,
  formatRecoveryCode,
  formatSecret,
  normaliseRecoveryCode,
  normaliseTotpCode,
  RECOVERY_CODE_BYTES,
  recoveryCodeFromBytes,
  localSecondFactorApplies,
  twoFactorRequired,
  twoFactorSetting,
} from "./two-factor";

describe("REQUIRE_2FA", () => {
  it("is on by default on a PostgreSQL server and off on the embedded database", () => {
    expect(twoFactorSetting(undefined, "postgres")).toBe("on");
    expect(twoFactorSetting("", "postgres")).toBe("on");
    expect(twoFactorSetting(undefined, "pglite")).toBe("off");
  });

  it("follows an explicit on or off on either backend", () => {
    expect(twoFactorSetting("off", "postgres")).toBe("off");
    expect(twoFactorSetting(" OFF ", "postgres")).toBe("off");
    expect(twoFactorSetting("on", "pglite")).toBe("on");
    expect(twoFactorSetting("true", "pglite")).toBe("on");
  });

  it("applies to WIR and beheerder, not to inkopers and project leaders", () => {
    expect(twoFactorRequired(["WIR"], "on")).toBe(true);
    expect(twoFactorRequired(["BEHEERDER"], "on")).toBe(true);
    expect(twoFactorRequired(["INKOPER", "BEHEERDER"], "on")).toBe(true);
    expect(twoFactorRequired(["INKOPER"], "on")).toBe(false);
    expect(twoFactorRequired(["PROJECTLEIDER"], "on")).toBe(false);
    expect(twoFactorRequired(["WIR"], "off")).toBe(false);
  });
});

describe("which sign-ins the local second step applies to", () => {
  it("applies to e-mail and password (and sessions without the claim), not to single sign-on", () => {
    expect(localSecondFactorApplies("credentials")).toBe(true);
    expect(localSecondFactorApplies(undefined)).toBe(true);
    expect(localSecondFactorApplies("oidc")).toBe(false);
  });
});

describe("codes as typed", () => {
  it("accepts six digits with spaces or a dash", () => {
    expect(normaliseTotpCode("123456")).toBe("123456");
    expect(normaliseTotpCode(" 123 456 ")).toBe("123456");
    expect(normaliseTotpCode("123-456")).toBe("123456");
    expect(normaliseTotpCode("12345")).toBeNull();
    expect(normaliseTotpCode("12345a")).toBeNull();
  });

  it("reads a recovery code regardless of case, dashes and look-alike letters", () => {
    expect(normaliseRecoveryCode("7KQ2M-X9D4P")).toBe("7kq2mx9d4p");
    expect(normaliseRecoveryCode("abcde fghjk")).toBe("abcdefghjk");
    expect(normaliseRecoveryCode("0O1Il-22222")).toBe("0011122222");
    expect(normaliseRecoveryCode("7kq2m-x9d4")).toBeNull();
    expect(normaliseRecoveryCode("uuuuu-uuuuu")).toBeNull();
  });

  it("tells an app code from a recovery code", () => {
    expect(classifySecondFactor("123 456")).toEqual({ kind: "totp", code: "123456" });
    expect(classifySecondFactor("7kq2m-x9d4p")).toEqual({ kind: "recovery", code: "7kq2mx9d4p" });
    expect(classifySecondFactor("hallo")).toBeNull();
  });
});

describe("recovery codes", () => {
  it("are ten characters from the unambiguous alphabet, shown in two groups, and read back the same", () => {
    const bytes = Uint8Array.from({ length: RECOVERY_CODE_BYTES }, (_, i) => i * 37 + 5);
    const code = recoveryCodeFromBytes(bytes);
    expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{10}$/);
    expect(formatRecoveryCode(code)).toMatch(/^.{5}-.{5}$/);
    expect(normaliseRecoveryCode(formatRecoveryCode(code).toUpperCase())).toBe(code);
  });

  it("needs enough random bytes", () => {
    expect(() => recoveryCodeFromBytes(new Uint8Array(4))).toThrow();
  });

  it("shows a secret in groups of four", () => {
    expect(formatSecret("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});
