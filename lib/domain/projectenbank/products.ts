/** A kennisbank product as the product form sends it: validated, Dutch messages per field. */
import { z } from "zod";
import { PRODUCT_TYPE } from "../enums";
import { idString, text, versionField } from "../validation/common";
import { linkSchema } from "../validation/project";

export const productInputSchema = z
  .object({
    projectId: idString,
    type: z.enum(PRODUCT_TYPE.values, { error: "Kies de soort product." }),
    title: z.string({ error: "Vul een titel in." }).trim().min(3, "Vul een titel in (minstens 3 tekens).").max(200, "De titel mag hoogstens 200 tekens lang zijn."),
    description: text("De beschrijving", 2000),
    url: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.union([z.literal(""), linkSchema.shape.url]).default("")),
    /** whether the form carries a file (the route handler checks the bytes themselves) */
    hasFile: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (!v.url && !v.hasFile) ctx.addIssue({ code: "custom", path: ["url"], message: "Geef een webadres of kies een bestand." });
    if (v.url && v.hasFile) ctx.addIssue({ code: "custom", path: ["url"], message: "Geef een webadres óf een bestand, niet allebei." });
  });
export type ProductInput = z.infer<typeof productInputSchema>;

export const deleteProductSchema = z.object({ productId: idString, version: versionField });
export type DeleteProductInput = z.infer<typeof deleteProductSchema>;
