import { describe, expect, it } from "vitest";
import { checkSaves, parseActionAnswer, parseLoadArgs, percentile, readerRequests, responseProblem, roleCounts, summarise, type SentSave } from "./load-plan";

describe("parseLoadArgs", () => {
  it("uses the issue's defaults: 10× the demo portfolio, 60 s, 50 users, one instance", () => {
    expect(parseLoadArgs([])).toMatchObject({ scale: 10, duration: 60, users: 50, instances: 1, writers: 4, keepDb: false, poolSize: null });
  });
  it("reads the options and refuses nonsense with a Dutch message", () => {
    expect(parseLoadArgs(["--scale=1", "--duration=20", "--instances=2", "--pool=20", "--keep-db"])).toMatchObject({ scale: 1, duration: 20, instances: 2, poolSize: 20, keepDb: true });
    expect(() => parseLoadArgs(["--scale=0"])).toThrow(/--scale moet een geheel getal/);
    expect(() => parseLoadArgs(["--duration=abc"])).toThrow(/--duration/);
    expect(() => parseLoadArgs(["--writers=3"])).toThrow(/even/);
  });
});

describe("roleCounts", () => {
  it("divides the users over the roles, with room for the writers among the leaders", () => {
    expect(roleCounts(50, 4)).toEqual({ WIR: 10, INKOPER: 25, PROJECTLEIDER: 15 });
    const small = roleCounts(4, 2);
    expect(small.WIR + small.INKOPER + small.PROJECTLEIDER).toBe(4);
    expect(small.PROJECTLEIDER).toBeGreaterThanOrEqual(2);
  });
});

describe("readerRequests", () => {
  it("gives WIR and inkopers the report, portfolio, project, review and catalogue pages of their scope", () => {
    const list = readerRequests("INKOPER", ["a", "b", "c"], 0);
    expect(list.map((r) => r.route)).toEqual(["/dashboard", "/api/rapportage", "/portfolio", "/projecten/[id]", "/beoordelen", "/beoordelen/[projectId]", "/projecten/[id]", "/projectenbank", "/api/projectenbank"]);
    expect(list.map((r) => r.path)).toContain("/beoordelen/b");
  });
  it("gives leaders their own projects and updates, and rotates the loop by the offset", () => {
    const list = readerRequests("PROJECTLEIDER", ["p"], 1);
    expect(list[0].route).toBe("/projecten/[id]");
    expect(list.map((r) => r.path)).toContain("/projecten/p/update");
    expect(() => readerRequests("PROJECTLEIDER", [], 0)).toThrow(/zonder projecten/);
  });
});

describe("responseProblem", () => {
  it("accepts only a 200 without a failed streamed part", () => {
    expect(responseProblem(200, "<html>ok</html>")).toBeNull();
    expect(responseProblem(307, "")).toBe("HTTP 307");
    expect(responseProblem(500, undefined)).toBe("HTTP 500");
    expect(responseProblem(undefined as unknown as number, undefined)).toBe("geen antwoord");
    expect(responseProblem(200, '<template data-dgst="123"></template>')).toMatch(/renderen/);
  });
});

describe("parseActionAnswer", () => {
  it("finds the action's result among the Flight lines", () => {
    const body = '0:{"a":"$@1","f":"","b":"abc"}\n1:{"ok":true,"data":{"id":"u1","state":"DRAFT","version":3},"message":"Opgeslagen."}\n';
    expect(parseActionAnswer(body)).toEqual({ ok: true, data: { id: "u1", state: "DRAFT", version: 3 } });
    expect(parseActionAnswer('1:{"ok":false,"code":"conflict","message":"Iemand anders","fieldErrors":{}}')).toEqual({ ok: false, code: "conflict", message: "Iemand anders" });
  });
  it("returns null for anything else", () => {
    expect(parseActionAnswer("<html>Er ging iets mis</html>")).toBeNull();
    expect(parseActionAnswer("1:{broken")).toBeNull();
  });
});

describe("percentile and summarise", () => {
  it("uses the nearest rank", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
  it("groups per route with errors and rate", () => {
    const { routes, total } = summarise(
      [
        { route: "/a", ms: 10, error: null },
        { route: "/b", ms: 30, error: "HTTP 500" },
        { route: "/a", ms: 20, error: null },
      ],
      2,
    );
    expect(routes.map((r) => [r.route, r.requests, r.errors, r.perSecond, r.max])).toEqual([
      ["/a", 2, 0, 1, 20],
      ["/b", 1, 1, 0.5, 30],
    ]);
    expect(total).toMatchObject({ requests: 3, errors: 1, p50: 20 });
  });
});

describe("checkSaves", () => {
  const save = (version: number, writer = 0): SentSave => ({ projectId: "p", writer, version, progress: `tekst ${version}` });
  const stored = (version: number, progress = `tekst ${version}`, auditRows = version) => ({ projectId: "p", version, progress, auditRows });
  it("passes when every confirmed save is one version and one audit row", () => {
    expect(checkSaves("p", [save(1, 0), save(2, 1), save(3, 0)], [], stored(3))).toEqual([]);
  });
  it("allows a save whose answer never came to have been applied, or not", () => {
    const lost = { projectId: "p", writer: 1, progress: "zonder antwoord" };
    expect(checkSaves("p", [save(1), save(2)], [lost], stored(2))).toEqual([]);
    expect(checkSaves("p", [save(1), save(3)], [lost], stored(3))).toEqual([]);
    expect(checkSaves("p", [save(1)], [lost], stored(2, "zonder antwoord"))).toEqual([]);
    expect(checkSaves("p", [], [lost], null)).toEqual([]);
  });
  it("reports lost and doubled writes", () => {
    expect(checkSaves("p", [save(1), save(2)], [], stored(1)).join(" ")).toMatch(/verloren/);
    expect(checkSaves("p", [save(1, 0), save(1, 1)], [], stored(2, "tekst 1")).join(" ")).toMatch(/twee keer bevestigd/);
    expect(checkSaves("p", [save(1)], [], stored(2, "tekst 1")).join(" ")).toMatch(/dubbel/);
    expect(checkSaves("p", [save(1)], [], stored(1, "tekst 1", 2)).join(" ")).toMatch(/2 auditregels/);
    expect(checkSaves("p", [save(1)], [], null)[0]).toMatch(/verloren/);
    expect(checkSaves("p", [save(1)], [], stored(1, "iets anders"))[0]).toMatch(/niet die van de opslag/);
    expect(checkSaves("p", [], [], stored(1))[0]).toMatch(/zonder opslag/);
  });
});
