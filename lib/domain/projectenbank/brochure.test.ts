import { describe, expect, it } from "vitest";
import { brochureCutNote, brochureHeading, brochureKind, brochureLinks, judgementLine } from "./brochure";

describe("brochure heading", () => {
  it("names a region's and a concessiehouder's brochure after them", () => {
    expect(brochureHeading({ regio: "zeeland" }, { regio: "Zeeland" })).toEqual({ kind: "regio", title: "Transitieprojecten regio Zeeland", criteria: [] });
    expect(brochureHeading({ concessiehouder: "CZ", pagina: 3 }, { concessiehouder: "CZ" })).toEqual({
      kind: "concessiehouder",
      title: "Transitieprojecten in de regio's van CZ",
      criteria: [],
    });
  });

  it("lists every criterion of a selection in words, with Dutch labels for the judgement filters", () => {
    const heading = brochureHeading(
      { q: "nachtzorg", regio: "zeeland", status: "RUNNING", opschaalbaarheid: "NATIONAL", delen: "YES", startjaar: 2019, thema: "VEILIGHEID" },
      { regio: "Zeeland", thema: "Veiligheid" },
    );
    expect(heading.kind).toBe("selectie");
    expect(heading.title).toBe("Transitieprojecten: een selectie uit de Projectenbank");
    expect(heading.criteria[0]).toBe("Zoekterm: nachtzorg");
    expect(heading.criteria).toContain("Regio: Zeeland");
    expect(heading.criteria).toContain("Kwaliteitskader-thema: Veiligheid");
    expect(heading.criteria).toContain("Startjaar: 2019");
    expect(heading.criteria.find((c) => c.startsWith("Status: "))).not.toBe("Status: RUNNING");
    expect(heading.criteria).toHaveLength(7);
  });

  it("calls a brochure without any filter the whole catalogue", () => {
    expect(brochureHeading({ sorteer: "titel" }, {})).toEqual({ kind: "selectie", title: "Alle transitieprojecten in de Projectenbank", criteria: [] });
    expect(brochureKind({ regio: "zeeland", q: "zorg" })).toBe("selectie");
  });
});

describe("brochure links", () => {
  it("keep the selection and drop order and paging", () => {
    expect(brochureLinks({ regio: "zeeland", sorteer: "titel", pagina: 4, per: 50 })).toEqual({
      page: "/projectenbank/brochure?regio=zeeland",
      docx: "/projectenbank/brochure/docx?regio=zeeland",
      search: "/projectenbank?regio=zeeland",
      query: "regio=zeeland",
    });
    expect(brochureLinks({}).page).toBe("/projectenbank/brochure");
  });
});

describe("brochure cut note", () => {
  const card = { wirNumber: "X" };
  it("is null when every card is in, and says how many are left out otherwise", () => {
    expect(brochureCutNote({ total: 1, sections: [{ hoofdrubriek: { code: "A", label: "A" }, cards: [card as never] }] })).toBeNull();
    expect(brochureCutNote({ total: 1200, sections: [{ hoofdrubriek: { code: "A", label: "A" }, cards: [card as never, card as never] }] })).toBe(
      "Deze brochure bevat de eerste 2 van 1.200 projectkaarten (op WIR-nummer). Verfijn de zoekopdracht voor een kleinere selectie.",
    );
  });
});

describe("judgement line", () => {
  it("shows status, period and scalability, or nothing without a status", () => {
    expect(judgementLine({ judgement: { periodLabel: "oktober 2020", status: "RUNNING", scalability: null, sharing: null } })).toMatch(/ \(oktober 2020\)$/);
    expect(judgementLine({ judgement: null })).toBeNull();
    expect(judgementLine({ judgement: { periodLabel: "oktober 2020", status: null, scalability: "NATIONAL", sharing: null } })).toBeNull();
  });
});
