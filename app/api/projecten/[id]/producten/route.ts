import type { NextRequest } from "next/server";
import { requestCtx } from "@/lib/server/accounts/session";
import { assertSameOrigin, errorResponse, jsonResponse, readFormData } from "@/lib/server/core/boundary";
import { assertPermission } from "@/lib/server/core/authz";
import { fieldErrorsOf } from "@/lib/server/core/action";
import { ValidationError } from "@/lib/server/core/errors";
import { addProduct } from "@/lib/server/projectenbank/products";
import { productInputSchema } from "@/lib/domain/projectenbank/products";
import { MAX_PRODUCT_FILE_BYTES, MAX_PRODUCT_FILE_MB } from "@/lib/domain/projectenbank/product-file";

export const dynamic = "force-dynamic";

/**
 * POST multipart/form-data: a kennisbank product for project `id` — `type`, `title`,
 * `description`, and either `url` or the file `bestand` (at most 20 MB, checked on its content).
 * The project's leader and WIR (permission project:edit, in scope). Answers `{ id }`, or the one
 * error body with Dutch field errors (docs/errors.md).
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request);
    const ctx = await requestCtx();
    // refuse before reading a byte of the body
    assertPermission(ctx.actor, "project:edit");
    // multipart overhead on top of the file itself
    const form = await readFormData(request, MAX_PRODUCT_FILE_BYTES + 256 * 1024, `Het bestand is te groot; het maximum is ${MAX_PRODUCT_FILE_MB} MB.`);
    const upload = form.get("bestand");
    const file = upload && typeof upload !== "string" && upload.name ? upload : null;
    const field = (name: string) => {
      const v = form.get(name);
      return typeof v === "string" ? v : undefined;
    };
    const parsed = productInputSchema.safeParse({ projectId: (await params).id, type: field("type"), title: field("title"), description: field("description"), url: field("url"), hasFile: !!file });
    if (!parsed.success) throw new ValidationError("Niet alles is goed ingevuld. Bekijk de meldingen bij de velden.", fieldErrorsOf(parsed.error));
    const product = await addProduct(ctx, parsed.data, file ? { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name } : null);
    return jsonResponse(product);
  } catch (error) {
    return errorResponse(error);
  }
}
