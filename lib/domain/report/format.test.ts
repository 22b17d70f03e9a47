import { describe, expect, it } from "vitest";
import { formatCell, formatChange, formatCount, formatPercent, formatSigned } from "./format";

describe("the report's one number formatter", () => {
  it("writes shares with one decimal everywhere, so a table and its sentence agree", () => {
    expect(formatPercent(0.046)).toBe("4,6%");
    expect(formatPercent(31 / 38)).toBe("81,6%");
    expect(formatPercent(1)).toBe("100,0%");
    expect(formatPercent(Number.NaN)).toBe("–");
  });
  it("writes counts, changes and cells in Dutch notation", () => {
    expect(formatCount(31800)).toBe("31.800");
    expect(formatSigned(19)).toBe("+19");
    expect(formatSigned(-1200)).toBe("−1.200");
    expect(formatSigned(0)).toBe("0");
    expect(formatChange(268, 318, "maart 2020")).toBe("was 268 in maart 2020 (+50)");
    expect(formatChange(5, 5, "maart 2020")).toBe("evenveel als in maart 2020");
    expect(formatCell(1234)).toBe("1.234");
    expect(formatCell("12 van 17")).toBe("12 van 17");
    expect(formatCell(null)).toBe("");
  });
});
