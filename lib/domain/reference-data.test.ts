import { describe, expect, it } from "vitest";
import { CONCESSIEHOUDERS, HOOFDRUBRIEKEN, KWALITEITSKADER_THEMES, PERIODS, REGIONS, ZORGKANTOORREGIOS } from "./reference-data";

describe("reference data of 2020–2021", () => {
  it("has 8 concessiehouders, 7 supported by WIR, in the column order of Tabel 4", () => {
    expect(CONCESSIEHOUDERS).toHaveLength(8);
    expect(CONCESSIEHOUDERS.filter((c) => c.supported).map((c) => c.name)).toEqual([
      "CZ",
      "Zilveren Kruis (De Friesland)",
      "ENO",
      "Menzis",
      "VGZ",
      "Zilveren Kruis",
      "Z&Z",
    ]);
  });
  it("has 31 zorgkantoorregio's with unique CBS codes, each held by a known concessiehouder", () => {
    expect(ZORGKANTOORREGIOS).toHaveLength(31);
    expect(new Set(ZORGKANTOORREGIOS.map((z) => z.cbsCode)).size).toBe(31);
    const codes = new Set(CONCESSIEHOUDERS.map((c) => c.code));
    expect(ZORGKANTOORREGIOS.every((z) => codes.has(z.concessiehouder))).toBe(true);
  });
  it("tracks 34 (sub)regions in 30 zorgkantoorregio's (not DSW's)", () => {
    expect(REGIONS).toHaveLength(34);
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(34);
    const parents = new Set(REGIONS.map((r) => r.cbsCode));
    expect(parents.size).toBe(30);
    expect(parents.has("ZK33")).toBe(false);
  });
  it("splits Arnhem, Nijmegen and Rotterdam into subregions", () => {
    const sub = (cbs: string) => REGIONS.filter((r) => r.cbsCode === cbs).map((r) => r.name);
    expect(sub("ZK04")).toEqual(["Arnhem", "Food Valley", "Achterhoek"]);
    expect(sub("ZK16")).toEqual(["Nijmegen", "Rivierenland"]);
    expect(sub("ZK20")).toEqual(["Rotterdam", "Capelle/Krimpen"]);
  });
  it("counts regions per concessiehouder as WIR does", () => {
    const byCh = (code: string) =>
      REGIONS.filter((r) => ZORGKANTOORREGIOS.find((z) => z.cbsCode === r.cbsCode)?.concessiehouder === code).length;
    expect([byCh("CZ"), byCh("ZK-DF"), byCh("ENO"), byCh("MENZIS"), byCh("VGZ"), byCh("ZZ"), byCh("ZK")]).toEqual([6, 1, 1, 5, 8, 2, 11]);
  });
  it("has the 11 hoofdrubrieken and 8 themes", () => {
    expect(HOOFDRUBRIEKEN).toHaveLength(11);
    expect(HOOFDRUBRIEKEN[3].label).toBe("Efficiënt werken");
    expect(KWALITEITSKADER_THEMES).toHaveLength(8);
    expect(KWALITEITSKADER_THEMES.filter((t) => t.group === "CONTENT")).toHaveLength(4);
  });
  it("has the four periods of the report, in order", () => {
    expect(PERIODS.map((p) => p.shortLabel)).toEqual(["mrt-19", "okt-19", "mrt-20", "okt-20"]);
    expect(PERIODS.find((p) => p.code === "2020-10")?.peildatum).toBe("2020-11-01");
  });
});
