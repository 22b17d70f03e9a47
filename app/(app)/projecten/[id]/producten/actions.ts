"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import { deleteProduct } from "@/lib/server/projectenbank/products";
import { deleteProductSchema } from "@/lib/domain/projectenbank/products";

/** Remove a kennisbank product (and its file). Adding one goes through POST /api/projecten/<id>/producten (files up to 20 MB). */
export async function deleteProductAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(deleteProductSchema, formData, (ctx, data) => deleteProduct(ctx, data), "Het product is verwijderd.");
  if (result.ok) revalidatePath(`/projecten/${result.data.projectId}/producten`);
  return result;
}
