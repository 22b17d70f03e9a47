"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import { saveProject, similarProjects, submitProject } from "@/lib/server/projects/edit";
import { publishCard, withdrawCard } from "@/lib/server/projectenbank/publication";
import { publishCardSchema, withdrawCardSchema } from "@/lib/domain/projectenbank/publication";
import { proposeOrganisation, searchOrganisations } from "@/lib/server/reference-data/organisations";
import {
  organisationProposalSchema,
  organisationSearchSchema,
  projectInputSchema,
  projectSubmitSchema,
  similarQuerySchema,
} from "@/lib/domain/validation/project";

/** Register (no projectId) or save a project. Input: the project form's values as an object (useFormAction). */
export async function saveProjectAction(_prev: unknown, input: Record<string, unknown>) {
  const result = await runAction(projectInputSchema, input, (ctx, data) => saveProject(ctx, data), "Het project is opgeslagen.");
  if (result.ok) revalidatePath(`/projecten/${result.data.id}`);
  return result;
}

/** Submit a draft project (concept → actief). */
export async function submitProjectAction(_prev: unknown, input: FormData | Record<string, unknown>) {
  const result = await runAction(projectSubmitSchema, input, (ctx, data) => submitProject(ctx, data), "Het project is ingediend.");
  if (result.ok) revalidatePath(`/projecten/${result.data.id}`);
  return result;
}

/** "Bestaat dit al?" while typing. */
export async function similarProjectsAction(input: Record<string, unknown>) {
  return runAction(similarQuerySchema, input, (ctx, data) => similarProjects(ctx, data));
}

/** Type-ahead in the organisation register. */
export async function searchOrganisationsAction(input: Record<string, unknown>) {
  return runAction(organisationSearchSchema, input, (ctx, data) => searchOrganisations(ctx, data.q));
}

/** Propose an organisation missing from the register. */
export async function proposeOrganisationAction(input: Record<string, unknown>) {
  return runAction(organisationProposalSchema, input, (ctx, data) => proposeOrganisation(ctx, data), "De organisatie is voorgesteld; een beheerder bevestigt haar.");
}

/** Publish a project card in the Projectenbank after the checklist. */
export async function publishCardAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(publishCardSchema, formData, (ctx, data) => publishCard(ctx, data), "De projectkaart is gepubliceerd in de Projectenbank.");
  if (result.ok) revalidatePath(`/projecten/${result.data.id}`);
  return result;
}

/** Withdraw a published card, with a reason. */
export async function withdrawCardAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(withdrawCardSchema, formData, (ctx, data) => withdrawCard(ctx, data), "De projectkaart is uit de Projectenbank teruggetrokken.");
  if (result.ok) revalidatePath(`/projecten/${result.data.id}`);
  return result;
}
