import { describe, expect, it } from "vitest";
import { parseReportQuery, reportSearch } from "./query";

const periods = [
  { code: "2019-03", label: "maart 2019", peildatum: "2019-03-01", state: "CLOSED" },
  { code: "2020-03", label: "maart 2020", peildatum: "2020-03-01", state: "CLOSED" },
  { code: "2020-10", label: "oktober 2020", peildatum: "2020-11-01", state: "CLOSED" },
  // still being filled in: the default stays on the latest closed period
  { code: "2021-03", label: "maart 2021", peildatum: "2021-03-01", state: "OPEN" },
];
const refs = { concessiehouders: ["CZ", "ZK", "Z&Z"], regions: ["zeeland"], hoofdrubrieken: ["TECHNOLOGIE"] };
const parse = (p: Record<string, string | string[] | undefined>, allowVersion = true) => parseReportQuery(p, periods, refs, { allowVersion });

describe("report query", () => {
  it("reads periods in any common spelling and the filters", () => {
    expect(parse({ periode: "oktober 2020", vergelijk: "mrt-20", concessiehouder: "Z&Z", regio: "zeeland", hoofdrubriek: "TECHNOLOGIE", versie: "2" })).toEqual({
      ok: true,
      query: { periodCode: "2020-10", compareCode: "2020-03", concessiehouderCode: "Z&Z", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", versionNumber: 2 },
    });
  });

  it("defaults to the latest period compared with the one before", () => {
    expect(parse({})).toEqual({ ok: true, query: { periodCode: "2020-10", compareCode: "2020-03" } });
    expect(parse({ periode: "2020-03" })).toEqual({ ok: true, query: { periodCode: "2020-03", compareCode: "2019-03" } });
  });

  it("explains an unknown period, a comparison that is not earlier, and malformed values", () => {
    const unknown = parse({ periode: "2031-10", vergelijk: "2020-03" });
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.errors[0]).toBe("De rapportageperiode 2031-10 bestaat niet in Regiotafel. Beschikbaar: maart 2019, maart 2020, oktober 2020, maart 2021.");
    const after = parse({ periode: "2020-03", vergelijk: "2020-10" });
    expect(!after.ok && after.errors).toEqual(["De vergelijkingsperiode (oktober 2020) moet vóór de rapportageperiode (maart 2020) liggen."]);
    const same = parse({ periode: "2020-10", vergelijk: "2020-10" });
    expect(same.ok).toBe(false);
    const junk = parse({ periode: "<script>", vergelijk: ["2020-03", "2019-03"], concessiehouder: "XX", regio: "'; drop", versie: "-1" });
    expect(!junk.ok && junk.errors).toEqual([
      '"<script>" is geen geldige rapportageperiode. Schrijf bijvoorbeeld 2020-10 of oktober 2020.',
      'De parameter "vergelijk" staat meer dan eens in het adres. Kies één waarde.',
      'Onbekende concessiehouder: "XX".',
      "Onbekende (sub)regio: \"'; drop\".",
      '"-1" is geen geldig versienummer.',
    ]);
    expect(parse({ periode: "2019-03" }).ok).toBe(false);
  });

  it("ignores a version where versions do not apply", () => {
    expect(parse({ versie: "x" }, false)).toEqual({ ok: true, query: { periodCode: "2020-10", compareCode: "2020-03" } });
  });

  it("writes the query back in a stable order", () => {
    expect(reportSearch({ periodCode: "2020-10", compareCode: "2020-03", concessiehouderCode: "Z&Z" }, { tabel: "tabel6" })).toBe("periode=2020-10&vergelijk=2020-03&concessiehouder=Z%26Z&tabel=tabel6");
  });
});
