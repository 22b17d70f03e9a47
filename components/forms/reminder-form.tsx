"use client";
import { FormMessage, SubmitButton, useFormAction, type FormAction } from "./fields";

/** Confirms the previewed reminder; the regions go back to the server, which looks up the projects again. */
export function SendReminderForm({ action, periodId, regionCodes, leaders }: { action: FormAction; periodId: string; regionCodes: readonly string[]; leaders: number }) {
  const { state, onSubmit, pending, messageRef } = useFormAction(action);
  const done = state?.ok === true;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Herinnering versturen">
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="periodId" value={periodId} />
      {regionCodes.map((c) => (
        <input key={c} type="hidden" name="regio" value={c} />
      ))}
      {done ? null : (
        <SubmitButton pending={pending} pendingLabel="Bezig met versturen…" confirm={`Herinnering versturen aan ${leaders} ${leaders === 1 ? "projectleider" : "projectleiders"}?`}>
          Herinnering versturen
        </SubmitButton>
      )}
    </form>
  );
}
