import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS, pageWindow, parseProjectListQuery, projectListCsv, projectListSearch, type ProjectListRow } from "./project-list";
import { JUDGEMENT_FIELDS, LIST_FIELDS, PROJECT_FIELDS } from "./fields";

describe("the project lists' URL parameters", () => {
  it("reads every filter, sort and page parameter under its one name", () => {
    const { query, problems } = parseProjectListQuery(
      new URLSearchParams("q=%20zorg%20&regio=zeeland&concessiehouder=CZ&rubriek=TECHNOLOGIE&status=RUNNING&impact=GEEN&delen=YES&opschaalbaarheid=NATIONAL&update=SUBMITTED&traject=EXECUTION&stilstand=1&periode=2020-10&sort=daysInStage&dir=desc&pagina=3&per=50"),
    );
    expect(problems).toEqual([]);
    expect(query).toEqual({
      q: "zorg",
      regio: "zeeland",
      concessiehouder: "CZ",
      rubriek: "TECHNOLOGIE",
      status: ["RUNNING"],
      impact: ["GEEN"],
      delen: ["YES"],
      opschaalbaarheid: ["NATIONAL"],
      update: ["SUBMITTED"],
      traject: ["EXECUTION"],
      stilstand: "1",
      periode: "2020-10",
      sort: "daysInStage",
      dir: "desc",
      pagina: 3,
      per: 50,
    });
  });

  it("accepts the old names as aliases, so bookmarks keep working", () => {
    const { query, problems } = parseProjectListQuery({ ch: "CZ", opschaal: "NATIONAL", hoofdrubriek: "TECHNOLOGIE", open: "1" });
    expect(problems).toEqual([]);
    expect(query).toEqual({ concessiehouder: "CZ", opschaalbaarheid: ["NATIONAL"], rubriek: "TECHNOLOGIE", onvolledig: "1" });
    // written back, only the one names appear
    expect(projectListSearch(query)).toBe("?concessiehouder=CZ&rubriek=TECHNOLOGIE&opschaalbaarheid=NATIONAL&onvolledig=1");
  });

  it("takes several values of an enumeration (links from the report) and keeps the good ones of a mixed list", () => {
    const { query, problems } = parseProjectListQuery({ status: ["FINISHED_SUCCESSFUL", "FINISHED_UNSUCCESSFUL", "FINISHED_SUCCESSFUL"], impact: ["UNKNOWN", "HUGE"] });
    expect(query.status).toEqual(["FINISHED_SUCCESSFUL", "FINISHED_UNSUCCESSFUL"]);
    expect(query.impact).toEqual(["UNKNOWN"]);
    expect(problems).toEqual(['Onbekende waarde "HUGE" voor mate van impact genegeerd.']);
  });

  it("ignores bad values (the default applies) and says so in Dutch", () => {
    const { query, problems } = parseProjectListQuery(
      new URLSearchParams("status=NONSENSE&per=7&pagina=0&sort=colour&dir=up&periode=oktober&regio=%3Cscript%3E&startVanaf=1850&stilstand=ja"),
    );
    expect(query).toEqual({});
    // in the order of the address
    expect(problems).toEqual([
      'Onbekende waarde "NONSENSE" voor projectstatus genegeerd.',
      'Ongeldige waarde "7" voor aantal per pagina genegeerd; de standaardwaarde geldt.',
      'Ongeldige waarde "0" voor pagina genegeerd; de standaardwaarde geldt.',
      'Ongeldige waarde "colour" voor sortering genegeerd; de standaardwaarde geldt.',
      'Ongeldige waarde "up" voor sorteerrichting genegeerd; de standaardwaarde geldt.',
      'Ongeldige waarde "oktober" voor periode genegeerd; de standaardwaarde geldt.',
      'Ongeldige waarde "<script>" voor (sub)regio genegeerd; de standaardwaarde geldt.',
      'Ongeldige waarde "1850" voor startjaar genegeerd; de standaardwaarde geldt.',
      'Ongeldige waarde "ja" voor stilstand genegeerd; de standaardwaarde geldt.',
    ]);
  });

  it("ignores empty values and unknown parameters without a message", () => {
    expect(parseProjectListQuery({ regio: "", q: "  ", formaat: "csv", utm_source: "mail" })).toEqual({ query: {}, problems: [] });
  });

  it("writes a query back with repeated values and without page 1", () => {
    expect(projectListSearch({ status: ["RUNNING", "GEEN"], pagina: 1, per: 25 })).toBe("?status=RUNNING&status=GEEN&per=25");
    expect(projectListSearch({ regio: "zeeland", pagina: 2 }, { pagina: undefined, sort: "title" })).toBe("?regio=zeeland&sort=title");
    expect(projectListSearch({})).toBe("");
  });
});

describe("pageWindow", () => {
  it("says which rows a page covers and keeps the page within range", () => {
    expect(pageWindow(120, 2, 25)).toEqual({ page: 2, pages: 5, size: 25, offset: 25, from: 26, to: 50 });
    expect(pageWindow(120, 9, 25)).toMatchObject({ page: 5, from: 101, to: 120 });
    expect(pageWindow(0, 3, 25)).toMatchObject({ page: 1, pages: 1, from: 0, to: 0 });
  });
});

describe("the portfolio export", () => {
  const row: ProjectListRow = {
    id: "p1",
    wirNumber: "WIR-0001",
    title: "=SUM(A1)",
    lifecycle: "ACTIVE",
    isPublic: false,
    regionCode: "zeeland",
    regionName: "Zeeland",
    concessiehouderName: "CZ",
    hoofdrubriekLabel: "Technologie",
    inScope: true,
    status: "RUNNING",
    impact: null,
    sharing: null,
    scalability: "NATIONAL",
    careOrgCount: 4,
    updateState: null,
    trajectStage: "EXECUTION",
    stageSince: "2020-01-15",
    daysInStage: 260,
  };

  it("takes its headers from lib/domain/fields.ts", () => {
    expect(EXPORT_COLUMNS.map((c) => c.header)).toEqual([
      PROJECT_FIELDS.wirNumber.label,
      PROJECT_FIELDS.title.label,
      PROJECT_FIELDS.region.label,
      LIST_FIELDS.concessiehouder.label,
      PROJECT_FIELDS.hoofdrubriek.label,
      JUDGEMENT_FIELDS.status.label,
      JUDGEMENT_FIELDS.impact.label,
      JUDGEMENT_FIELDS.sharing.label,
      JUDGEMENT_FIELDS.scalability.label,
      JUDGEMENT_FIELDS.careOrgCount.label,
      LIST_FIELDS.updateState.label,
      LIST_FIELDS.trajectStage.label,
      LIST_FIELDS.daysInStage.label,
    ]);
  });

  it("writes labels, not codes, and neutralises formulas", () => {
    const lines = projectListCsv([row]).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      '"WIR-nummer";"Titel";"(Sub)regio";"Concessiehouder";"Hoofdrubriek";"Projectstatus";"Mate van impact";"Delen van resultaten";"Opschaalbaarheid";"Aantal betrokken zorgorganisaties";"Voortgangsupdate";"Trajectfase";"Dagen in fase"',
    );
    // every text cell quoted, numbers bare
    expect(lines[1]).toBe(`"WIR-0001";"'=SUM(A1)";"Zeeland";"CZ";"Technologie";"Lopend";;;"Ja, landelijk opschaalbaar";4;"Geen";"Uitvoering";260`);
  });
});
