"use client";
import { useRef, useState } from "react";
import { IMPACT, PROJECT_STATUS, RESULT_SHARING, SCALABILITY } from "@/lib/domain/enums";
import type { Judgement } from "@/lib/domain/assessment";
import { ChoiceField, FieldError, FormMessage, SubmitButton, errorsOf, useSubmit, type FormAction } from "./review-form-kit";

/** Approve, or return with a comment. */
export function ReviewForm({ action, id, version, decidable }: { action: FormAction; id: string; version: number; decidable: boolean }) {
  const { state, onSubmit, pending } = useSubmit(action);
  const [returning, setReturning] = useState(false);
  const commentErrors = errorsOf(state, "comment");
  // after a decision the buttons go, but the confirmation stays for the reviewer (and screen readers)
  if (!decidable) return state ? <FormMessage state={state} /> : null;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 border-t border-gray-200 pt-3" aria-label="Update beoordelen">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {returning ? (
        <div>
          <label htmlFor="return-comment" className="block text-sm font-medium">
            Commentaar voor de projectleider
          </label>
          <textarea
            id="return-comment"
            name="comment"
            rows={3}
            autoFocus
            aria-invalid={commentErrors.length ? true : undefined}
            aria-describedby={commentErrors.length ? "return-comment-error" : undefined}
            className="mt-1 w-full rounded border border-gray-400 px-2 py-1"
          />
          <FieldError id="return-comment-error" messages={commentErrors} />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {returning ? (
          <>
            <SubmitButton pending={pending} name="decision" value="return" tone="danger">
              Terugsturen met commentaar
            </SubmitButton>
            <button type="button" onClick={() => setReturning(false)} className="px-2 text-brand-700 underline">
              Annuleren
            </button>
          </>
        ) : (
          <>
            <SubmitButton pending={pending} name="decision" value="approve">
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

const FIELDS = [
  { key: "status", label: "Projectstatus", options: PROJECT_STATUS.options, enumOf: PROJECT_STATUS },
  { key: "impact", label: "Mate van impact", options: IMPACT.options, enumOf: IMPACT },
  { key: "sharing", label: "Delen van resultaten", options: RESULT_SHARING.options, enumOf: RESULT_SHARING },
  { key: "scalability", label: "Opschaalbaarheid", options: SCALABILITY.options, enumOf: SCALABILITY },
] as const;

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
  const { state, onSubmit, pending } = useSubmit(action);
  const formRef = useRef<HTMLFormElement>(null);
  const take = (values: Judgement) => {
    const form = formRef.current;
    if (!form) return;
    for (const f of FIELDS) (form.elements.namedItem(f.key) as HTMLSelectElement).value = values[f.key] ?? "";
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
      <FormMessage state={state} />
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
        {FIELDS.map((f) => (
          <ChoiceField
            key={f.key}
            id={`j-${f.key}`}
            name={f.key}
            label={f.label}
            options={f.options}
            defaultValue={current?.[f.key] ?? null}
            errors={errorsOf(state, f.key)}
            hint={hint(f.key, f.enumOf)}
          />
        ))}
        <div>
          <label htmlFor="j-careOrgCount" className="block text-sm font-medium">
            Aantal betrokken zorgorganisaties
          </label>
          <input
            id="j-careOrgCount"
            name="careOrgCount"
            type="text"
            inputMode="numeric"
            defaultValue={current?.careOrgCount ?? ""}
            aria-describedby="j-careOrgCount-hint j-careOrgCount-error"
            aria-invalid={errorsOf(state, "careOrgCount").length ? true : undefined}
            className="mt-1 w-full rounded border border-gray-400 px-2 py-1.5"
          />
          <p id="j-careOrgCount-hint" className="mt-1 text-xs text-muted">
            Laat leeg als het aantal onbekend is. {hint("careOrgCount") ?? ""}
          </p>
          <FieldError id="j-careOrgCount-error" messages={errorsOf(state, "careOrgCount")} />
        </div>
        <div className="md:col-span-2">
          <label htmlFor="j-note" className="block text-sm font-medium">
            Notitie
          </label>
          <textarea id="j-note" name="note" rows={3} defaultValue={current?.note ?? ""} className="mt-1 w-full rounded border border-gray-400 px-2 py-1" aria-describedby="j-note-error" />
          <FieldError id="j-note-error" messages={errorsOf(state, "note")} />
        </div>
      </div>
      <SubmitButton pending={pending}>{kind === "assessment" ? "Beoordeling opslaan" : "Voorstel opslaan"}</SubmitButton>
    </form>
  );
}
