// first: it puts the session and public-context doubles in place before the app's modules load
import { downloadRoute, params, PDF, publicDb, session, uploadRequest, uploadRoute } from "../support/product-routes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createProject } from "../support/factories";
import type { Actor } from "@/lib/domain/actor";
import { MAX_PRODUCT_FILE_BYTES } from "@/lib/domain/projectenbank/product-file";
import { productInputSchema } from "@/lib/domain/projectenbank/products";

/**
 * Kennisbank products: the upload route (as the platform calls it; only the session and the
 * public context are test doubles) and the public download of a product's file, in the default
 * file store (disk, here in a temporary directory; every store: file-stores.test.ts).
 */
const { addProduct, deleteProduct } = await import("@/lib/server/projectenbank/products");
const { withdrawCard } = await import("@/lib/server/projectenbank/publication");
const { readFile } = await import("@/lib/server/files");

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as { code?: string; message?: string; fieldErrors?: Record<string, string[]>; id?: string } });

const fileDir = fs.mkdtempSync(path.join(os.tmpdir(), "regiotafel-products-"));
const savedEnv = { FILE_STORAGE: process.env.FILE_STORAGE, FILE_STORAGE_DIR: process.env.FILE_STORAGE_DIR, S3_BUCKET: process.env.S3_BUCKET };
beforeAll(() => {
  delete process.env.FILE_STORAGE;
  delete process.env.S3_BUCKET;
  process.env.FILE_STORAGE_DIR = fileDir;
});
afterAll(() => {
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  fs.rmSync(fileDir, { recursive: true, force: true });
});

