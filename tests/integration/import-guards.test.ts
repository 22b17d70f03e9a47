import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { zipSync } from "fflate";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { MAX_IMPORT_BYTES } from "@/lib/domain/import/format";

/**
 * The upload guards as an uploader meets them on /api/import: a crafted file is answered with a
 * Dutch reason in the import report and nothing is written; a body larger than allowed is a 413
 * however it is sent. Only the session is a test double.
 */
vi.mock("@/lib/server/accounts/session", () => import("../support/session-double"));
const { session } = await import("../support/session-double");
const importRoute = await import("@/app/api/import/route");

type Report = { ok: boolean; applied: boolean; issues: { sheet: string; reason: string }[] };

function post(file: { name: string; bytes: Uint8Array }): NextRequest {
  const form = new FormData();
  form.append("bestand", new File([file.bytes as BlobPart], file.name));
  return new NextRequest("http://localhost/api/import", { method: "POST", body: form });
}

/** A body streamed in chunks without Content-Length, as a chunked upload arrives. */
function chunked(totalBytes: number): NextRequest {
  const chunk = new Uint8Array(1024 * 1024);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return new NextRequest("http://localhost/api/import", {
    method: "POST",
    body,
    headers: { "content-type": "multipart/form-data; boundary=x" },
    duplex: "half",
  } as RequestInit & { duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]);
}

for (const backend of testBackends()) {
  describe(`upload guards on ${backend.name}`, () => {
    const t = useTestDb(backend);
    beforeAll(async () => {
      session.ctx = ctxOf(t.db, await makeActor(t.db, [{ role: "WIR" }]));
    });

    it("a workbook that unpacks past the limit is refused with a reason and writes nothing", async () => {
      const projectsBefore = await t.db.prisma.project.count();
      // 120 MB of XML padding inside a zip of about 120 kB
      const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(120 * 1024 * 1024).fill(0x20) }, { level: 9 });
      const res = await importRoute.POST(post({ name: "bom.xlsx", bytes: bomb }));
      expect(res.status).toBe(200);
      const report = (await res.json()) as Report;
      expect(report).toMatchObject({ ok: false, applied: false });
      expect(report.issues).toEqual([expect.objectContaining({ sheet: "bom.xlsx", reason: "Het werkboek is uitgepakt groter dan 100 MB; splits het bestand of importeer via de opdrachtregel." })]);
      expect(await t.db.prisma.project.count()).toBe(projectsBefore);
    });

    it("a body over the limit without Content-Length is a 413 before it is read in full", async () => {
      const res = await importRoute.POST(chunked(MAX_IMPORT_BYTES + 2 * 1024 * 1024));
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ code: "tooLarge", message: expect.stringContaining("te groot") });
    });

    it("a damaged multipart body is a 400 that asks for the file again", async () => {
      const res = await importRoute.POST(chunked(1024 * 1024));
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: "validation", fieldErrors: { bestand: ["Kies het bestand opnieuw."] } });
    });
  });
}
