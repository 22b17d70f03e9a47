import { describe, expect, it } from "vitest";
import { headlineHref, judgementCellHref, phaseCellHref, projectsHref, rubriekCellHref } from "./links";
import { tinyReport } from "./fixture";

describe("links behind numbers", () => {
  const q = { concessiehouder: "CZ", hoofdrubriek: "TECHNOLOGIE" };
  it("builds the projects list query with repeated values", () => {
    expect(projectsHref({ periode: "2020-10", status: ["FINISHED_SUCCESSFUL", "FINISHED_UNSUCCESSFUL"], concessiehouder: "Z&Z" })).toBe(
      "/projecten?periode=2020-10&concessiehouder=Z%26Z&status=FINISHED_SUCCESSFUL&status=FINISHED_UNSUCCESSFUL",
    );
  });

  it("links a judgement cell to its period and value, the total to all judged projects, never a change", () => {
    const t = tinyReport().tabel6; // rows RUNNING, TOTAAL; columns 2020-03, 2020-10, VERSCHIL
    const href = judgementCellHref(t, "status", q, ["2020-03", "2020-10"]);
    expect(href(0, 0)).toBe("/projecten?periode=2020-03&concessiehouder=CZ&rubriek=TECHNOLOGIE&status=RUNNING");
    expect(href(1, 1)).toBe("/projecten?periode=2020-10&concessiehouder=CZ&rubriek=TECHNOLOGIE&beoordeeld=1");
    expect(href(0, 2)).toBeNull();
    // a row that is not a status (another dimension's table) gets no link
    expect(judgementCellHref(t, "impact", {}, ["2020-10"])(0, 1)).toBeNull();
  });

  it("links Tabel 4 cells to hoofdrubriek × concessiehouder, and region phases to Bijlage 1", () => {
    const r = tinyReport();
    const t4 = {
      columns: [{ key: "CZ", label: "CZ" }, { key: "TOTAAL", label: "Totaal" }, { key: "2020-03", label: "Totaal mrt-20" }, { key: "VERSCHIL", label: "Verschil" }],
      rows: [{ key: "TECHNOLOGIE", label: "Technologie" }, { key: "TOTAAL", label: "Totaal", total: true }],
      values: {},
    };
    const href = rubriekCellHref(t4, {}, r, ["CZ"]);
    expect(href(0, 0)).toBe("/projecten?periode=2020-10&concessiehouder=CZ&rubriek=TECHNOLOGIE&beoordeeld=1");
    expect(href(1, 1)).toBe("/projecten?periode=2020-10&beoordeeld=1");
    expect(href(0, 2)).toBe("/projecten?periode=2020-03&rubriek=TECHNOLOGIE&beoordeeld=1");
    expect(href(0, 3)).toBeNull();
    expect(phaseCellHref(r.tabel1, { region: "zeeland" }, ["2020-03", "2020-10"])(0, 1)).toBe("/rapportage?periode=2020-10&regio=zeeland#bijlage1");
  });

  it("links headline figures", () => {
    expect(headlineHref("scalable", {}, "2020-10")).toBe("/projecten?periode=2020-10&opschaalbaarheid=THIS_REGION_ONLY&opschaalbaarheid=SOME_OTHER_REGIONS&opschaalbaarheid=NATIONAL");
    expect(headlineHref("finished", {}, "2020-10")).toBe("/projecten?periode=2020-10&status=FINISHED_SUCCESSFUL&status=FINISHED_UNSUCCESSFUL");
    expect(headlineHref("newProjects", {}, "2020-10")).toBe("/projecten?periode=2020-10&beoordeeld=1&startVanaf=2020");
    expect(headlineHref("newCrossOrganisational", {}, "2020-10")).toBeNull();
  });
});
