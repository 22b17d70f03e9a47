import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { actionFailure, errorBody, errorResponse, fileResponse, queryProblems } from "./boundary";
import { ConflictError, ForbiddenError, NotAuthenticatedError, NotFoundError, TooLargeError, TooManyRequestsError, ValidationError } from "./errors";
import { ERROR_STATUS, SESSION_EXPIRED_MESSAGE, UNEXPECTED_MESSAGE, errorBodyOf } from "../../domain/errors";

describe("the one error boundary", () => {
  it.each([
    [new ValidationError("Niet goed ingevuld.", { titel: ["Vul een titel in."] }), 400, "validation", "Niet goed ingevuld.", { titel: ["Vul een titel in."] }],
    [new NotAuthenticatedError(), 401, "unauthenticated", SESSION_EXPIRED_MESSAGE, {}],
    [new ForbiddenError(), 403, "forbidden", "U heeft geen toegang tot deze gegevens of handeling.", {}],
    [new NotFoundError("Regio atlantis is onbekend."), 404, "notFound", "Regio atlantis is onbekend.", {}],
    [new ConflictError(), 409, "conflict", new ConflictError().message, {}],
    [new TooLargeError("Het bestand is te groot."), 413, "tooLarge", "Het bestand is te groot.", {}],
    [new TooManyRequestsError(), 429, "tooManyRequests", "Te veel pogingen. Wacht even en probeer het dan opnieuw.", {}],
  ])("%s → HTTP %i with the one body", async (error, status, code, message, fieldErrors) => {
    expect(error.status).toBe(status);
    const res = errorResponse(error);
    expect(res.status).toBe(status);
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    expect(await res.json()).toEqual({ code, message, fieldErrors });
    expect(actionFailure(error, { titel: "x" })).toEqual({ ok: false, code, message, fieldErrors, values: { titel: "x" } });
  });

  it("answers anything else with 500 and a message that leaks nothing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = errorResponse(new Error("connection to 10.0.0.5 refused; password=geheim"));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ code: "error", message: UNEXPECTED_MESSAGE, fieldErrors: {} });
    expect(text).not.toContain("geheim");
    expect(errorBody("a string thrown").code).toBe("error");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("tells a client when to try again after too many attempts", () => {
    expect(errorResponse(new TooManyRequestsError(undefined, 30)).headers.get("Retry-After")).toBe("30");
  });

  it("gives a page the messages of a query problem and rethrows everything else", () => {
    expect(queryProblems(new ValidationError("Ongeldig.", { query: ["Eerste.", "Tweede."] }))).toEqual(["Eerste.", "Tweede."]);
    expect(queryProblems(new ValidationError("Ongeldig."))).toEqual(["Ongeldig."]);
    expect(queryProblems(new ForbiddenError("Niet van u."))).toEqual(["Niet van u."]);
    expect(queryProblems(new NotFoundError("Onbekend."))).toEqual(["Onbekend."]);
    const bug = new TypeError("x is undefined");
    expect(() => queryProblems(bug)).toThrow(bug);
    expect(() => queryProblems(new NotAuthenticatedError())).toThrow(NotAuthenticatedError);
  });

  it("every code has a status, and every status maps back to its code for a client", () => {
    for (const [code, status] of Object.entries(ERROR_STATUS)) expect(errorBodyOf(status, null).code).toBe(code);
  });

  it("a client reads a 401 without the one body (the platform answered) as an expired session", () => {
    expect(errorBodyOf(401, { error: "Unauthorized" })).toEqual({ code: "unauthenticated", message: SESSION_EXPIRED_MESSAGE, fieldErrors: {} });
    expect(errorBodyOf(502, null)).toEqual({ code: "error", message: UNEXPECTED_MESSAGE, fieldErrors: {} });
    expect(errorBodyOf(400, { code: "validation", message: "Kies een bestand.", fieldErrors: { bestand: ["Kies een bestand."] } })).toEqual({
      code: "validation",
      message: "Kies een bestand.",
      fieldErrors: { bestand: ["Kies een bestand."] },
    });
  });
});

describe("the one download response", () => {
  it("serves any export file as an attachment with a safe name, never cached", async () => {
    const res = fileResponse({ body: "a;b\r\n", contentType: "text/csv; charset=utf-8", fileName: 'rapport "okt"\r\nX-Evil: 1/../é.csv' });
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="rapport-okt-X-Evil-1-..-e.csv"');
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(await res.text()).toBe("a;b\r\n");
    const bytes = fileResponse({ body: new Uint8Array([80, 75, 3, 4]), contentType: "application/zip", fileName: "x.xlsx" });
    expect(new Uint8Array(await bytes.arrayBuffer())).toEqual(new Uint8Array([80, 75, 3, 4]));
  });
});

describe("no other error mapper", () => {
  const root = path.resolve(__dirname, "../../..");
  const files = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : files(rel);
      return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
    });

  it("no `instanceof …Error` outside lib/server/core/boundary.ts (app, components, lib, scripts, proxy)", () => {
    const offenders = ["app", "components", "lib", "scripts"]
      .flatMap(files)
      .concat("proxy.ts")
      .filter((f) => f !== path.join("lib", "server", "core", "boundary.ts"))
      .filter((f) => /instanceof\s+[\w.]*\w+Error\b/.test(fs.readFileSync(path.join(root, f), "utf8").replace(/instanceof\s+Error\b/g, "")));
    expect(offenders).toEqual([]);
  });
});
