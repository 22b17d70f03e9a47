"use client";
/**
 * The form kit: every form in the app is built from these fields and submits one way, through
 * `useFormAction` (React's `useActionState` around a server action that returns an
 * `ActionResult`). Fields have one prop API: `id`, `label`, optional `name` (defaults to the id),
 * `hint`, `error` (Dutch messages from the server) and either `value` + `onChange` (a form that
 * keeps its values in state, e.g. with a draft backup) or `defaultValue` (a plain form). The
 * message after a save, the submit button and its pending state are shared too. See
 * docs/decisions/0013-one-form-kit.md.
 */
import { useActionState, useRef, useTransition, type ReactNode, type RefObject } from "react";
import type { ActionResult } from "@/lib/server/core/action";
import { ChoiceOptions, type Choice } from "@/components/ui/filter-select";

export type FieldErrors = Record<string, string[] | undefined>;

export const inputClass = "mt-1 w-full rounded border border-gray-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

type FieldProps = {
  id: string;
  /** the form field name; the id when left out */
  name?: string;
  label: string;
  hint?: string;
  error?: string[];
  required?: boolean;
  /** the label is read by screen readers only (tables with a column header) */
  srOnlyLabel?: boolean;
};

type ValueProps = { value: string; onChange: (value: string) => void; defaultValue?: undefined } | { value?: undefined; onChange?: undefined; defaultValue?: string | number | null };

