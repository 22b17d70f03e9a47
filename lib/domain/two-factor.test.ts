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
  // which words turn it on or off: lib/domain/on-off-setting.test.ts
  it.each([
    [undefined, "postgres", "on"],
    ["", "postgres", "on"],
    [undefined, "pglite", "off"],
    [" OFF ", "postgres", "off"],
    ["true", "pglite", "on"],
  ] as const)("REQUIRE_2FA=%j on %s is %s (on by default on a PostgreSQL server only)", (value, backend, expected) => {
    expect(twoFactorSetting(value, backend)).toBe(expected);
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
  it.each([
    {
      rule: "an app code: six digits with spaces or a dash",
      normalise: normaliseTotpCode,
      accepted: { "123456": "123456", " 123 456 ": "123456", "123-456": "123456" },
      refused: ["12345", "12345a"],
    },
    {
      rule: "a recovery code regardless of case, dashes and look-alike letters",
      normalise: normaliseRecoveryCode,
      accepted: { "7KQ2M-X9D4P": "7kq2mx9d4p", "abcde fghjk": "abcdefghjk", "0O1Il-22222": "0011122222" },
      refused: ["7kq2m-x9d4", "uuuuu-uuuuu"],
    },
  ])("reads $rule", ({ normalise, accepted, refused }) => {
    for (const [typed, code] of Object.entries(accepted)) expect(normalise(typed)).toBe(code);
    for (const typed of refused) expect(normalise(typed)).toBeNull();
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
