import { describe, expect, it } from "vitest";
import { parseReportQuery, reportSearch } from "./query";

describe("the report query", () => {
  it("reads periods in any common spelling, codes in their canonical case", () => {
    expect(parseReportQuery({ periode: "oktober 2020", vergelijk: "mrt-20", concessiehouder: "z&z", regio: "Zeeland", hoofdrubriek: "technologie", thema: "persoonsgerichte_zorg" })).toEqual({
      ok: true,
      query: { period: "2020-10", compare: "2020-03", concessiehouder: "Z&Z", region: "zeeland", hoofdrubriek: "TECHNOLOGIE", theme: "PERSOONSGERICHTE_ZORG" },
    });
    expect(parseReportQuery(new URLSearchParams("periode=&regio="))).toEqual({ ok: true, query: {} });
  });

  it("reads a version number and refuses unknown parameters", () => {
    expect(parseReportQuery({ periode: "2020-10", versie: "2" })).toEqual({ ok: true, query: { period: "2020-10", version: 2 } });
    expect(parseReportQuery({ versie: "-1" })).toMatchObject({ ok: false, message: '"-1" is geen geldig versienummer.' });
    expect(parseReportQuery({ tabel: "tabel6" })).toMatchObject({
      ok: false,
      fieldErrors: { tabel: ['Onbekende parameter "tabel". Toegestaan: periode, vergelijk, concessiehouder, regio, hoofdrubriek, thema, versie.'] },
    });
  });

  it("gives a Dutch message per parameter, the first as the message", () => {
    const bad = parseReportQuery({ periode: "<script>", vergelijk: ["2020-03", "2019-03", "2018-03"], regio: "'; drop" });
    expect(bad).toEqual({
      ok: false,
      message: '"<script>" is geen periode. Gebruik bijvoorbeeld 2020-10 of okt-20.',
      fieldErrors: {
        periode: ['"<script>" is geen periode. Gebruik bijvoorbeeld 2020-10 of okt-20.'],
        vergelijk: ['Parameter "vergelijk" mag maar één keer voorkomen.'],
        regio: ["\"'; drop\" is geen geldige code van een regio."],
      },
    });
    expect(parseReportQuery({ periode: "2020-03", vergelijk: "2020-10" })).toMatchObject({ ok: false, message: "De vergelijkingsperiode moet vóór de rapportageperiode liggen." });
  });

  it("writes the query back in a stable order that parses to the same query", () => {
    const q = { period: "2020-10", compare: "2020-03", concessiehouder: "Z&Z", version: 3 };
    const search = reportSearch(q, { tabel: "tabel6" });
    expect(search).toBe("periode=2020-10&vergelijk=2020-03&concessiehouder=Z%26Z&versie=3&tabel=tabel6");
    expect(parseReportQuery(new URLSearchParams(reportSearch(q)))).toEqual({ ok: true, query: q });
  });
});
