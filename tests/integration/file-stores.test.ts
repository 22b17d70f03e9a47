// first: it puts the session and public-context doubles in place before the app's modules load
import { downloadRoute, params, PDF, publicDb, session, uploadRequest, uploadRoute } from "../support/product-routes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createProject } from "../support/factories";
import { startS3, type TestS3 } from "../support/s3";
import type { Actor } from "@/lib/domain/actor";
import type { FileStoreName } from "@/lib/domain/file-storage-config";
import { MAX_PRODUCT_FILE_BYTES } from "@/lib/domain/projectenbank/product-file";
import { productInputSchema } from "@/lib/domain/projectenbank/products";
import { manualClock } from "@/lib/domain/clock";

/**
 * Kennisbank files in each store (ADR 0023): disk (default), S3 (a real S3-compatible server in
 * this process that checks the request signatures) and the database. Upload through the route,
 * download through the public route, removal, refused uploads, a failed transaction, and the
 * housekeeping's sweep of orphaned objects.
 */
const { addProduct, deleteProduct } = await import("@/lib/server/projectenbank/products");
const { readFile, stageFile, sweepOrphanFiles } = await import("@/lib/server/files");
const { objectStore } = await import("@/lib/server/files/config");
const { sha256Hex } = await import("@/lib/server/files/keys");
const { runDueJobs } = await import("@/lib/server/jobs/worker");
const { housekeepingJobs, scheduleHousekeeping } = await import("@/lib/server/jobs/housekeeping");

const DAY_MS = 24 * 3_600_000;
const ENV_KEYS = ["FILE_STORAGE", "FILE_STORAGE_DIR", "S3_BUCKET", "S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_REGION", "S3_FORCE_PATH_STYLE"] as const;

