import { describe, expect, it } from "vitest";
import { filterPortfolioRows, pageOf, parsePortfolioQuery, portfolioCsv, portfolioQueryString, sortPortfolioRows, type PortfolioRow } from "./portfolio";

const row = (over: Partial<PortfolioRow>): PortfolioRow => ({
  id: over.wirNumber ?? "x",
  wirNumber: "W-1",
  title: "Project",
  regionCode: "zeeland",
  regionName: "Zeeland",
  regionOrder: 1,
  concessiehouderName: "CZ",
  hoofdrubriekLabel: "Technologie",
  hoofdrubriekOrder: 11,
  lifecycle: "ACTIVE",
  status: null,
  impact: null,
  sharing: null,
  scalability: null,
  careOrgCount: null,
  updateState: null,
  ...over,
});

describe("portfolio query in the URL", () => {
  it("keeps valid filters and drops invalid ones instead of failing", () => {
    const q = parsePortfolioQuery(new URLSearchParams("regio=zeeland&status=RUNNING&impact=NONSENSE&pagina=2&per=7&sort=title&dir=desc&q=%20zorg%20"));
    expect(q).toMatchObject({ regio: "zeeland", status: "RUNNING", pagina: 2, sort: "title", dir: "desc", q: "zorg" });
    expect(q.impact).toBeUndefined();
    expect(q.per).toBeUndefined();
  });
  it("round-trips through a query string, leaving out empty values", () => {
    const q = parsePortfolioQuery({ regio: "zeeland", ch: "", update: "GEEN" });
    expect(portfolioQueryString(q)).toBe("?regio=zeeland&update=GEEN");
    expect(portfolioQueryString(q, { pagina: 3 })).toBe("?regio=zeeland&update=GEEN&pagina=3");
    expect(portfolioQueryString({})).toBe("");
  });
});

describe("filtering, sorting and paging", () => {
  const rows = [
    row({ wirNumber: "W-3", title: "Beta", status: "RUNNING", updateState: "SUBMITTED", regionOrder: 2 }),
    row({ wirNumber: "W-1", title: "alfa", status: "FINISHED_SUCCESSFUL", scalability: "NATIONAL" }),
    row({ wirNumber: "W-2", title: "Gamma", status: null }),
  ];
  it("filters on period values, GEEN = nothing recorded", () => {
    expect(filterPortfolioRows(rows, { status: "RUNNING" }).map((r) => r.wirNumber)).toEqual(["W-3"]);
    expect(filterPortfolioRows(rows, { status: "GEEN" }).map((r) => r.wirNumber)).toEqual(["W-2"]);
    expect(filterPortfolioRows(rows, { update: "GEEN" }).map((r) => r.wirNumber)).toEqual(["W-1", "W-2"]);
    expect(filterPortfolioRows(rows, { opschaal: "NATIONAL" }).map((r) => r.wirNumber)).toEqual(["W-1"]);
  });
  it("sorts enumerations in report order with empty values last, ties by WIR-nummer", () => {
    expect(sortPortfolioRows(rows, "status").map((r) => r.wirNumber)).toEqual(["W-1", "W-3", "W-2"]);
    expect(sortPortfolioRows(rows, "title", "desc").map((r) => r.wirNumber)).toEqual(["W-2", "W-3", "W-1"]);
    expect(sortPortfolioRows(rows).map((r) => r.wirNumber)).toEqual(["W-1", "W-2", "W-3"]);
  });
  it("pages without overlap and clamps the page number", () => {
    const many = Array.from({ length: 53 }, (_, i) => i);
    expect(pageOf(many, 3, 25)).toMatchObject({ page: 3, pages: 3, items: [50, 51, 52] });
    expect(pageOf(many, 9, 25).page).toBe(3);
    expect(pageOf([], 1, 25)).toMatchObject({ page: 1, pages: 1, items: [] });
  });
});

describe("CSV export", () => {
  it("writes one line per row with Dutch headers, quoting separators", () => {
    const csv = portfolioCsv([row({ title: '=cmd|" /C calc"!A0', careOrgCount: 4, status: "RUNNING" }), row({ title: "Zorg; welzijn" })]);
    expect(csv.startsWith("\uFEFFWIR-nummer;Titel;")).toBe(true);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=cmd|"" /C calc""!A0"`);
    expect(lines[1]).toContain(";Lopend;");
    expect(lines[1]).toContain(";4;Geen");
    expect(lines[2]).toContain('"Zorg; welzijn"');
  });
});
