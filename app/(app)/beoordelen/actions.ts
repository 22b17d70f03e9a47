"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import { reviewSchema, reviewUpdate } from "@/lib/server/review/updates";
import { proposeAssessment, recordAssessment, recordAssessmentsBulk } from "@/lib/server/review/assessments";
import { recordRegionScores } from "@/lib/server/review/region-scores";
import { bulkRowSchema, bulkRowsFromForm, judgementSchema, regionRowsFromForm, regionScoreSchema } from "@/lib/domain/assessment";
import { formDataToObject } from "@/lib/server/core/action";
import type { Ctx } from "@/lib/server/accounts/session";

/**
 * Server actions of /beoordelen. Ids from the form are only looked up inside the actor's scope
 * (lib/server), and every write checks the period is open and the record's version.
 */

export async function reviewUpdateAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(reviewSchema, formData, async (ctx, data) => {
    const u = await reviewUpdate(ctx, data);
    return { state: u.state };
  });
  if (result.ok) {
    result.message = result.data.state === "APPROVED" ? "De update is goedgekeurd." : "De update is teruggestuurd naar de projectleider, met uw commentaar.";
    revalidatePath("/beoordelen", "layout");
  }
  return result;
}

const judgementKind = z.enum(["proposal", "assessment"], { error: "Onbekend soort oordeel." });

export async function judgementAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const kind = judgementKind.safeParse(formData.get("kind") ?? "assessment");
  if (!kind.success) return { ok: false, code: "validation", message: kind.error.issues[0].message, fieldErrors: {} } satisfies ActionResult<never>;
  const result = await runAction(judgementSchema, formData, async (ctx, data) => {
    const saved = kind.data === "proposal" ? await proposeAssessment(ctx, data) : await recordAssessment(ctx, data);
    return { outcome: saved.outcome };
  });
  if (result.ok) {
    result.message =
      result.data.outcome === "unchanged"
        ? "Er was niets gewijzigd."
        : kind.data === "proposal"
          ? "Uw voorstel is opgeslagen. WIR neemt het mee in de definitieve beoordeling."
          : "De beoordeling is opgeslagen.";
    revalidatePath("/beoordelen", "layout");
  }
  return result;
}

const bulkSchema = z.object({
  periodId: z.string().min(1).max(60),
  rows: z.array(bulkRowSchema).min(1, { error: "Er zijn geen projecten om op te slaan." }),
});

export type BulkResult = { saved: number; unchanged: number; conflicts: string[]; notFound: string[] };

/**
 * Saves the rows of a bulk form for a period (`rowsOf` reads them from the form) with `save`, which
 * tells what became of each row; the message counts them (`one`/`many`: what a row is).
 */
async function saveBulkForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  rowsOf: (values: Record<string, unknown>) => Record<string, unknown>[],
  save: (ctx: Ctx, data: z.infer<S>) => Promise<{ outcome: string; id: string }[]>,
  one: string,
  many: string,
): Promise<ActionResult<BulkResult>> {
  const values = formDataToObject(formData);
  const result = await runAction(schema, { periodId: values.periodId, rows: rowsOf(values) }, async (ctx, data) => {
    const outcomes = await save(ctx, data);
    const ids = (outcome: string) => outcomes.filter((o) => o.outcome === outcome).map((o) => o.id);
    return {
      saved: outcomes.filter((o) => o.outcome === "created" || o.outcome === "updated").length,
      unchanged: ids("unchanged").length,
      conflicts: ids("conflict"),
      notFound: ids("notFound"),
    };
  });
  if (result.ok) {
    const d = result.data;
    result.message =
      `${d.saved} ${d.saved === 1 ? one : many} opgeslagen, ${d.unchanged} ongewijzigd.` +
      (d.conflicts.length ? ` ${d.conflicts.length} niet opgeslagen omdat iemand anders ze intussen wijzigde; de tabel toont nu de nieuwste waarden.` : "");
    revalidatePath("/beoordelen", "layout");
  }
  return result;
}

export async function bulkAssessmentAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<BulkResult>> {
  const save = async (ctx: Ctx, data: z.infer<typeof bulkSchema>) => (await recordAssessmentsBulk(ctx, data.periodId, data.rows)).map((o) => ({ outcome: o.outcome, id: o.projectId }));
  return saveBulkForm(formData, bulkSchema, bulkRowsFromForm, save, "beoordeling", "beoordelingen");
}

const regionBulkSchema = z.object({
  periodId: z.string().min(1).max(60),
  rows: z.array(regionScoreSchema).min(1, { error: "Er zijn geen regio's om op te slaan." }),
});

export async function regionScoresAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<BulkResult>> {
  const save = async (ctx: Ctx, data: z.infer<typeof regionBulkSchema>) => (await recordRegionScores(ctx, data.periodId, data.rows)).map((o) => ({ outcome: o.outcome, id: o.regionId }));
  return saveBulkForm(formData, regionBulkSchema, regionRowsFromForm, save, "regio", "regio's");
}
