"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/server/core/action";
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

function done<T>(result: ActionResult<T>, projectId: unknown, message: string) {
  if (result.ok) {
    result.message = message;
    if (typeof projectId === "string") {
      revalidatePath(`/projecten/${projectId}`);
      revalidatePath(`/projecten/${projectId}/resultaten`);
    }
  }
  return result;
}

export async function saveProjectIndicatorAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(projectIndicatorSchema, formData, (ctx, data) => saveProjectIndicator(ctx, data));
  return done(result, formData.get("projectId"), "De indicator is opgeslagen.");
}

export async function removeProjectIndicatorAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(removeProjectIndicatorSchema, formData, (ctx, data) => removeProjectIndicator(ctx, data));
  return done(result, formData.get("projectId"), "De indicator is verwijderd.");
}

export async function saveMeasurementsAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(measurementsSchema, formData, (ctx, data) => saveMeasurements(ctx, data));
  return done(result, formData.get("projectId"), "De metingen zijn opgeslagen. Ze worden met uw voortgangsupdate beoordeeld.");
}

export async function saveTrajectStepAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(trajectStepSchema, formData, (ctx, data) => saveTrajectStep(ctx, data));
  return done(result, formData.get("projectId"), "De fase van het traject is vastgelegd.");
}

export async function recordFundingDecisionAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(fundingDecisionSchema, formData, (ctx, data) => recordFundingDecision(ctx, data));
  return done(result, formData.get("projectId"), "Het financieringsbesluit is vastgelegd.");
}

export async function saveFinalEvaluationAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(finalEvaluationSchema, formData, (ctx, data) => saveFinalEvaluation(ctx, data));
  return done(result, formData.get("projectId"), "De eindevaluatie is opgeslagen.");
}
