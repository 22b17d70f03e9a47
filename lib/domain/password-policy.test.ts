import { describe, expect, it } from "vitest";
import { passwordProblems, PASSWORD_MIN_LENGTH } from "./password-policy";

describe("passwordProblems", () => {
  it("accepts a long passphrase, spaces and all", () => {
    expect(passwordProblems("paars fietsje op de dijk")).toEqual([]);
    expect(passwordProblems("Regiotafel-demo-2026")).toEqual([]);
  });
  it("refuses fewer than 12 characters, counting characters rather than bytes", () => {
    expect(passwordProblems("a".repeat(PASSWORD_MIN_LENGTH - 1) + "b")).toEqual([]);
    expect(passwordProblems("kortwoord1!")[0]).toMatch(/minstens 12 tekens/);
    expect(passwordProblems("ééééééééééé")[0]).toMatch(/minstens 12/);
  });
  it("refuses passwords from the shipped list of common passwords, in any case", () => {
    expect(passwordProblems("qwerty123456")[0]).toMatch(/veel gebruikt/);
    expect(passwordProblems("1Q2W3E4R5T6Y")[0]).toMatch(/veel gebruikt/);
  });
  it("refuses a common word with digits or punctuation added, and one repeated character", () => {
    expect(passwordProblems("wachtwoord2026!")[0]).toMatch(/veel gebruikt/);
    expect(passwordProblems("password12345678")[0]).toMatch(/veel gebruikt/);
    expect(passwordProblems("aaaaaaaaaaaaaa")[0]).toMatch(/veel gebruikt/);
  });
  it("refuses a password containing the e-mail address's name", () => {
    expect(passwordProblems("annadevries-zomer!", { email: "annadevries@zorg.nl" })[0]).toMatch(/e-mailadres/);
  });
  it("refuses more than 128 characters", () => {
    expect(passwordProblems("x".repeat(60) + "y".repeat(69))[0]).toMatch(/hoogstens 128/);
  });
});
