"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/server/core/action";
import {
  changeDeadlines,
  changeDeadlinesSchema,
  closePeriod,
  createPeriod,
  createPeriodSchema,
  openPlannedPeriod,
  openPeriodSchema,
  periodTransitionSchema,
  reopenPeriod,
  reopenSchema,
} from "@/lib/server/periods/admin";
import { formatDutchDate, isoDate } from "@/lib/domain/deadlines";

/** Server actions of /perioden (WIR). Permission and the one-open-period rule live in lib/server. */

export async function createPeriodAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const result = await runAction(createPeriodSchema, formData, (ctx, data) => createPeriod(ctx, data).then((p) => ({ label: p.label })));
  if (result.ok) {
    result.message = `De periode ${result.data.label} is aangemaakt. Open hem wanneer de projectleiders hun update kunnen indienen.`;
    revalidatePath("/perioden");
  }
  return result;
}

export async function periodTransitionAction(_prev: ActionResult<unknown> | null, formData: FormData) {
  const step = formData.get("step");
  let result: ActionResult<{ message: string }>;
  if (step === "open") {
    result = await runAction(openPeriodSchema, formData, async (ctx, data) => {
      const { period, asked } = await openPlannedPeriod(ctx, data);
      return {
        message: `De periode ${period.label} is geopend. De projectleiders van ${asked} actieve projecten krijgen bericht, met de deadline ${formatDutchDate(data.updateDeadline)}.`,
      };
    });
  } else if (step === "deadlines") {
    result = await runAction(changeDeadlinesSchema, formData, async (ctx, data) => {
      const period = await changeDeadlines(ctx, data);
      return { message: `De deadline voor de updates van ${period.label} is nu ${period.updateDeadline ? formatDutchDate(isoDate(period.updateDeadline)) : "—"}. De wijziging en de reden zijn vastgelegd.` };
    });
  } else if (step === "close") {
    result = await runAction(periodTransitionSchema, formData, async (ctx, data) => {
      const period = await closePeriod(ctx, data);
      return { message: `De periode ${period.label} is gesloten; de gegevens ervan liggen nu vast.` };
    });
  } else if (step === "reopen") {
    result = await runAction(reopenSchema, formData, async (ctx, data) => {
      const period = await reopenPeriod(ctx, data);
      return { message: `De periode ${period.label} is heropend. Dit is vastgelegd in de wijzigingshistorie.` };
    });
  } else {
    return { ok: false as const, code: "validation" as const, message: "Onbekende handeling.", fieldErrors: {} };
  }
  if (result.ok) {
    result.message = result.data.message;
    revalidatePath("/", "layout");
  }
  return result;
}
