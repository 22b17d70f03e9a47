"use client";
import { useRef } from "react";
import { JUDGEMENT_CHOICES } from "@/lib/domain/fields";
import type { Judgement } from "@/lib/domain/assessment";
import { FormMessage, RowVersion, SubmitButton, useFormAction, type FormAction } from "./fields";
import { ScrollTable, srOnly } from "@/components/ui/table";
import { ChoiceOptions } from "@/components/ui/filter-select";

type J = Omit<Judgement, "note"> & { note?: string };
export type BulkRow = {
  projectId: string;
  wirNumber: string;
  title: string;
  regionName: string;
  assessment: (J & { version: number }) | null;
  proposal: J | null;
  previous: (J & { periodLabel: string }) | null;
  updateLabel: string;
};

const FIELDS = JUDGEMENT_CHOICES.map((c) => ({ key: c.key, label: c.label, e: c.enum }));

function short(j: J | null, key: (typeof FIELDS)[number]["key"] | "careOrgCount"): string {
  if (!j) return "—";
  const v = j[key];
  if (v == null) return key === "careOrgCount" ? "onbekend" : "—";
  if (key === "careOrgCount") return String(v);
  const f = FIELDS.find((x) => x.key === key)!;
  return f.e.label(v as never);
}

/**
 * Many projects in one table: a select per judgement per row, one save. Everything is a native
 * control in reading order, so Tab / Shift+Tab and the arrow keys in a select are all a keyboard
 * user needs. Proposals and previous values are shown per cell and taken over only on request.
 */
export function BulkAssessmentForm({ action, periodId, rows }: { action: FormAction<{ conflicts: string[] }>; periodId: string; rows: BulkRow[] }) {
  const { state, onSubmit, pending, messageRef } = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  const conflicts = new Set(state?.ok ? state.data.conflicts : []);
  const fieldError = (projectId: string, key: string) => {
    if (!state || state.ok) return null;
    const i = rows.findIndex((r) => r.projectId === projectId);
    return state.fieldErrors[`rows.${i}.${key}`]?.join(" ") ?? null;
  };
  const take = (r: BulkRow) => {
    const form = formRef.current;
    const source = r.proposal ?? r.previous;
    if (!form || !source) return;
    for (const f of FIELDS) (form.elements.namedItem(`${f.key}:${r.projectId}`) as HTMLSelectElement).value = source[f.key] ?? "";
    (form.elements.namedItem(`careOrgCount:${r.projectId}`) as HTMLInputElement).value = source.careOrgCount == null ? "" : String(source.careOrgCount);
  };
  const takeAllEmpty = () => {
    const form = formRef.current;
    if (!form) return;
    for (const r of rows) {
      const empty = FIELDS.every((f) => !(form.elements.namedItem(`${f.key}:${r.projectId}`) as HTMLSelectElement).value);
      if (empty) take(r);
    }
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Beoordelen in bulk" className="space-y-3">
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="periodId" value={periodId} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending}>Alles opslaan</SubmitButton>
        <button type="button" onClick={takeAllEmpty} className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
          Voorstellen overnemen in lege rijen
        </button>
        <span className="text-sm text-muted">Alleen gewijzigde rijen worden opgeslagen. Lege rijen blijven onbeoordeeld.</span>
      </div>
      <ScrollTable
        framed
        caption="Beoordelingen per project; per rij een keuzelijst per onderdeel"
        cellClassName="px-2 py-2"
        columns={["Project", ...FIELDS.map((f) => f.label), "Aantal org.", srOnly("Overnemen")]}
      >
        {rows.map((r) => (
          <tr key={`${r.projectId}:${r.assessment?.version ?? 0}`} className={`border-t border-gray-100 align-top ${conflicts.has(r.projectId) ? "bg-red-50" : ""}`}>
            <th scope="row" className="px-2 py-2 font-normal">
              <a href={`/beoordelen/${r.projectId}`} className="font-medium text-brand-700 underline">
                {r.wirNumber}
              </a>{" "}
              {r.title}
              <span className="block text-xs text-muted">
                {r.regionName} · update: {r.updateLabel}
              </span>
              <RowVersion id={r.projectId} version={r.assessment?.version ?? 0} conflict={conflicts.has(r.projectId)} what="deze rij" alertClassName="block text-xs text-red-800" />
            </th>
            {FIELDS.map((f) => {
              const id = `${f.key}-${r.projectId}`;
              const err = fieldError(r.projectId, f.key);
              return (
                <td key={f.key} className="px-2 py-2">
                  <label htmlFor={id} className="sr-only">
                    {f.label} van {r.wirNumber}
                  </label>
                  <select
                    id={id}
                    name={`${f.key}:${r.projectId}`}
                    defaultValue={r.assessment?.[f.key] ?? ""}
                    aria-describedby={`${id}-hint`}
                    aria-invalid={err ? true : undefined}
                    className="w-44 rounded border border-gray-400 bg-white px-1 py-1"
                  >
                    <ChoiceOptions options={f.e.options} empty="— niet beoordeeld —" />
                  </select>
                  <span id={`${id}-hint`} className="mt-0.5 block text-xs text-muted">
                    {r.previous ? `Vorige: ${short(r.previous, f.key)}` : "Geen vorige"}
                    {r.proposal ? ` · Voorstel: ${short(r.proposal, f.key)}` : ""}
                  </span>
                  {err ? <span className="block text-xs text-red-800">{err}</span> : null}
                </td>
              );
            })}
            <td className="px-2 py-2">
              <label htmlFor={`careOrgCount-${r.projectId}`} className="sr-only">
                Aantal betrokken zorgorganisaties van {r.wirNumber} (leeg is onbekend)
              </label>
              <input
                id={`careOrgCount-${r.projectId}`}
                name={`careOrgCount:${r.projectId}`}
                type="text"
                inputMode="numeric"
                defaultValue={r.assessment?.careOrgCount ?? ""}
                aria-describedby={`careOrgCount-${r.projectId}-hint`}
                className="w-16 rounded border border-gray-400 px-1 py-1"
              />
              <span id={`careOrgCount-${r.projectId}-hint`} className="mt-0.5 block text-xs text-muted">
                {r.previous ? `Vorige: ${short(r.previous, "careOrgCount")}` : ""}
                {r.proposal ? ` · Voorstel: ${short(r.proposal, "careOrgCount")}` : ""}
              </span>
              {fieldError(r.projectId, "careOrgCount") ? <span className="block text-xs text-red-800">{fieldError(r.projectId, "careOrgCount")}</span> : null}
            </td>
            <td className="px-2 py-2">
              {r.proposal || r.previous ? (
                <button type="button" onClick={() => take(r)} className="text-xs text-brand-700 underline">
                  {r.proposal ? "Voorstel" : "Vorige"} overnemen<span className="sr-only"> voor {r.wirNumber}</span>
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </ScrollTable>
      <SubmitButton pending={pending}>Alles opslaan</SubmitButton>
    </form>
  );
}
