import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHEETS, SHEET_ORDER } from "./format";

describe("docs/import-format.md", () => {
  const doc = fs.readFileSync(path.join(process.cwd(), "docs", "import-format.md"), "utf8");
  it("documents every sheet and every column", () => {
    for (const k of SHEET_ORDER) {
      expect(doc).toContain(`Blad "${SHEETS[k].name}"`);
      for (const c of Object.values(SHEETS[k].columns)) expect(doc, c.header).toContain(`| ${c.header} | ${c.required ? "ja" : "nee"} |`);
    }
  });
});
