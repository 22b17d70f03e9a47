"use server";
import { revalidatingAction } from "@/app/(app)/revalidating-action";
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

/** The project's card and results page, refreshed after a save. */
function projectPages(formData: FormData) {
  const projectId = formData.get("projectId");
  return typeof projectId === "string" ? [`/projecten/${projectId}`, `/projecten/${projectId}/resultaten`] : [];
}

export const saveProjectIndicatorAction = revalidatingAction(projectIndicatorSchema, saveProjectIndicator, "De indicator is opgeslagen.", projectPages);
export const removeProjectIndicatorAction = revalidatingAction(removeProjectIndicatorSchema, removeProjectIndicator, "De indicator is verwijderd.", projectPages);
export const saveMeasurementsAction = revalidatingAction(measurementsSchema, saveMeasurements, "De metingen zijn opgeslagen. Ze worden met uw voortgangsupdate beoordeeld.", projectPages);
export const saveTrajectStepAction = revalidatingAction(trajectStepSchema, saveTrajectStep, "De fase van het traject is vastgelegd.", projectPages);
export const recordFundingDecisionAction = revalidatingAction(fundingDecisionSchema, recordFundingDecision, "Het financieringsbesluit is vastgelegd.", projectPages);
export const saveFinalEvaluationAction = revalidatingAction(finalEvaluationSchema, saveFinalEvaluation, "De eindevaluatie is opgeslagen.", projectPages);
