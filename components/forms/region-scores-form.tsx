"use client";
import { REGION_SCALES, type RegionScale } from "@/lib/domain/enums";
import { FormMessage, RowVersion, SubmitButton, useFormAction, type FormAction } from "./fields";
import { ScrollTable } from "@/components/ui/table";

export type RegionScoreRow = {
  regionId: string;
  name: string;
  concessiehouderName: string | null;
  score: { agreements: number | null; dynamics: number | null; vision: number | null; note: string; version: number } | null;
  previous: { agreements: number | null; dynamics: number | null; vision: number | null; periodLabel: string } | null;
};

const SCALES = Object.keys(REGION_SCALES) as RegionScale[];

/** The three phase scales for every (sub)region, one save; a version check per region. */
export function RegionScoresForm({ action, periodId, rows }: { action: FormAction<{ conflicts: string[] }>; periodId: string; rows: RegionScoreRow[] }) {
  const { state, onSubmit, pending, messageRef } = useFormAction(action);
  const conflicts = new Set(state?.ok ? state.data.conflicts : []);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Regioscores" className="space-y-3">
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="periodId" value={periodId} />
      <ScrollTable
        framed
        caption="Fase per (sub)regio op de drie schalen"
        cellClassName="px-2 py-2"
        columns={["(Sub)regio", ...SCALES.map((s) => REGION_SCALES[s].title), "Notitie"]}
      >
        {rows.map((r) => (
          <tr key={`${r.regionId}:${r.score?.version ?? 0}`} className={`border-t border-gray-100 align-top ${conflicts.has(r.regionId) ? "bg-red-50" : ""}`}>
            <th scope="row" className="px-2 py-2 font-medium">
              {r.name}
              <span className="block text-xs font-normal text-muted">{r.concessiehouderName}</span>
              <RowVersion id={r.regionId} version={r.score?.version ?? 0} conflict={conflicts.has(r.regionId)} what="deze regio" alertClassName="block text-xs font-normal text-red-800" />
            </th>
            {SCALES.map((s) => {
              const id = `${s}-${r.regionId}`;
              const scale = REGION_SCALES[s];
              return (
                <td key={s} className="px-2 py-2">
                  <label htmlFor={id} className="sr-only">
                    {scale.title} van {r.name}
                  </label>
                  <select id={id} name={`${s}:${r.regionId}`} defaultValue={r.score?.[s] ?? ""} aria-describedby={`${id}-hint`} className="w-52 rounded border border-gray-400 bg-white px-1 py-1">
                    <option value="">— geen score —</option>
                    {scale.phases.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        Fase {o.value}: {o.label}
                      </option>
                    ))}
                  </select>
                  <span id={`${id}-hint`} className="mt-0.5 block text-xs text-muted">
                    {r.previous ? `${r.previous.periodLabel}: ${r.previous[s] != null ? `fase ${r.previous[s]}` : "geen"}` : "Geen vorige score"}
                  </span>
                </td>
              );
            })}
            <td className="px-2 py-2">
              <label htmlFor={`note-${r.regionId}`} className="sr-only">
                Notitie bij {r.name}
              </label>
              <textarea id={`note-${r.regionId}`} name={`note:${r.regionId}`} rows={1} defaultValue={r.score?.note ?? ""} className="w-56 rounded border border-gray-400 px-1 py-1" />
            </td>
          </tr>
        ))}
      </ScrollTable>
      <SubmitButton pending={pending}>Regioscores opslaan</SubmitButton>
    </form>
  );
}
