import "server-only";
import type { Ctx } from "../accounts/session";
import { assertPermission, hasPermission } from "../core/authz";
import { projectManageWhere } from "../core/scope";
import { ConflictError, NotFoundError, TooLargeError, ValidationError } from "../core/errors";
import { writeAudit } from "../core/audit";
import { discardFile, readFile, recordFile, removeFileObjects, stageFile } from "../files";
import { checkProductFile, MAX_PRODUCT_FILE_BYTES } from "../../domain/projectenbank/product-file";
import type { DeleteProductInput, ProductInput } from "../../domain/projectenbank/products";
import type { ExportFile } from "../../domain/export-file";
import type { ProductType } from "../../domain/enums";
import type { PublicCtx } from "./search";

/**
 * Kennisbank products of a project: a link or an uploaded file (ADR 0023: a StoredFile row, the
 * bytes on disk, in S3 or in the database). The project's leader and WIR add and remove them
 * (permission project:edit, in the actor's scope); the public downloads a file only while its
 * card is published.
 */

const NOT_YOURS = "Dit project bestaat niet of u mag de producten ervan niet wijzigen.";
const NO_FILE = "Dit bestand bestaat niet of hoort bij een projectkaart die niet (meer) gepubliceerd is.";

export type UploadedFile = { bytes: Uint8Array; fileName: string };

export type ProductRow = {
  id: string;
  type: ProductType;
  title: string;
  description: string;
  url: string;
  fileName: string | null;
  fileType: string | null;
  fileSize: number | null;
  version: number;
};

/**
 * Adds a product. A file is checked on its content (magic bytes) and size before anything is
 * written; a refused file stores nothing. An accepted file is written to its store first, then
 * recorded with the product in one transaction; when that fails, the file is removed again.
 */
export async function addProduct(ctx: Ctx, input: ProductInput, file: UploadedFile | null): Promise<{ id: string }> {
  assertPermission(ctx.actor, "project:edit");
  const project = await ctx.db.project.findFirst({ where: { AND: [{ id: input.projectId }, projectManageWhere(ctx.actor, "project:edit")] }, select: { id: true } });
  if (!project) throw new NotFoundError(NOT_YOURS);
  if (input.hasFile && !file) throw new ValidationError("Kies een bestand.", { bestand: ["Kies een bestand."] });
  const checked = file ? checkProductFile(file.bytes, file.fileName) : null;
  if (checked && !checked.ok) {
    const fieldErrors = { bestand: [checked.message] };
    if (file!.bytes.length > MAX_PRODUCT_FILE_BYTES) throw new TooLargeError(checked.message, fieldErrors);
    throw new ValidationError(checked.message, fieldErrors);
  }
  const staged = file && checked?.ok ? await stageFile(file.bytes, checked.file.contentType) : null;
  try {
    return await ctx.db.$transaction(async (tx) => {
      const fileKey = staged ? await recordFile(tx, staged) : null;
      const position = await tx.knowledgeProduct.count({ where: { projectId: project.id } });
      const product = await tx.knowledgeProduct.create({
        data: {
          projectId: project.id,
          type: input.type,
          title: input.title,
          description: input.description,
          url: file ? "" : input.url,
          fileKey,
          fileName: checked?.ok ? checked.file.fileName : null,
          fileType: checked?.ok ? checked.file.contentType : null,
          fileSize: checked?.ok ? checked.file.size : null,
          position,
        },
        select: { id: true, type: true, title: true, description: true, url: true, fileName: true, fileType: true, fileSize: true },
      });
      await writeAudit(tx, ctx.actor, { action: "CREATE", entity: "KnowledgeProduct", entityId: product.id, after: { projectId: project.id, ...product } });
      return { id: product.id };
    });
  } catch (error) {
    if (staged) await discardFile(staged);
    throw error;
  }
}

/**
 * Removes a product. Its StoredFile row goes in the same transaction (the database trigger); the
 * object on disk or in S3 is removed after the commit.
 */
export async function deleteProduct(ctx: Ctx, input: DeleteProductInput): Promise<{ projectId: string }> {
  assertPermission(ctx.actor, "project:edit");
  const { projectId, file } = await ctx.db.$transaction(async (tx) => {
    const current = await tx.knowledgeProduct.findFirst({
      where: { id: input.productId, project: projectManageWhere(ctx.actor, "project:edit") },
      select: { id: true, projectId: true, type: true, title: true, description: true, url: true, fileName: true, fileSize: true, file: { select: { key: true, store: true } } },
    });
    if (!current) throw new NotFoundError(NOT_YOURS);
    const { count } = await tx.knowledgeProduct.deleteMany({ where: { id: input.productId, version: input.version } });
    if (count === 0) throw new ConflictError();
    const { id, file, ...before } = current;
    await writeAudit(tx, ctx.actor, { action: "DELETE", entity: "KnowledgeProduct", entityId: id, before });
    return { projectId: current.projectId, file };
  });
  if (file) await removeFileObjects([file]);
  return { projectId };
}

/** The products of a project the actor may change, or null when it may not. */
export async function manageableProducts(ctx: Ctx, projectId: string): Promise<{ project: { id: string; wirNumber: string; title: string; isPublic: boolean }; products: ProductRow[] } | null> {
  if (!hasPermission(ctx.actor, "project:edit")) return null;
  const project = await ctx.db.project.findFirst({
    where: { AND: [{ id: projectId }, projectManageWhere(ctx.actor, "project:edit")] },
    select: {
      id: true,
      wirNumber: true,
      title: true,
      isPublic: true,
      products: { select: { id: true, type: true, title: true, description: true, url: true, fileName: true, fileType: true, fileSize: true, version: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
    },
  });
  if (!project) return null;
  const { products, ...rest } = project;
  return { project: rest, products };
}

/**
 * The uploaded file of a product on a published card, as a download; NotFoundError otherwise
 * (an unpublished, withdrawn, draft or archived card's files do not exist for the public).
 */
export async function publicProductFile(ctx: PublicCtx, productId: string): Promise<ExportFile> {
  const product = await ctx.db.knowledgeProduct.findFirst({
    where: { id: productId, fileKey: { not: null }, project: { isPublic: true, lifecycle: "ACTIVE" } },
    select: { fileName: true, fileKey: true },
  });
  const file = product?.fileKey ? await readFile(ctx.db, product.fileKey) : null;
  if (!product || !file) throw new NotFoundError(NO_FILE);
  return { body: file.bytes, contentType: file.contentType, fileName: product.fileName ?? "bestand" };
}
