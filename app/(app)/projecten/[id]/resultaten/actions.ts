"use server";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import type { Ctx } from "@/lib/server/accounts/session";
import { removeProjectIndicator, saveMeasurements, saveProjectIndicator } from "@/lib/server/results/project";
import { recordFundingDecision, saveFinalEvaluation, saveTrajectStep } from "@/lib/server/results/traject";
import {
  finalEvaluationSchema,
  fundingDecisionSchema,
  measurementsSchema,
  projectIndicatorSchema,
  removeProjectIndicatorSchema,
  trajectStepSchema,
} from "@/lib/domain/results/validation";

/** Server actions of a project's results (issue 14). Permission and scope: lib/server/results. */

/** The action of one form of a project's results: on success it says `message` and refreshes the project's card and results page. */
function projectResultsAction<S extends z.ZodType, T>(schema: S, run: (ctx: Ctx, data: z.infer<S>) => Promise<T>, message: string) {
  return async (_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<T>> => {
    const result = await runAction(schema, formData, run, message);
    const projectId = formData.get("projectId");
    if (result.ok && typeof projectId === "string") {
      revalidatePath(`/projecten/${projectId}`);
      revalidatePath(`/projecten/${projectId}/resultaten`);
    }
    return result;
  };
}

export const saveProjectIndicatorAction = projectResultsAction(projectIndicatorSchema, saveProjectIndicator, "De indicator is opgeslagen.");
export const removeProjectIndicatorAction = projectResultsAction(removeProjectIndicatorSchema, removeProjectIndicator, "De indicator is verwijderd.");
export const saveMeasurementsAction = projectResultsAction(measurementsSchema, saveMeasurements, "De metingen zijn opgeslagen. Ze worden met uw voortgangsupdate beoordeeld.");
export const saveTrajectStepAction = projectResultsAction(trajectStepSchema, saveTrajectStep, "De fase van het traject is vastgelegd.");
export const recordFundingDecisionAction = projectResultsAction(fundingDecisionSchema, recordFundingDecision, "Het financieringsbesluit is vastgelegd.");
export const saveFinalEvaluationAction = projectResultsAction(finalEvaluationSchema, saveFinalEvaluation, "De eindevaluatie is opgeslagen.");
