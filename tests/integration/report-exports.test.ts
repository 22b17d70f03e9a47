import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { Ctx } from "@/lib/server/accounts/session";
import ExcelJS from "exceljs";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, useActors } from "../support/actors";
import { createJanuary2021Fixture } from "../support/january-2021-fixture";
import { docxText, zipEntries } from "../support/zip";
import * as J from "../support/january-2021";
import { exportReport } from "@/lib/server/report/export";
import { errorResponse, rawParams } from "@/lib/server/core/boundary";
import type { ErrorBody } from "@/lib/domain/errors";
import { buildSnapshot, resolveReport } from "@/lib/server/report/document";
import { publishReportVersion, saveNarrative, startReportVersion } from "@/lib/server/report/versions";
import { createAssessment, createProject } from "@/tests/support/factories";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/core/errors";
import type { Report } from "@/lib/domain/report/types";

/**
 * The exports of the report page on the January 2021 dataset: the files are parsed back (XLSX with
 * exceljs, DOCX with a small zip reader) and must hold the report's numbers. Also: bad input, the
 * inkoper's own portfolio, and a published version that later data changes do not alter.
 */
const Q = { periode: J.PERIOD, vergelijk: J.COMPARE };

vi.mock("@/lib/server/accounts/session", () => import("../support/session-double"));
const { session } = await import("../support/session-double");
const reportRoute = await import("@/app/api/rapportage/route");

/** GET /api/rapportage?query as the actor of `ctx`: status and parsed body. */
async function reportRequest(ctx: () => Promise<Ctx>, search: URLSearchParams) {
  session.ctx = await ctx();
  const res = await reportRoute.GET(new NextRequest(`http://localhost/api/rapportage?${search}`));
  return { status: res.status, body: (await res.json()) as unknown };
}

async function workbook(buf: Uint8Array | string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}
/** A sheet's rows as arrays of cell values (1-based columns dropped). */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}
const rowLabelled = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label);

