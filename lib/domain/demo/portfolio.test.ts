import { describe, expect, it } from "vitest";
import { generateDemoPortfolio } from "./portfolio";
import { SHOWCASE_PROJECTS, ARNHEM_CARDS } from "./showcase";

describe("demo portfolio generator", () => {
  const { tables, projectCount } = generateDemoPortfolio();

  it("is deterministic", () => {
    expect(JSON.stringify(generateDemoPortfolio().tables)).toBe(JSON.stringify(tables));
  });

  it("has 318 projects with unique WIR-nummers, 268 + 318 period records and 34 × 4 region scores", () => {
    expect(projectCount).toBe(318);
    expect(new Set(tables.projects.map((p) => p.wirNumber)).size).toBe(318);
    expect(tables.records.filter((r) => r.period === "maart 2020")).toHaveLength(268);
    expect(tables.records.filter((r) => r.period === "oktober 2020")).toHaveLength(318);
    expect(tables.scores).toHaveLength(136);
  });

  it("carries the named projects with their real titles and organisations", () => {
    const titles = new Set(tables.projects.map((p) => `${p.title}|${p.region}`));
    const regionNames = new Map(tables.scores.map((s) => [String(s.region).toLowerCase(), s.region]));
    expect(regionNames.size).toBe(34);
    for (const n of [...SHOWCASE_PROJECTS, ...ARNHEM_CARDS]) {
      const row = tables.projects.find((p) => p.title === n.title && p.leadOrganisation === n.lead);
      expect(row, n.title).toBeDefined();
    }
    expect(titles.size).toBe(318);
    expect(tables.projects.filter((p) => p.isShowcase === "Ja")).toHaveLength(32);
  });

  it("is plausible: projects starting in 2021 are not started; every organisation used is listed", () => {
    const orgs = new Set(tables.organisations.map((o) => o.name));
    const oct = new Map(tables.records.filter((r) => r.period === "oktober 2020").map((r) => [r.wirNumber, r]));
    for (const p of tables.projects) {
      expect(orgs.has(p.leadOrganisation as string)).toBe(true);
      for (const partner of String(p.partners ?? "").split("; ").filter(Boolean)) expect(orgs.has(partner), partner).toBe(true);
      if (String(p.startDate).startsWith("2021")) expect(oct.get(p.wirNumber as string)?.status).toBe("Nog niet gestart");
      expect(String(p.endDate) >= String(p.startDate)).toBe(true);
      expect(String(p.contactEmail)).toMatch(/\.example$/);
    }
  });
});
