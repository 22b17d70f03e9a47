import { describe, expect, it } from "vitest";
import { chartSvg } from "./chart-svg";
import { wrapLabel } from "./charts";
import type { DocChart } from "./types";

const chart = (layout: DocChart["layout"], stacked = false): DocChart => ({
  title: "Tabel 6 Projectstatus: <maart> & oktober",
  layout,
  stacked,
  series: [
    { key: "a", label: "maart 2020" },
    { key: "b", label: "oktober 2020" },
  ],
  data: [
    { name: "Vroegtijdig gestopt/ helemaal niet gestart", a: 6, b: 1234 },
    { name: "Lopend", a: 237, b: 244 },
  ],
});

describe("chart labels and SVG", () => {
  it("wraps long labels at spaces instead of clipping them", () => {
    expect(wrapLabel("Vroegtijdig gestopt/ helemaal niet gestart", 20)).toEqual(["Vroegtijdig gestopt/", "helemaal niet", "gestart"]);
    expect(wrapLabel("Lopend", 20)).toEqual(["Lopend"]);
    expect(wrapLabel("", 5)).toEqual([""]);
  });

  it.each([["bars"], ["columns"]] as const)("draws %s with every label whole, every number and the legend, text escaped", (layout) => {
    for (const stacked of [false, true]) {
      const { svg, width, height } = chartSvg(chart(layout, stacked));
      expect(svg.startsWith("<svg")).toBe(true);
      expect(width).toBe(760);
      expect(height).toBeGreaterThan(60);
      expect(svg).toContain("&lt;maart&gt; &amp; oktober");
      expect(svg).not.toContain("<maart>");
      for (const part of ["Vroegtijdig", "gestart", "maart 2020", "oktober 2020"]) expect(svg).toContain(part);
      if (stacked) expect(svg).toContain(">1.240<");
      else for (const n of [">6<", ">1.234<", ">237<", ">244<"]) expect(svg).toContain(n);
      expect(svg).toContain('font-family="DejaVu Sans');
    }
  });
});
