"use client";
import { useRef, useState } from "react";
import type { Judgement } from "@/lib/domain/assessment";
import { JUDGEMENT_CHOICES, JUDGEMENT_FIELDS } from "@/lib/domain/fields";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField, useFormAction, type FormAction } from "./fields";

/** Approve, or return with a comment. */
export function ReviewForm({ action, id, version, decidable }: { action: FormAction; id: string; version: number; decidable: boolean }) {
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action);
  const [returning, setReturning] = useState(false);
  // after a decision the buttons go, but the confirmation stays for the reviewer (and screen readers)
  if (!decidable) return state ? <FormMessage state={state} /> : null;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 border-t border-gray-200 pt-3" aria-label="Update beoordelen">
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {returning ? <TextAreaField id="return-comment" name="comment" label="Commentaar voor de projectleider" rows={3} autoFocus error={errors("comment")} /> : null}
      <div className="flex flex-wrap gap-2">
        {returning ? (
          <>
            <SubmitButton pending={pending} name="decision" value="return" tone="danger" pendingLabel="Bezig met terugsturen…">
              Terugsturen met commentaar
            </SubmitButton>
            <button type="button" onClick={() => setReturning(false)} className="px-2 text-brand-700 underline">
              Annuleren
            </button>
          </>
        ) : (
          <>
            <SubmitButton pending={pending} name="decision" value="approve" pendingLabel="Bezig met goedkeuren…" confirm="Deze update goedkeuren? De projectleider kan hem daarna niet meer wijzigen.">
              Goedkeuren
            </SubmitButton>
            <button type="button" onClick={() => setReturning(true)} className="rounded border border-red-700 px-4 py-1.5 text-red-800 hover:bg-red-50">
              Terugsturen…
            </button>
          </>
        )}
      </div>
    </form>
  );
}

type Stored = (Judgement & { version: number }) | null;

/**
 * The judgement of one project at one period: WIR's assessment or the inkoper's proposal. The
 * previous period's values (and, for WIR, the proposal) are shown beside each field and can be
 * taken over with a button; they are never saved unless the user saves the form.
 */
export function JudgementForm({
  action,
  kind,
  projectId,
  periodId,
  current,
  previous,
  proposal,
  suggestions,
}: {
  action: FormAction;
  kind: "assessment" | "proposal";
  projectId: string;
  periodId: string;
  current: Stored;
  previous: Judgement | null;
  proposal: Judgement | null;
  suggestions: { label: string; values: Judgement }[];
}) {
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  const take = (values: Judgement) => {
    const form = formRef.current;
    if (!form) return;
    for (const f of JUDGEMENT_CHOICES) (form.elements.namedItem(f.key) as HTMLSelectElement).value = values[f.key] ?? "";
    (form.elements.namedItem("careOrgCount") as HTMLInputElement).value = values.careOrgCount == null ? "" : String(values.careOrgCount);
  };
  const hint = (key: keyof Judgement, enumOf?: { label(v: never): string }) => {
    const show = (j: Judgement | null) => {
      if (!j) return null;
      const v = j[key];
      if (v == null || v === "") return key === "careOrgCount" ? "onbekend" : "—";
      return enumOf ? enumOf.label(v as never) : String(v);
    };
    const parts = [previous ? `Vorige periode: ${show(previous)}` : null, proposal ? `Voorstel inkoper: ${show(proposal)}` : null].filter(Boolean);
    return parts.length ? parts.join(" · ") : undefined;
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-label={kind === "assessment" ? "Beoordeling" : "Voorstel"}>
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="version" value={current?.version ?? 0} />
      {suggestions.length ? (
        <div className="flex flex-wrap gap-2">
          {suggestions.map((s) => (
            <button key={s.label} type="button" onClick={() => take(s.values)} className="rounded border border-brand-700 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50">
              {s.label}
            </button>
          ))}
        </div>
      ) : null}
      {/* remounted when the stored version changes, so the fields show what was saved */}
      <div key={current?.version ?? 0} className="grid gap-4 md:grid-cols-2">
        {JUDGEMENT_CHOICES.map((f) => (
          <SelectField
            key={f.key}
            id={`j-${f.key}`}
            name={f.key}
            label={f.label}
            options={f.enum.options}
            defaultValue={current?.[f.key] ?? null}
            placeholder="— nog niet gekozen —"
            error={errors(f.key)}
            hint={hint(f.key, f.enum)}
          />
        ))}
        <TextField
          id="j-careOrgCount"
          name="careOrgCount"
          label={JUDGEMENT_FIELDS.careOrgCount.label}
          inputMode="numeric"
          defaultValue={current?.careOrgCount ?? ""}
          hint={`Laat leeg als het aantal onbekend is. ${hint("careOrgCount") ?? ""}`.trim()}
          error={errors("careOrgCount")}
        />
        <div className="md:col-span-2">
          <TextAreaField id="j-note" name="note" label={JUDGEMENT_FIELDS.note.label} rows={3} defaultValue={current?.note ?? ""} error={errors("note")} />
        </div>
      </div>
      <SubmitButton pending={pending}>{kind === "assessment" ? "Beoordeling opslaan" : "Voorstel opslaan"}</SubmitButton>
    </form>
  );
}
