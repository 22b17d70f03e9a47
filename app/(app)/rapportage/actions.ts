"use server";
import { z } from "zod";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import { publishReportVersion, saveNarrative, startReportVersion } from "@/lib/server/report/versions";
import { buildSnapshot } from "@/lib/server/report/document";
import { CHAPTER_KEYS, NARRATIVE_MAX, type ChapterKey } from "@/lib/domain/report-document/chapters";
import { reportSearch } from "@/lib/domain/report/query";

const periodCode = z.string().regex(/^\d{4}-\d{2}$/, "Kies een geldige periode.");
const version = z.coerce.number({ error: "Ontbrekend versienummer." }).int().positive("Ontbrekend versienummer.");
const id = z.string().min(1, "Onbekende versie.").max(60, "Onbekende versie.");

const startSchema = z.object({ periode: periodCode, vergelijk: periodCode });
const narrativeSchema = z.object({
  id,
  version,
  chapter: z.enum(CHAPTER_KEYS as [ChapterKey, ...ChapterKey[]], { error: "Onbekend hoofdstuk." }),
  text: z.string().max(NARRATIVE_MAX, `De toelichting mag hoogstens ${NARRATIVE_MAX} tekens lang zijn.`),
});
const publishSchema = z.object({ id, version });

export async function startVersionAction(_prev: ActionResult<{ number: number }> | null, formData: FormData): Promise<ActionResult<{ number: number }>> {
  const result = await runAction(startSchema, formData, async (ctx, d) => startReportVersion(ctx, { periodCode: d.periode, compareCode: d.vergelijk }));
  if (!result.ok) return result;
  revalidatePath("/rapportage");
  const values = formDataToValues(formData);
  redirect(`/rapportage?${reportSearch({ period: values.periode, compare: values.vergelijk, version: result.data.number })}`);
}

export async function saveNarrativeAction(_prev: ActionResult<{ version: number }> | null, formData: FormData): Promise<ActionResult<{ version: number }>> {
  const result = await runAction(narrativeSchema, formData, (ctx, d) => saveNarrative(ctx, { id: d.id, version: d.version, chapter: d.chapter, text: d.text.replace(/\r\n/g, "\n") }));
  if (result.ok) revalidatePath("/rapportage");
  return result;
}

export async function publishVersionAction(_prev: ActionResult<{ number: number; periodCode: string }> | null, formData: FormData): Promise<ActionResult<{ number: number; periodCode: string }>> {
  const result = await runAction(publishSchema, formData, (ctx, d) => publishReportVersion(ctx, d, (v) => buildSnapshot(ctx, v)), "Versie gepubliceerd.");
  if (!result.ok) return result;
  revalidatePath("/rapportage");
  redirect(`/rapportage?${reportSearch({ period: result.data.periodCode, version: result.data.number })}`);
}

function formDataToValues(formData: FormData) {
  return { periode: String(formData.get("periode") ?? ""), vergelijk: String(formData.get("vergelijk") ?? "") };
}