for (const backend of testBackends()) {
  // each test has its own project (and, where it needs one, its own uploaded product): any order
  describe(`Kennisbank products (${backend.name})`, () => {
    const t = useTestDb(backend);
    const actors = {} as Record<"wir" | "leader" | "otherLeader" | "inkoper", Actor>;
    beforeAll(async () => {
      publicDb.db = t.db.prisma;
      actors.wir = await makeActor(t.db, [{ role: "WIR" }]);
      actors.leader = await makeActor(t.db, [{ role: "PROJECTLEIDER" }]);
      actors.otherLeader = await makeActor(t.db, [{ role: "PROJECTLEIDER" }]);
      actors.inkoper = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
    });
    const as = (who: keyof typeof actors | null) => (session.ctx = who ? ctxOf(t.db, actors[who]) : null);
    const storedFiles = () => t.db.prisma.storedFile.count();
    /** A project of the leader, for one test. */
    const ownProject = async () =>
      (await createProject(t.db.prisma, { title: "Leefcirkels in de wijk", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [actors.leader.userId], goal: "Doel", description: "Beschrijving" })).id;
    /** The leader uploads the PDF handreiking to the project; returns the product row. */
    const uploadPdf = async (projectId: string) => {
      as("leader");
      const { status, body } = await json(await uploadRoute.POST(uploadRequest(projectId, { type: "HANDREIKING", title: "Handreiking slaapwaakritme", description: "Hoe de nacht anders kan." }, { bytes: PDF, name: "handreiking.pdf", type: "text/plain" }), params(projectId)));
      expect(status).toBe(200);
      return t.db.prisma.knowledgeProduct.findUniqueOrThrow({ where: { id: body.id! } });
    };

    it("the leader uploads a PDF: stored with the content type of its content, audited, and found by a word of its title", async () => {
      const projectId = await ownProject();
      const product = await uploadPdf(projectId);
      expect(product).toMatchObject({ projectId, type: "HANDREIKING", fileName: "handreiking.pdf", fileType: "application/pdf", fileSize: PDF.length, url: "" });
      expect(await readFile(t.db.prisma, product.fileKey!)).toEqual({ bytes: PDF, contentType: "application/pdf" });
      const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { entity: "KnowledgeProduct", entityId: product.id } });
      expect(audit).toMatchObject({ action: "CREATE", actorUserId: actors.leader.userId });
      // the product's title is in the card's search vector (ADR 0020's triggers)
      const [hit] = await t.db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Project" WHERE "id" = ${projectId} AND "searchVector" @@ to_tsquery('regiotafel_nl', 'slaapwaakritme')`;
      expect(hit.n).toBe(1);
      // WIR adds a link
      as("wir");
      expect((await uploadRoute.POST(uploadRequest(projectId, { type: "WEBSITE", title: "Website van het project", url: "https://example.test/leefcirkels" }), params(projectId))).status).toBe(200);
    });

    it("refuses a file whose content is not an accepted kind, or whose name lies about it, with a Dutch message, and stores nothing", async () => {
      const projectId = await ownProject();
      as("leader");
      const before = await storedFiles();
      const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
      const fake = await json(await uploadRoute.POST(uploadRequest(projectId, { type: "RAPPORT", title: "Rapport" }, { bytes: html, name: "rapport.pdf", type: "application/pdf" }), params(projectId)));
      expect(fake.status).toBe(400);
      expect(fake.body.fieldErrors?.bestand?.[0]).toMatch(/Dit soort bestand kan niet worden geplaatst/);
      const renamed = await json(await uploadRoute.POST(uploadRequest(projectId, { type: "ANDER", title: "Plaatje" }, { bytes: PNG, name: "plaatje.pdf" }), params(projectId)));
      expect(renamed.status).toBe(400);
      expect(renamed.body.fieldErrors?.bestand?.[0]).toMatch(/De inhoud van het bestand is PNG-afbeelding, maar de naam eindigt niet op \.png/);
      const neither = await json(await uploadRoute.POST(uploadRequest(projectId, { type: "ANDER", title: "Niets" }), params(projectId)));
      expect(neither.body.fieldErrors?.url).toEqual(["Geef een webadres of kies een bestand."]);
      expect(await storedFiles()).toBe(before);
      expect(await t.db.prisma.knowledgeProduct.count({ where: { projectId } })).toBe(0);
    });

    it("refuses a file over 20 MB (413) before reading the body, and in lib/server as well; stores nothing", async () => {
      const projectId = await ownProject();
      as("leader");
      const before = await storedFiles();
      const announced = await json(
        await uploadRoute.POST(uploadRequest(projectId, { type: "RAPPORT", title: "Groot" }, { bytes: PDF, name: "groot.pdf" }, { "content-length": String(MAX_PRODUCT_FILE_BYTES + 1024 * 1024) }), params(projectId)),
      );
      expect(announced.status).toBe(413);
      expect(announced.body).toMatchObject({ code: "tooLarge", message: expect.stringContaining("het maximum is 20 MB") });
      const big = new Uint8Array(MAX_PRODUCT_FILE_BYTES + 1);
      big.set(PDF);
      const input = productInputSchema.parse({ projectId, type: "RAPPORT", title: "Groot", hasFile: true });
      await expect(addProduct(ctxOf(t.db, actors.leader), input, { bytes: big, fileName: "groot.pdf" })).rejects.toMatchObject({ code: "tooLarge", fieldErrors: { bestand: [expect.stringMatching(/het maximum is 20 MB/)] } });
      expect(await storedFiles()).toBe(before);
    });

    it("refuses the wrong role (inkoper: 403), another project's leader (404) and a signed-out caller (401)", async () => {
      const projectId = await ownProject();
      const send = () => uploadRoute.POST(uploadRequest(projectId, { type: "RAPPORT", title: "Rapport" }, { bytes: PDF, name: "r.pdf" }), params(projectId));
      as("inkoper");
      expect((await json(await send())).body).toMatchObject({ code: "forbidden" });
      as("otherLeader");
      expect((await json(await send())).status).toBe(404);
      as(null);
      expect((await json(await send())).status).toBe(401);
      expect(await t.db.prisma.knowledgeProduct.count({ where: { projectId } })).toBe(0);
    });

    it("downloads a published card's file as an attachment with its content type and nosniff; an unpublished or withdrawn card's file is 404", async () => {
      const projectId = await ownProject();
      const product = await uploadPdf(projectId);
      const get = () => downloadRoute.GET(new Request(`http://localhost/projectenbank/producten/${product.id}/bestand`), params(product.id));
      expect((await get()).status).toBe(404);

      await t.db.prisma.project.update({ where: { id: projectId }, data: { isPublic: true } });
      const res = await get();
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="handreiking.pdf"');
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
      // every download is audited (docs/security.md V7)
      const downloads = await t.db.prisma.auditLog.findMany({ where: { action: "EXPORT", entityId: "projectenbank-product" }, select: { after: true } });
      expect(downloads.map((d) => d.after)).toContainEqual(expect.objectContaining({ bestand: "handreiking.pdf", selectie: expect.objectContaining({ product: product.id }) }));
      expect((await downloadRoute.GET(new Request("http://localhost/x"), params("bestaat-niet"))).status).toBe(404);

      const { version } = await t.db.prisma.project.findUniqueOrThrow({ where: { id: projectId } });
      await withdrawCard(ctxOf(t.db, actors.wir), { projectId, version, reason: "Controle van de bijlage." });
      const gone = await get();
      expect(gone.status).toBe(404);
      expect(gone.headers.get("content-disposition")).toBeNull();
    });

    it("removing a product removes its file (row and object); another leader cannot remove it", async () => {
      const product = await uploadPdf(await ownProject());
      await expect(deleteProduct(ctxOf(t.db, actors.otherLeader), { productId: product.id, version: product.version })).rejects.toMatchObject({ code: "notFound" });
      await expect(deleteProduct(ctxOf(t.db, actors.leader), { productId: product.id, version: product.version + 1 })).rejects.toMatchObject({ code: "conflict" });
      await deleteProduct(ctxOf(t.db, actors.leader), { productId: product.id, version: product.version });
      expect(await t.db.prisma.storedFile.count({ where: { key: product.fileKey! } })).toBe(0);
      expect(fs.existsSync(path.join(fileDir, product.fileKey!))).toBe(false);
    });
  });
}
