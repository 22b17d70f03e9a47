import { describe, expect, it } from "vitest";
import { parseUserCreateArgs } from "./user-create-args";

describe("parseUserCreateArgs", () => {
  it("reads the first beheerder", () => {
    expect(parseUserCreateArgs(["--email", "Anna@Zorg.NL", "--naam", "Anna de Vries", "--rol", "beheerder"])).toEqual({
      ok: true,
      args: { email: "anna@zorg.nl", name: "Anna de Vries", roles: ["BEHEERDER"], concessiehouderCode: null },
    });
  });
  it("reads an inkoper with its concessiehouder, and several roles", () => {
    const r = parseUserCreateArgs(["--email", "i@cz.nl", "--naam", "Ina", "--rol", "inkoper", "--concessiehouder", "cz", "--rol", "projectleider"]);
    expect(r).toEqual({ ok: true, args: { email: "i@cz.nl", name: "Ina", roles: ["INKOPER", "PROJECTLEIDER"], concessiehouderCode: "CZ" } });
  });
  it("explains what is wrong, in Dutch", () => {
    expect(parseUserCreateArgs(["--email", "i@cz.nl", "--naam", "Ina", "--rol", "inkoper"])).toMatchObject({ ok: false, error: expect.stringMatching(/concessiehouder/) });
    expect(parseUserCreateArgs(["--email", "geen-adres", "--naam", "Ina", "--rol", "wir"])).toMatchObject({ ok: false, error: expect.stringMatching(/e-mailadres/) });
    expect(parseUserCreateArgs(["--email", "a@b.nl", "--naam", "Ina", "--rol", "baas"])).toMatchObject({ ok: false, error: expect.stringMatching(/Onbekende rol/) });
    expect(parseUserCreateArgs(["--email", "a@b.nl", "--naam"])).toMatchObject({ ok: false, error: expect.stringMatching(/waarde/) });
  });
});
