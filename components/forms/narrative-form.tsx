"use client";
import { useActionState, useId } from "react";
import type { ActionResult } from "@/lib/server/core/action";

type SaveResult = ActionResult<{ version: number }> | null;

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
  action: (prev: SaveResult, formData: FormData) => Promise<SaveResult>;
  reportVersionId: string;
  version: number;
  chapter: string;
  chapterTitle: string;
  text: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const id = useId();
  const value = state && !state.ok && typeof state.values?.text === "string" ? state.values.text : text;
  return (
    <form action={formAction} className="no-print my-3 space-y-2" aria-label={`Toelichting ${chapterTitle}`}>
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
        aria-describedby={`${id}-status`}
        className="w-full rounded border border-gray-400 px-3 py-2"
      />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? "Bezig met opslaan…" : "Toelichting opslaan"}
        </button>
        <p id={`${id}-status`} role="status" aria-live="polite" className="text-sm">
          {state?.ok ? "Opgeslagen." : null}
          {state && !state.ok ? (
            <span className="text-red-800">
              {state.message}
              {state.fieldErrors.text ? ` ${state.fieldErrors.text.join(" ")}` : ""}
            </span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
