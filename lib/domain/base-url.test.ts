import { describe, expect, it } from "vitest";
import { baseUrlProblem, sameOrigin } from "./base-url";

describe("the site's address", () => {
  it("accepts https anywhere and http only on this machine", () => {
    expect(baseUrlProblem("https://regiotafel.example.nl")).toBeNull();
    expect(baseUrlProblem("http://localhost:3000")).toBeNull();
    expect(baseUrlProblem("http://127.0.0.1:3000")).toBeNull();
    expect(baseUrlProblem(undefined)).toBeNull();
    expect(baseUrlProblem("http://regiotafel.example.nl")).toMatch(/gebruikt geen https/);
    expect(baseUrlProblem("http://10.0.0.5:3000")).toMatch(/gebruikt geen https/);
    expect(baseUrlProblem("regiotafel")).toMatch(/geen geldig adres/);
  });

  it("lets a state-changing request through only from this site", () => {
    const site = "https://regiotafel.example.nl";
    expect(sameOrigin(site, "same-origin", site)).toBe(true);
    expect(sameOrigin("https://evil.example", "cross-site", site)).toBe(false);
    expect(sameOrigin("null", null, site)).toBe(false);
    expect(sameOrigin(null, "cross-site", site)).toBe(false);
    expect(sameOrigin(null, null, site)).toBe(true);
  });
});
