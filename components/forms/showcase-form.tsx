"use client";
import { useRouter } from "next/navigation";
import { chooseShowcaseAction } from "@/app/(app)/rapportage/voorbeeldprojecten/actions";
import type { ShowcaseRegionRow } from "@/lib/server/report/showcase";
import { FormMessage, SelectField, SubmitButton, useFormAction } from "./fields";

/** One region's showcase choice: a project of the region, or none (the import's flag applies). */
export function ShowcaseChoiceForm({ periodId, region }: { periodId: string; region: ShowcaseRegionRow }) {
  const router = useRouter();
  const save = useFormAction(chooseShowcaseAction, { onSuccess: () => router.refresh() });
  const id = `showcase-${region.code}`;
  return (
    <form onSubmit={save.onSubmit} noValidate className="flex flex-wrap items-end gap-2" aria-label={`Voorbeeldproject ${region.name}`}>
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="regionId" value={region.id} />
      <input type="hidden" name="version" value={region.choice?.version ?? 0} />
      <div className="min-w-72 grow">
        <SelectField
          key={region.choice?.projectId ?? ""}
          id={id}
          name="projectId"
          label={`Voorbeeldproject ${region.name}`}
          srOnlyLabel
          placeholder="Geen keuze (markering uit de import)"
          options={region.candidates.map((c) => ({ value: c.id, label: `${c.wirNumber} — ${c.title}` }))}
          defaultValue={region.choice?.projectId ?? ""}
          error={save.errors("projectId")}
        />
      </div>
      <SubmitButton pending={save.pending} small>
        Opslaan
      </SubmitButton>
      <div className="basis-full">
        <FormMessage state={save.state} messageRef={save.messageRef} />
      </div>
    </form>
  );
}