export function describedBy(id: string, error?: string[], hint?: string) {
  return [hint ? `${id}-hint` : "", error?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

export function FieldError({ id, error }: { id: string; error?: string[] }) {
  if (!error?.length) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
      {error.join(" ")}
    </p>
  );
}

/** A label, an optional hint, the control and its Dutch validation message. */
export function Field({ id, label, hint, error, required, srOnlyLabel, children }: Omit<FieldProps, "name"> & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className={srOnlyLabel ? "sr-only" : "block font-medium"}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
        {required ? <span className="sr-only"> (verplicht)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The attributes every control shares: name, validity and what describes it. */
function controlProps(p: FieldProps & ValueProps) {
  const valueProps =
    p.onChange !== undefined
      ? { value: p.value, onChange: (e: { target: { value: string } }) => p.onChange!(e.target.value) }
      : { defaultValue: p.defaultValue == null ? "" : String(p.defaultValue) };
  return {
    id: p.id,
    name: p.name ?? p.id,
    "aria-invalid": p.error?.length ? true : undefined,
    "aria-describedby": describedBy(p.id, p.error, p.hint),
    "aria-required": p.required || undefined,
    className: inputClass,
    ...valueProps,
  };
}

export function TextField(
  props: FieldProps &
    ValueProps & { type?: string; maxLength?: number; inputMode?: "numeric" | "email" | "tel" | "url" | "text"; autoComplete?: string; min?: number; max?: number },
) {
  const { type = "text", maxLength, inputMode, autoComplete, min, max } = props;
  return (
    <Field {...props}>
      <input {...controlProps(props)} type={type} maxLength={maxLength} inputMode={inputMode} autoComplete={autoComplete ?? "off"} min={min} max={max} />
    </Field>
  );
}

export function TextAreaField(props: FieldProps & ValueProps & { rows?: number; maxLength?: number; autoFocus?: boolean }) {
  return (
    <Field {...props}>
      <textarea {...controlProps(props)} rows={props.rows ?? 4} maxLength={props.maxLength} autoFocus={props.autoFocus} />
    </Field>
  );
}

export type { Choice };

export function SelectField(props: FieldProps & ValueProps & { options: readonly Choice[]; placeholder?: string }) {
  return (
    <Field {...props}>
      <select {...controlProps(props)}>
        <ChoiceOptions options={props.options} empty={props.placeholder ?? "Kies…"} />
      </select>
    </Field>
  );
}

/* ---------------------------------------------------------------- submitting ---- */

/** A server action as forms call it: the previous result and the form's data (FormData or, for a form with nested values, a plain object). */
export type FormAction<T = unknown, P = FormData> = (prev: ActionResult<T> | null, payload: P) => Promise<ActionResult<T>>;

/**
 * The one way a form submits. `onSubmit` sends the form's FormData (with the pressed button's
 * name/value); `submit(payload)` sends a value object. React's automatic form reset is not used,
 * so a failed save never clears what the user typed; after a failure the message gets focus.
 */
export function useFormAction<T, P = FormData>(action: FormAction<T, P>, options: { onSuccess?: (result: ActionResult<T> & { ok: true }) => void } = {}) {
  const messageRef = useRef<HTMLDivElement>(null);
  const [state, dispatch, actionPending] = useActionState(async (prev: ActionResult<T> | null, payload: P) => {
    const result = await action(prev, payload);
    if (result.ok) options.onSuccess?.(result);
    else setTimeout(() => messageRef.current?.focus(), 0);
    return result;
  }, null);
  const [transitionPending, startTransition] = useTransition();
  const submit = (payload: P) => startTransition(() => dispatch(payload));
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter ?? undefined);
    submit(data as P);
  };
  /** the Dutch messages for one field after a failed save */
  const errors = (name: string): string[] => (state && !state.ok ? (state.fieldErrors[name] ?? []) : []);
  return { state, submit, onSubmit, pending: actionPending || transitionPending, errors, messageRef };
}

/**
 * The message after a save: the success text, or what went wrong. For a version conflict a link
 * to the other change and a way to load it; for an expired session a way to sign in again in a
 * new tab without losing the typed text.
 */
export function FormMessage({
  state,
  messageRef,
  conflict,
  retryHint = "en probeer het daarna opnieuw.",
  children,
}: {
  state: ActionResult<unknown> | null;
  messageRef?: RefObject<HTMLDivElement | null>;
  conflict?: { href?: string; label: string; onLoadNewVersion?: () => void };
  retryHint?: string;
  /** shown above the message (e.g. the restored-draft notice) */
  children?: ReactNode;
}) {
  const show = state && (!state.ok || state.message);
  return (
    <div ref={messageRef} tabIndex={-1} className="space-y-2 outline-none">
      {children}
      {show ? (
        <MessageBox tone={state.ok ? "success" : "error"}>
          <p>{state.message}</p>
          {!state.ok && state.code === "conflict" && conflict ? (
            <p className="mt-2 flex flex-wrap gap-4">
              {conflict.href ? (
                <a href={conflict.href} target="_blank" rel="noopener" className="underline">
                  {conflict.label}
                </a>
              ) : null}
              <button type="button" className="underline" onClick={conflict.onLoadNewVersion ?? (() => window.location.reload())}>
                Laad de nieuwe versie (uw invoer vervalt)
              </button>
            </p>
          ) : null}
          {!state.ok && state.code === "unauthenticated" ? (
            <p className="mt-2">
              <a href="/inloggen" target="_blank" rel="noopener" className="underline">
                Log opnieuw in (nieuw tabblad)
              </a>{" "}
              {retryHint}
            </p>
          ) : null}
        </MessageBox>
      ) : null}
    </div>
  );
}

/** A success or error box with the role a screen reader announces. */
export function MessageBox({ tone, children }: { tone: "success" | "error"; children: ReactNode }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded border p-3 ${tone === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-green-300 bg-green-50 text-green-900"}`}
    >
      {children}
    </div>
  );
}

const BUTTON_TONE = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-700 bg-white text-brand-700 hover:bg-brand-50",
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

/**
 * The submit button: disabled while saving, with its own "Bezig…" text. `confirm` asks first
 * (for what cannot be undone); cancelling sends nothing.
 */
export function SubmitButton({
  pending,
  children,
  pendingLabel = "Bezig met opslaan…",
  name,
  value,
  tone = "primary",
  confirm,
  onClick,
  type = "submit",
  ariaLabel,
  small,
  disabled,
}: {
  pending: boolean;
  /** also disabled while another button of the form is busy */
  disabled?: boolean;
  children: ReactNode;
  pendingLabel?: string;
  name?: string;
  value?: string;
  tone?: keyof typeof BUTTON_TONE;
  confirm?: string;
  onClick?: () => void;
  type?: "submit" | "button";
  ariaLabel?: string;
  small?: boolean;
}) {
  return (
    <button
      type={type}
      name={name}
      value={value}
      disabled={pending || disabled}
      aria-label={ariaLabel}
      onClick={(e) => {
        if (confirm && !window.confirm(confirm)) {
          e.preventDefault();
          return;
        }
        onClick?.();
      }}
      className={`rounded font-medium disabled:opacity-60 ${small ? "px-3 py-1 text-sm" : "px-4 py-1.5"} ${BUTTON_TONE[tone]}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}

/** Shown when a form restored typed text from its draft backup; the button throws it away. */
export function RestoredDraftNotice({ onDiscard, discardLabel = "Verwerpen" }: { onDiscard: () => void; discardLabel?: string }) {
  return (
    <MessageBox tone="success">
      Uw niet-opgeslagen invoer van eerder is teruggezet.{" "}
      <button type="button" className="underline" onClick={onDiscard}>
        {discardLabel}
      </button>
    </MessageBox>
  );
}

/**
 * The version a row of a bulk form was read at, sent back with it, and the alert when saving it
 * failed because someone else changed the row in the meantime.
 */
export function RowVersion({ id, version, conflict, what, alertClassName }: { id: string; version: number; conflict: boolean; what: string; alertClassName: string }) {
  return (
    <>
      {conflict ? (
        <span role="alert" className={alertClassName}>
          {`Niet opgeslagen: iemand anders wijzigde ${what} intussen.`}
        </span>
      ) : null}
      <input type="hidden" name={`version:${id}`} value={version} />
    </>
  );
}
