import { describe, expect, it } from "vitest";
import { cardPath, catalogueQuerySchema, catalogueSearchParams, searchWords, titleSlug, wirNumberCandidates } from "./search-params";

describe("card addresses", () => {
  it("slugs titles without accents or punctuation, at most 60 characters", () => {
    expect(titleSlug("Cliënten & mantelzorgers: samen één plan!")).toBe("clienten-mantelzorgers-samen-een-plan");
    expect(titleSlug("???")).toBe("project");
    expect(titleSlug("a".repeat(80))).toHaveLength(60);
    expect(cardPath({ wirNumber: "WIR-0012", title: "Nachtzorg" })).toBe("/projectenbank/WIR-0012-nachtzorg");
  });
  it("tries every WIR-number prefix of an address segment", () => {
    expect(wirNumberCandidates("WIR-0012-nachtzorg-met-sensoren")).toEqual(["WIR", "WIR-0012", "WIR-0012-nachtzorg", "WIR-0012-nachtzorg-met"]);
    expect(wirNumberCandidates("RT-0001")).toEqual(["RT", "RT-0001"]);
  });
});

describe("catalogue query", () => {
  it("reads the URL parameters and refuses unknown values with a Dutch message", () => {
    expect(catalogueQuerySchema.parse({ q: " nachtzorg ", status: "RUNNING", pagina: "2", per: "50", startjaar: "2020" })).toEqual({ q: "nachtzorg", status: "RUNNING", pagina: 2, per: 50, startjaar: 2020 });
    const bad = catalogueQuerySchema.safeParse({ status: "KAPOT", per: "1000" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(["Onbekende status.", "Hoogstens 100 per pagina."]);
  });
  it("writes a query back without defaults", () => {
    const query = catalogueQuerySchema.parse({ q: "zorg", regio: "zeeland", pagina: "3" });
    expect(catalogueSearchParams(query, { pagina: 1 }).toString()).toBe("q=zorg&regio=zeeland");
    expect(catalogueSearchParams(query, { regio: undefined }).toString()).toBe("q=zorg&pagina=3");
  });
  it("keeps only letters and digits of search words, so no search syntax gets through", () => {
    expect(searchWords("nacht & (beeld | zorg) !sensor:* Cliënt")).toEqual(["nacht", "beeld", "zorg", "sensor", "client"]);
  });
});
