"use client";
import { FormMessage, SubmitButton, useFormAction, type FormAction } from "./fields";

export function StartVersionForm({ action, periode, vergelijk, label }: { action: FormAction<{ number: number }>; periode: string; vergelijk: string; label: string }) {
  const { state, onSubmit, pending, messageRef } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="periode" value={periode} />
      <input type="hidden" name="vergelijk" value={vergelijk} />
      <SubmitButton pending={pending} pendingLabel="Bezig…" tone="secondary">
        {label}
      </SubmitButton>
      <FormMessage state={state} messageRef={messageRef} />
    </form>
  );
}

export function PublishVersionForm({ action, id, version, number }: { action: FormAction<{ number: number; periodCode: string }>; id: string; version: number; number: number }) {
  const { state, onSubmit, pending, messageRef } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton
        pending={pending}
        pendingLabel="Bezig met publiceren…"
        confirm={`Versie ${number} publiceren? De cijfers en toelichting worden dan vastgelegd en zijn niet meer te wijzigen.`}
      >
        {`Versie ${number} publiceren`}
      </SubmitButton>
      <FormMessage state={state} messageRef={messageRef} />
    </form>
  );
}
