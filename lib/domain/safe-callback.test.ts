import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";

describe("the callback after sign-in", () => {
  it.each([
    ["/projecten?q=zorg#lijst", "/projecten?q=zorg#lijst"],
    ["/rapportage?periode=2020-10", "/rapportage?periode=2020-10"],
    ["/a/../beoordelen", "/beoordelen"],
  ])("follows a path of this site: %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it.each([
    "/\\evil.example",
    decodeURIComponent("/%5Cevil.example"),
    "//evil.example",
    "///evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    " //evil.example",
    "/\t/evil.example",
    "",
    null,
  ])("goes home instead of %j", (input) => {
    expect(safeCallbackPath(input)).toBe("/");
  });
});