for (const backend of testBackends()) {
  describe(`report exports on ${backend.name}`, () => {
    const t = useTestDb(backend);
    beforeAll(() => createJanuary2021Fixture(t.db.prisma), 300_000);
    const actors = useActors(t, ["wir", "inkoperCz", "leader"]);
    const wir = () => ctxOf(t.db, actors.wir);

    it("XLSX: a sheet per table with the January 2021 numbers", async () => {
      const file = await exportReport(wir(), "xlsx", Q);
      expect(file.fileName).toBe("rapportage-2020-10-vs-2020-03.xlsx");
      const wb = await workbook(file.body);
      const names = wb.worksheets.map((w) => w.name);
      expect(names).toEqual(["Rapportage", "Kerncijfers", "Tabel 1", "Tabel 2", "Tabel 3", "Kwaliteitskader", "Tabel 4", "Tabel 5", "Tabel 6", "Tabel 7", "Tabel 8", "Tabel 10", "Tabel 11", "Tabel 12", "Resultaten 1", "Resultaten 2", "Resultaten 3", "Bijlage 1", "Bijlage 2"]);
      // the January 2021 portfolio has no indicators yet: 0 of the selected projects measure one
      expect(rowsOf(wb.getWorksheet("Resultaten 1")!).some((r) => r.some((c) => typeof c === "string" && /^0 van \d+/.test(c)))).toBe(true);
      const t1 = rowsOf(wb.getWorksheet("Tabel 1")!);
      expect(t1[1].slice(0, 5)).toEqual(["Afspraken / convenanten", "mrt-19", "okt-19", "mrt-20", "okt-20"]);
      expect(rowLabelled(t1, "Fase 4: Implementatiefase")!.slice(1, 5)).toEqual([...J.TABEL1["4"]]);
      const t4 = rowsOf(wb.getWorksheet("Tabel 4")!);
      expect(rowLabelled(t4, "Samenwerking in de keten")!.slice(1, 9)).toEqual([...J.TABEL4.SAMENWERKING_KETEN]);
      expect(rowLabelled(t4, "Totaal")!.slice(1, 9)).toEqual([...J.TABEL4.TOTAAL]);
      const t6 = rowsOf(wb.getWorksheet("Tabel 6")!);
      expect(rowLabelled(t6, "Lopend")!.slice(1, 3)).toEqual([...J.TABEL6.RUNNING]);
      expect(rowLabelled(t6, "Afgerond en succesvol verlopen")!.slice(1, 3)).toEqual([...J.TABEL6.FINISHED_SUCCESSFUL]);
      // Tabel 7 compares too: new projects (start 2020 or later) in maart 2020 and the change
      const t7 = rowsOf(wb.getWorksheet("Tabel 7")!);
      expect(t7[1]).toEqual(["Hoofdrubriek", "Start 2020", "Start 2021", "Totaal 2020–2021", "Aandeel", "Totaal nieuw mrt-20", "Verschil", "Start 2018–2019", "Aandeel"]);
      expect(rowLabelled(t7, "Totaal")!.slice(1, 7)).toEqual([83, 30, 113, "100,0%", 63, 50]);
      const t11 = rowsOf(wb.getWorksheet("Tabel 11")!);
      expect(rowLabelled(t11, "Ja, landelijk opschaalbaar")!.slice(1, 3)).toEqual([30, 43]);
      const b1 = rowsOf(wb.getWorksheet("Bijlage 1")!);
      expect(b1.length).toBe(2 + J.REGION_COUNT);
      // the change sentence of each table is on the front sheet
      const front = rowsOf(wb.getWorksheet("Rapportage")!);
      expect(front.find((r) => r[0] === "Tabel 6 Projectstatus")![1]).toMatch(/318/);
    });

    it("DOCX: the whole report with narrative, tables and change sentences", async () => {
      // the versions this test makes are removed again: other tests expect none
      const v = await startReportVersion(wir(), { periodCode: J.PERIOD, compareCode: J.COMPARE });
      try {
        await saveNarrative(wir(), { id: v.id, version: v.version, chapter: "kwaliteitskader", text: "De regio's werken aan het personeelsvraagstuk." });
        const file = await exportReport(wir(), "docx", Q);
        expect(file.fileName).toBe(`rapportage-2020-10-vs-2020-03-versie-${v.number}.docx`);
        const text = docxText(Buffer.from(file.body as Uint8Array));
        expect(text).toContain("3 Verbinding met het kwaliteitskader");
        expect(text).toContain("Kwaliteitskader: projecten per thema");
        expect(text).toContain("De regio's werken aan het personeelsvraagstuk.");
        expect(text).toContain("Tabel 6 Projectstatus");
        expect(text).toMatch(/Lopend\s*237\s*244/);
        expect(text).toMatch(/Samenwerking in de keten\s*14\s*7\s*3\s*1\s*4\s*27\s*2\s*58/);
        expect(text).toMatch(/Fase 4: Samenwerking vanuit visie\s*1\s*2\s*17\s*23/);
        expect(text).toMatch(/Totaal nieuw mrt-20\s*Verschil/);
        expect(text).toContain("starten in 2020 of later, was 63 in maart 2020 (+50)");
        expect(text).toContain("Bijlage 2 Voorbeeldprojecten per regio");
        // published as is: a cover, contents, page numbers, and every table's chart as an image drawn on the server
        expect(text).toContain("VOORTGANGSRAPPORTAGE");
        expect(text).toContain(`Versie: Versie ${v.number}, concept`);
        expect(text).toContain("Uitgegeven door: Waardigheid en trots in de regio (WIR)");
        const files = zipEntries(file.body as Buffer);
        expect(files.get("word/document.xml")!.toString("utf8")).toContain("TOC \\");
        const footers = [...files.keys()].filter((k) => /^word\/footer\d*\.xml$/.test(k)).map((k) => files.get(k)!.toString("utf8"));
        expect(footers.some((f) => f.includes("NUMPAGES"))).toBe(true);
        const images = [...files.keys()].filter((k) => k.startsWith("word/media/") && !k.endsWith("/")).map((k) => files.get(k)!);
        expect(images).toHaveLength(12);
        for (const png of images) {
          expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
          expect(png.readUInt32BE(16)).toBe(1520); // drawn at twice the 760 px width
        }
        // text is drawn with the bundled font, not left out: a chart with labels has far more ink than bars alone
        expect(Math.min(...images.map((p) => p.length))).toBeGreaterThan(15_000);
        // chapters without narrative or tables are left out, and nothing says "no narrative yet"
        expect(text).not.toContain("6 Doorkijk naar de volgende periode");
        expect(text).not.toContain("Nog geen toelichting");
      } finally {
        await t.db.prisma.reportVersion.delete({ where: { id: v.id } });
      }
    });

    it("CSV per table, and JSON with the report's stable keys", async () => {
      const csv = await exportReport(wir(), "csv", { ...Q, tabel: "tabel8" });
      expect(csv.fileName).toBe("rapportage-2020-10-tabel8.csv");
      const lines = String(csv.body).replace(/^\uFEFF/, "").split("\r\n");
      expect(lines[0]).toBe('"Mate van impact";"mrt-20";"okt-20";"Verschil"');
      expect(lines).toContain('"Op gemiddelde schaal met veel betekenis";80;111;31');
      const json = JSON.parse(String((await exportReport(wir(), "json", Q)).body)) as Report;
      expect(json.tabel6.values.RUNNING).toMatchObject({ [J.COMPARE]: 237, [J.PERIOD]: 244 });
      expect(json.period.code).toBe(J.PERIOD);
    });

    it("bad input: a clear Dutch message, never a crash", async () => {
      await expect(exportReport(wir(), "pdf", Q)).rejects.toThrow("Onbekend exportformaat");
      await expect(exportReport(wir(), "xlsx", { periode: "2031-10", vergelijk: J.COMPARE })).rejects.toThrow("bestaat niet in Regiotafel");
      await expect(exportReport(wir(), "xlsx", { periode: J.COMPARE, vergelijk: J.PERIOD })).rejects.toThrow("moet vóór de rapportageperiode");
      await expect(exportReport(wir(), "xlsx", { periode: "oktober%%", vergelijk: J.COMPARE })).rejects.toBeInstanceOf(ValidationError);
      await expect(exportReport(wir(), "xlsx", { ...Q, periode: [J.PERIOD, J.COMPARE] })).rejects.toThrow("mag maar één keer voorkomen");
      await expect(exportReport(wir(), "csv", Q)).rejects.toThrow("Kies een tabel");
      await expect(exportReport(wir(), "csv", { ...Q, tabel: "tabel9" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(exportReport(wir(), "xlsx", { ...Q, versie: "abc" })).rejects.toThrow("geen geldig versienummer");
      await expect(exportReport(wir(), "xlsx", { ...Q, versie: "77" })).rejects.toBeInstanceOf(NotFoundError);
      // out of scope: an inkoper asking for another concessiehouder or region
      const inkoper = ctxOf(t.db, actors.inkoperCz);
      await expect(exportReport(inkoper, "xlsx", { ...Q, concessiehouder: "ZK" })).rejects.toThrow("Deze concessiehouder valt buiten uw portefeuille.");
      await expect(exportReport(inkoper, "xlsx", { ...Q, regio: "utrecht" })).rejects.toThrow("buiten uw portefeuille");
      await expect(exportReport(inkoper, "xlsx", { ...Q, versie: "1" })).rejects.toBeInstanceOf(ForbiddenError);
      // no report permission at all
      await expect(exportReport(ctxOf(t.db, actors.leader), "xlsx", Q)).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("one report query: a bad query fails the same way on the JSON API and on every export", async () => {
      const queries = ["periode=2031-10", "periode=2020-03&vergelijk=2020-10", "periode=gisteren", "regio=atlantis", "concessiehouder=ZK", "periode=2020-10&foo=1", "vergelijk=2020-03"];
      for (const query of queries) {
        const api = await reportRequest(async () => ctxOf(t.db, actors.inkoperCz), new URLSearchParams(query));
        expect(api.status, query).toBeGreaterThanOrEqual(400);
        for (const format of ["json", "xlsx", "docx"]) {
          const error = await exportReport(ctxOf(t.db, actors.inkoperCz), format, rawParams(new URLSearchParams(query))).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error, `${format}?${query}`).toBeInstanceOf(Error);
          expect((error as Error).message, `${format}?${query}`).toBe((api.body as ErrorBody).message);
          expect(errorResponse(error).status, `${format}?${query}`).toBe(api.status);
        }
      }
    });

    it("an inkoper gets its own portfolio in detail and national figures as aggregates", async () => {
      const wb = await workbook((await exportReport(ctxOf(t.db, actors.inkoperCz), "xlsx", Q)).body);
      const front = rowsOf(wb.getWorksheet("Rapportage")!);
      expect(front.find((r) => r[0] === "Reikwijdte")![1]).toBe("Concessiehouder CZ");
      expect(wb.worksheets.map((w) => w.name)).toContain("Tabel 6 landelijk");
      expect(rowLabelled(rowsOf(wb.getWorksheet("Tabel 6 landelijk")!), "Lopend")!.slice(1, 3)).toEqual([...J.TABEL6.RUNNING]);
      const t4 = rowsOf(wb.getWorksheet("Tabel 4")!);
      expect(t4[1]).not.toContain("VGZ");
      expect(rowLabelled(t4, "Totaal")![1]).toBe(J.TABEL4.TOTAAL[0]);
      const b1 = rowsOf(wb.getWorksheet("Bijlage 1")!);
      expect(b1.slice(2).every((r) => r[1] === "CZ")).toBe(true);
      expect(b1.length).toBe(2 + 6);
    });

    it("a published version is frozen: later data changes do not alter it", async () => {
      const started = await startReportVersion(wir(), { periodCode: J.PERIOD, compareCode: J.COMPARE });
      const { version } = await resolveReport(wir(), { period: J.PERIOD, compare: J.COMPARE, version: started.number });
      expect(version?.state).toBe("DRAFT");
      await publishReportVersion(wir(), { id: version!.id, version: version!.version }, (v) => buildSnapshot(wir(), v));
      const before = await exportReport(wir(), "csv", { ...Q, versie: String(version!.number), tabel: "tabel6" });

      // a new project judged "Lopend" in oktober 2020 after publication
      const p = await createProject(t.db.prisma, { title: "Na publicatie", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE" });
      await createAssessment(t.db.prisma, { projectId: p.id, periodCode: J.PERIOD, status: "RUNNING" });
      try {
        const after = await exportReport(wir(), "csv", { ...Q, versie: String(version!.number), tabel: "tabel6" });
        expect(after.body).toBe(before.body);
        expect(String(after.body)).toContain('"Lopend";237;244');
        // the JSON API serves the version's frozen report for ?versie=, the live one without
        const frozen = await reportRequest(async () => wir(), new URLSearchParams(`periode=${J.PERIOD}&versie=${version!.number}`));
        expect((frozen.body as Report).tabel6.values.RUNNING[J.PERIOD]).toBe(244);
        const current = await reportRequest(async () => wir(), new URLSearchParams(`periode=${J.PERIOD}`));
        expect((current.body as Report).tabel6.values.RUNNING[J.PERIOD]).toBe(245);
        expect((await reportRequest(async () => ctxOf(t.db, actors.inkoperCz), new URLSearchParams(`versie=${version!.number}`))).status).toBe(403);
        // the live report does change
        const live = await exportReport(ctxOf(t.db, actors.inkoperCz), "json", Q);
        expect((JSON.parse(String(live.body)) as Report).tabel6.national!.values.RUNNING[J.PERIOD]).toBe(245);
      } finally {
        await t.db.prisma.project.delete({ where: { id: p.id } });
        await t.db.prisma.reportVersion.delete({ where: { id: started.id } });
      }
    });
  });
}
