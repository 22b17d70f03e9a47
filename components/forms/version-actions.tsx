"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/server/core/action";

type Action<T> = (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

function Message({ state }: { state: ActionResult<unknown> | null }) {
  if (!state || state.ok) return null;
  return (
    <p role="alert" className="mt-2 text-sm text-red-800">
      {state.message}
    </p>
  );
}

export function StartVersionForm({ action, periode, vergelijk, label }: { action: Action<{ number: number }>; periode: string; vergelijk: string; label: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="periode" value={periode} />
      <input type="hidden" name="vergelijk" value={vergelijk} />
      <button type="submit" disabled={pending} className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50 disabled:opacity-60">
        {pending ? "Bezig…" : label}
      </button>
      <Message state={state} />
    </form>
  );
}

export function PublishVersionForm({ action, id, version, number }: { action: Action<{ number: number; periodCode: string }>; id: string; version: number; number: number }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(`Versie ${number} publiceren? De cijfers en toelichting worden dan vastgelegd en zijn niet meer te wijzigen.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Bezig met publiceren…" : `Versie ${number} publiceren`}
      </button>
      <Message state={state} />
    </form>
  );
}
