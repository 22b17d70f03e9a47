"use client";
/**
 * Small building blocks for the review, assessment and period forms (issue 5). Forms submit
 * through `useSubmit`, which calls the server action without React's automatic form reset, so a
 * failed save never clears what the user typed.
 */
import { useActionState, useTransition } from "react";
import type { ActionResult } from "@/lib/server/core/action";

export type FormAction<T = unknown> = (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

export function useSubmit<T>(action: FormAction<T>) {
  const [state, formAction, actionPending] = useActionState(action, null);
  const [transitionPending, startTransition] = useTransition();
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter ?? undefined);
    startTransition(() => formAction(data));
  };
  return { state, onSubmit, pending: actionPending || transitionPending };
}

export function FormMessage({ state }: { state: ActionResult<unknown> | null }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        {state.message}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
      {state.message}
    </p>
  );
}

export function errorsOf(state: ActionResult<unknown> | null, name: string): string[] {
  return state && !state.ok ? (state.fieldErrors[name] ?? []) : [];
}

export function FieldError({ id, messages }: { id: string; messages: string[] }) {
  if (!messages.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {messages.join(" ")}
    </p>
  );
}

export function SubmitButton({ pending, children, name, value, tone = "primary" }: { pending: boolean; children: React.ReactNode; name?: string; value?: string; tone?: "primary" | "secondary" | "danger" }) {
  const cls =
    tone === "primary"
      ? "bg-brand-700 text-white hover:bg-brand-800"
      : tone === "danger"
        ? "bg-red-700 text-white hover:bg-red-800"
        : "border border-brand-700 bg-white text-brand-700 hover:bg-brand-50";
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={`rounded px-4 py-1.5 disabled:opacity-60 ${cls}`}>
      {children}
    </button>
  );
}

export type Choice = { value: string; label: string };

/** A labelled select; `emptyLabel` is the "not chosen" option. */
export function ChoiceField({
  id,
  name,
  label,
  options,
  defaultValue,
  emptyLabel = "— nog niet gekozen —",
  errors = [],
  hint,
  srOnlyLabel = false,
}: {
  id: string;
  name: string;
  label: string;
  options: readonly Choice[];
  defaultValue?: string | null;
  emptyLabel?: string;
  errors?: string[];
  hint?: string;
  srOnlyLabel?: boolean;
}) {
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className={srOnlyLabel ? "sr-only" : "block text-sm font-medium"}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-gray-400 bg-white px-2 py-1.5"
      >
        <option value="">{emptyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