/** A PDF of its own for each upload, so that every object's content differs. */
function pdf(label: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.7\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n`);
}

for (const backend of testBackends()) {
  for (const store of ["disk", "s3", "database"] as const satisfies readonly FileStoreName[]) {
    describe(`Kennisbank files in the ${store} store (${backend.name})`, () => {
      const t = useTestDb(backend);
      const saved: Partial<Record<(typeof ENV_KEYS)[number], string | undefined>> = {};
      let dir = "";
      let s3: TestS3 | null = null;
      let leader: Actor;

      beforeAll(async () => {
        for (const key of ENV_KEYS) saved[key] = process.env[key];
        for (const key of ENV_KEYS) delete process.env[key];
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "regiotafel-files-"));
        process.env.FILE_STORAGE_DIR = dir;
        if (store === "s3") {
          s3 = await startS3();
          Object.assign(process.env, s3.env); // FILE_STORAGE is s3 by default once a bucket is set
        } else if (store === "database") {
          process.env.FILE_STORAGE = "database";
        }
        publicDb.db = t.db.prisma;
        leader = await makeActor(t.db, [{ role: "PROJECTLEIDER" }]);
      });
      afterAll(async () => {
        await s3?.close();
        fs.rmSync(dir, { recursive: true, force: true });
        for (const key of ENV_KEYS) {
          if (saved[key] === undefined) delete process.env[key];
          else process.env[key] = saved[key];
        }
      });

      /** The keys of the objects the store holds outside the database (none for the database store). */
      const objects = (): string[] => (store === "s3" ? s3!.keys() : store === "disk" ? fs.readdirSync(dir).filter((n) => !n.startsWith(".")) : []);
      const age = (key: string, at: Date) => (store === "s3" ? s3!.age(key, at) : fs.utimesSync(path.join(dir, key), at, at));
      const project = async () =>
        (await createProject(t.db.prisma, { title: "Slaapwaakritme", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", leaderIds: [leader.userId], goal: "Doel", description: "Beschrijving" })).id;
      const upload = async (projectId: string, bytes: Uint8Array, name = "handreiking.pdf") => {
        session.ctx = ctxOf(t.db, leader);
        return uploadRoute.POST(uploadRequest(projectId, { type: "HANDREIKING", title: "Handreiking" }, { bytes, name }), params(projectId));
      };

      it("upload, download (the same bytes, the same headers), delete: the object goes with the product", async () => {
        const projectId = await project();
        const bytes = pdf(`${store} heen en terug`);
        const res = await upload(projectId, bytes);
        expect(res.status).toBe(200);
        const { id } = (await res.json()) as { id: string };
        const product = await t.db.prisma.knowledgeProduct.findUniqueOrThrow({ where: { id } });
        const [row] = await t.db.prisma.$queryRaw<{ store: string; hasBytes: boolean; size: number; sha256: string }[]>`
          SELECT "store", "bytes" IS NOT NULL AS "hasBytes", "size", "sha256" FROM "StoredFile" WHERE "key" = ${product.fileKey}`;
        expect(row).toMatchObject({ store, hasBytes: store === "database", size: bytes.length });
        expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
        expect(objects().includes(product.fileKey!)).toBe(store !== "database");

        await t.db.prisma.project.update({ where: { id: projectId }, data: { isPublic: true } });
        const download = await downloadRoute.GET(new Request(`http://localhost/projectenbank/producten/${id}/bestand`), params(id));
        expect(download.status).toBe(200);
        expect(download.headers.get("content-type")).toBe("application/pdf");
        expect(download.headers.get("content-disposition")).toBe('attachment; filename="handreiking.pdf"');
        expect(download.headers.get("x-content-type-options")).toBe("nosniff");
        expect(download.headers.get("cache-control")).toMatch(/no-store/);
        expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);

        await deleteProduct(ctxOf(t.db, leader), { productId: id, version: product.version });
        expect(await t.db.prisma.storedFile.count({ where: { key: product.fileKey! } })).toBe(0);
        expect(objects()).not.toContain(product.fileKey);
        expect(await readFile(t.db.prisma, product.fileKey!)).toBeNull();
      });

      it("a refused upload (wrong type, too big) leaves no object and no row", async () => {
        const projectId = await project();
        const before = objects();
        const rows = await t.db.prisma.storedFile.count();
        const html = await upload(projectId, new TextEncoder().encode("<html><script>alert(1)</script></html>"), "rapport.pdf");
        expect(html.status).toBe(400);
        const big = new Uint8Array(MAX_PRODUCT_FILE_BYTES + 1);
        big.set(PDF);
        const input = productInputSchema.parse({ projectId, type: "RAPPORT", title: "Groot", hasFile: true });
        await expect(addProduct(ctxOf(t.db, leader), input, { bytes: big, fileName: "groot.pdf" })).rejects.toMatchObject({ code: "tooLarge" });
        expect(objects().sort()).toEqual(before.sort());
        expect(await t.db.prisma.storedFile.count()).toBe(rows);
      });

      it("when the transaction fails after the object was written, the object is removed again", async () => {
        const projectId = await project();
        const before = objects();
        // a real failure inside the transaction: the database refuses this product
        await t.db.raw.exec(`
          CREATE FUNCTION test_refuse_product() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'geweigerd door de test'; END $$;
          CREATE TRIGGER test_refuse_product BEFORE INSERT ON "KnowledgeProduct" FOR EACH ROW WHEN (NEW."title" = 'Mislukt') EXECUTE FUNCTION test_refuse_product();`);
        try {
          const input = productInputSchema.parse({ projectId, type: "RAPPORT", title: "Mislukt", hasFile: true });
          await expect(addProduct(ctxOf(t.db, leader), input, { bytes: pdf("mislukt"), fileName: "mislukt.pdf" })).rejects.toThrow();
        } finally {
          await t.db.raw.exec(`DROP TRIGGER test_refuse_product ON "KnowledgeProduct"; DROP FUNCTION test_refuse_product();`);
        }
        expect(objects().sort()).toEqual(before.sort());
        expect(await t.db.prisma.knowledgeProduct.count({ where: { projectId } })).toBe(0);
      });

      if (store !== "database") {
        it("the hourly housekeeping removes an orphaned object older than a day, and keeps a fresh orphan and every recorded file", async () => {
          // a recorded file, written long ago
          const projectId = await project();
          const kept = await t.db.prisma.knowledgeProduct.findUniqueOrThrow({ where: { id: ((await (await upload(projectId, pdf("bewaard"))).json()) as { id: string }).id } });
          // a project deleted with its products by cascade: the row goes, the object stays behind
          const doomedProject = await project();
          const doomed = await t.db.prisma.knowledgeProduct.findUniqueOrThrow({ where: { id: ((await (await upload(doomedProject, pdf("weg"))).json()) as { id: string }).id } });
          await t.db.prisma.project.delete({ where: { id: doomedProject } });
          expect(await t.db.prisma.storedFile.count({ where: { key: doomed.fileKey! } })).toBe(0);
          expect(objects()).toContain(doomed.fileKey);
          // an upload in flight: its object is written, its transaction not yet committed
          const fresh = await stageFile(pdf("onderweg"), "application/pdf");

          const now = new Date();
          const twoDaysAgo = new Date(now.getTime() - 2 * DAY_MS);
          age(kept.fileKey!, twoDaysAgo);
          age(doomed.fileKey!, twoDaysAgo);
          await scheduleHousekeeping(t.db.prisma, manualClock(now));
          expect(await runDueJobs(t.db.prisma, housekeepingJobs, manualClock(new Date(now.getTime() + 61 * 60_000)))).toEqual({ ran: 1, failed: 0 });

          const left = objects();
          expect(left).not.toContain(doomed.fileKey);
          expect(left).toContain(fresh.key);
          expect(left).toContain(kept.fileKey);
          expect((await readFile(t.db.prisma, kept.fileKey!))?.bytes).toEqual(pdf("bewaard"));
          // a day later the in-flight object, never recorded, is an orphan too
          expect(await sweepOrphanFiles(t.db.prisma, new Date(now.getTime() + DAY_MS + 60_000))).toMatchObject({ removed: 1 });
          expect(objects()).not.toContain(fresh.key);
          expect(objects()).toContain(kept.fileKey);
        });

        it("files stay readable from the store their row names after a switch to another store", async () => {
          const projectId = await project();
          const bytes = pdf(`voor de wissel vanuit ${store}`);
          const { id } = (await (await upload(projectId, bytes)).json()) as { id: string };
          const product = await t.db.prisma.knowledgeProduct.findUniqueOrThrow({ where: { id } });
          process.env.FILE_STORAGE = "database";
          try {
            expect((await readFile(t.db.prisma, product.fileKey!))?.bytes).toEqual(bytes);
            const after = await upload(projectId, pdf("na de wissel"));
            const newKey = (await t.db.prisma.knowledgeProduct.findUniqueOrThrow({ where: { id: ((await after.json()) as { id: string }).id } })).fileKey!;
            expect((await t.db.prisma.storedFile.findUniqueOrThrow({ where: { key: newKey }, select: { store: true } })).store).toBe("database");
            expect(objects()).not.toContain(newKey);
          } finally {
            delete process.env.FILE_STORAGE; // back to the default: s3 with a bucket, else disk
          }
        });

        it("refuses a key that is not a generated one before it becomes a path or object name", async () => {
          const objectsStore = objectStore(store);
          await expect(objectsStore.get("../../etc/passwd")).rejects.toThrow(/Ongeldige bestandssleutel/);
          await expect(objectsStore.put("f/../x", PDF, "application/pdf", "0".repeat(64))).rejects.toThrow(/Ongeldige bestandssleutel/);
        });

        it("a changed object is not served: the SHA-256 recorded at upload must match", async () => {
          const projectId = await project();
          const { id } = (await (await upload(projectId, pdf("origineel"))).json()) as { id: string };
          const product = await t.db.prisma.knowledgeProduct.findUniqueOrThrow({ where: { id } });
          // the object changed behind Regiotafel's back (a well-formed write, so S3 takes it)
          const forged = pdf("vervalst");
          await objectStore(store).put(product.fileKey!, forged, "application/pdf", sha256Hex(forged));
          await expect(readFile(t.db.prisma, product.fileKey!)).rejects.toThrow(/beschadigd/);
        });
      }

      if (store === "s3") {
        it("the server checks the request signature: a wrong secret stores nothing", async () => {
          const projectId = await project();
          const before = objects();
          process.env.S3_SECRET_ACCESS_KEY = "verkeerd";
          try {
            const res = await upload(projectId, pdf("verkeerde sleutel"));
            expect(res.status).toBe(500);
          } finally {
            process.env.S3_SECRET_ACCESS_KEY = s3!.env.S3_SECRET_ACCESS_KEY;
          }
          expect(objects().sort()).toEqual(before.sort());
          expect(await t.db.prisma.knowledgeProduct.count({ where: { projectId } })).toBe(0);
        });
      }
    });
  }
}
