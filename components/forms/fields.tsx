"use client";
/**
 * Accessible form fields: a visible label, an optional hint and the Dutch validation message
 * right next to the field (aria-invalid, aria-describedby), so a screen reader reads it too.
 */
import type { ReactNode } from "react";

export type FieldErrors = Record<string, string[] | undefined>;

export const inputClass = "mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

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

export function Field({ id, label, hint, error, required, children }: { id: string; label: string; hint?: string; error?: string[]; required?: boolean; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
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

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  required,
  type = "text",
  maxLength,
  inputMode,
  autoComplete,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string[];
  hint?: string;
  required?: boolean;
  type?: string;
  maxLength?: number;
  inputMode?: "numeric" | "email" | "tel" | "url" | "text";
  autoComplete?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        aria-required={required || undefined}
        maxLength={maxLength}
        inputMode={inputMode}
        autoComplete={autoComplete ?? "off"}
        className={inputClass}
      />
    </Field>
  );
}

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  rows = 4,
  required,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string[];
  hint?: string;
  rows?: number;
  required?: boolean;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        aria-required={required || undefined}
        className={inputClass}
      />
    </Field>
  );
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  error,
  hint,
  required,
  placeholder = "Kies…",
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: readonly { value: string; label: string }[];
  error?: string[];
  hint?: string;
  required?: boolean;
  placeholder?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <select
        id={id}
        name={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        aria-required={required || undefined}
        className={inputClass}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The form-level message after a save: success, or what went wrong (with a role the reader announces). */
export function FormMessage({ tone, children }: { tone: "success" | "error"; children: ReactNode }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded border p-3 ${tone === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-green-300 bg-green-50 text-green-900"}`}
    >
      {children}
    </div>
  );
}

/**
 * What a form with a draft backup shows after saving: the message, and for a version
 * conflict a link to the other change and a way to load it; for an expired session a way to sign
 * in again without losing the typed text (it stays in the form and in the draft backup).
 */
export function SaveMessage({
  message,
  otherVersionHref,
  otherVersionLabel,
  retryHint,
  onLoadNewVersion,
}: {
  message: { text: string; code?: string; tone?: "success" | "error" };
  otherVersionHref?: string;
  otherVersionLabel: string;
  retryHint: string;
  onLoadNewVersion: () => void;
}) {
  return (
    <FormMessage tone={message.tone ?? "error"}>
      <p>{message.text}</p>
      {message.code === "conflict" && otherVersionHref ? (
        <p className="mt-2 flex flex-wrap gap-4">
          <a href={otherVersionHref} target="_blank" rel="noopener" className="underline">
            {otherVersionLabel}
          </a>
          <button type="button" className="underline" onClick={onLoadNewVersion}>
            Laad de nieuwe versie (uw invoer vervalt)
          </button>
        </p>
      ) : null}
      {message.code === "unauthenticated" ? (
        <p className="mt-2">
          <a href="/inloggen" target="_blank" rel="noopener" className="underline">
            Log opnieuw in (nieuw tabblad)
          </a>{" "}
          {retryHint}
        </p>
      ) : null}
    </FormMessage>
  );
}

/** Shown when a form restored typed text from its draft backup; the button throws it away. */
export function RestoredDraftNotice({ onDiscard, discardLabel = "Verwerpen" }: { onDiscard: () => void; discardLabel?: string }) {
  return (
    <FormMessage tone="success">
      Uw niet-opgeslagen invoer van eerder is teruggezet.{" "}
      <button type="button" className="underline" onClick={onDiscard}>
        {discardLabel}
      </button>
    </FormMessage>
  );
}
