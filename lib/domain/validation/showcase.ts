/** WIR's showcase choice for a region and a period (Bijlage 2), as the showcase screen sends it. */
import { z } from "zod";
import { idString, versionField } from "./common";

export const showcaseChoiceSchema = z.object({
  periodId: idString,
  regionId: idString,
  /** "" clears the choice: the region keeps the import's showcase flag */
  projectId: z.union([z.literal(""), idString]).default(""),
  version: versionField,
});
export type ShowcaseChoiceInput = z.infer<typeof showcaseChoiceSchema>;
