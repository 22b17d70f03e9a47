"use client";
import { useId } from "react";
import { FieldError, FormMessage, SubmitButton, describedBy, inputClass, useFormAction, type FormAction } from "./fields";

/**
 * The editable narrative of one chapter. The report version's `version` goes along so a save never
 * overwrites someone else's newer text; on a conflict the typed text stays in the box.
 */
export function NarrativeForm({
  action,
  reportVersionId,
  version,
  chapter,
  chapterTitle,
  text,
}: {
  action: FormAction<{ version: number }>;
  reportVersionId: string;
  version: number;
  chapter: string;
  chapterTitle: string;
  text: string;
}) {
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action);
  const id = useId();
  const value = state && !state.ok && typeof state.values?.text === "string" ? state.values.text : text;
  return (
    <form onSubmit={onSubmit} className="no-print my-3 space-y-2" aria-label={`Toelichting ${chapterTitle}`}>
      <input type="hidden" name="id" value={reportVersionId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="chapter" value={chapter} />
      <label htmlFor={id} className="block text-sm font-medium">
        Toelichting bij {chapterTitle}
      </label>
      <textarea
        id={id}
        name="text"
        key={`${version}-${value.length}`}
        defaultValue={value}
        rows={6}
        maxLength={20000}
        aria-invalid={errors("text").length ? true : undefined}
        aria-describedby={describedBy(id, errors("text"))}
        className={inputClass}
      />
      <FieldError id={id} error={errors("text")} />
      <SubmitButton pending={pending}>Toelichting opslaan</SubmitButton>
      <FormMessage state={state?.ok ? { ...state, message: state.message ?? "Opgeslagen." } : state} messageRef={messageRef} />
    </form>
  );
}
