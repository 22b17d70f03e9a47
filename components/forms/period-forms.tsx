"use client";
import { useState } from "react";
import { ChoiceField, FieldError, FormMessage, SubmitButton, errorsOf, useSubmit, type FormAction } from "./review-form-kit";

/** A labelled date input with its hint and field error. */
function DateField({ id, name, label, hint, errors, defaultValue }: { id: string; name: string; label: string; hint?: string; errors: string[]; defaultValue?: string }) {
  const described = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="date"
        defaultValue={defaultValue}
        aria-describedby={described}
        aria-invalid={errors.length ? true : undefined}
        className="mt-1 w-full rounded border border-gray-400 px-2 py-1.5"
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

type Deadlines = { updateDeadline: string | null; assessmentDeadline: string | null; reminderDaysBefore: number };

/** The deadlines of a period: set when opening, changeable later with a reason. */
function DeadlineFields({ idPrefix, state, value }: { idPrefix: string; state: Parameters<typeof errorsOf>[0]; value?: Deadlines }) {
  const reminderErrors = errorsOf(state, "reminderDaysBefore");
  return (
    <>
      <DateField id={`${idPrefix}-update-deadline`} name="updateDeadline" label="Deadline voortgangsupdates" hint="De laatste dag waarop projectleiders hun update indienen." errors={errorsOf(state, "updateDeadline")} defaultValue={value?.updateDeadline ?? undefined} />
      <DateField id={`${idPrefix}-assessment-deadline`} name="assessmentDeadline" label="Deadline beoordelingen" errors={errorsOf(state, "assessmentDeadline")} defaultValue={value?.assessmentDeadline ?? undefined} />
      <div>
        <label htmlFor={`${idPrefix}-reminder`} className="block text-sm font-medium">
          Herinnering (dagen voor de deadline)
        </label>
        <input
          id={`${idPrefix}-reminder`}
          name="reminderDaysBefore"
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          defaultValue={value?.reminderDaysBefore ?? 7}
          aria-invalid={reminderErrors.length ? true : undefined}
          aria-describedby={reminderErrors.length ? `${idPrefix}-reminder-error` : undefined}
          className="mt-1 w-24 rounded border border-gray-400 px-2 py-1.5"
        />
        <FieldError id={`${idPrefix}-reminder-error`} messages={reminderErrors} />
      </div>
    </>
  );
}

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

export function CreatePeriodForm({ action }: { action: FormAction }) {
  const { state, onSubmit, pending } = useSubmit(action);
  const thisYear = new Date().getFullYear();
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Nieuwe periode aanmaken">
      <FormMessage state={state} />
      <ChoiceField
        id="period-month"
        name="month"
        label="Maand"
        options={MONTHS.map((m, i) => ({ value: String(i + 1), label: m }))}
        emptyLabel="— kies een maand —"
        errors={errorsOf(state, "month")}
      />
      <div>
        <label htmlFor="period-year" className="block text-sm font-medium">
          Jaar
        </label>
        <input
          id="period-year"
          name="year"
          type="number"
          inputMode="numeric"
          defaultValue={thisYear}
          min={2018}
          max={2100}
          aria-invalid={errorsOf(state, "year").length ? true : undefined}
          aria-describedby={errorsOf(state, "year").length ? "period-year-error" : undefined}
          className="mt-1 w-full rounded border border-gray-400 px-2 py-1.5"
        />
        <FieldError id="period-year-error" messages={errorsOf(state, "year")} />
      </div>
      <DateField
        id="period-peildatum"
        name="peildatum"
        label="Peildatum"
        hint="De datum waarop de stand wordt opgemaakt, meestal rond 1 maart of 1 november."
        errors={errorsOf(state, "peildatum")}
      />
      <SubmitButton pending={pending}>Periode aanmaken</SubmitButton>
    </form>
  );
}

export function PeriodTransitionForm({
  action,
  period,
  otherOpenLabel,
  suggestedDeadlines,
}: {
  action: FormAction;
  period: { id: string; label: string; state: "PLANNED" | "OPEN" | "CLOSED"; version: number } & Deadlines;
  otherOpenLabel: string | null;
  /** proposed when opening */
  suggestedDeadlines: Deadlines;
}) {
  const { state, onSubmit, pending } = useSubmit(action);
  const [reopening, setReopening] = useState(false);
  const [opening, setOpening] = useState(false);
  const [changing, setChanging] = useState(false);
  const hidden = (
    <>
      <input type="hidden" name="id" value={period.id} />
      <input type="hidden" name="version" value={period.version} />
    </>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" aria-label={`Periode ${period.label}`}>
      <FormMessage state={state} />
      {hidden}
      {period.state === "PLANNED" ? (
        otherOpenLabel ? (
          <p className="text-xs text-muted">Sluit eerst {otherOpenLabel} om deze periode te openen.</p>
        ) : opening ? (
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold">Deadlines voor {period.label}</legend>
            <DeadlineFields idPrefix={`open-${period.id}`} state={state} value={suggestedDeadlines} />
            <SubmitButton pending={pending} name="step" value="open">
              Periode {period.label} openen
            </SubmitButton>
          </fieldset>
        ) : (
          <button type="button" onClick={() => setOpening(true)} className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800">
            Periode {period.label} openen…
          </button>
        )
      ) : null}
      {period.state === "OPEN" ? (
        changing ? (
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold">Deadlines van {period.label} wijzigen</legend>
            <DeadlineFields idPrefix={`change-${period.id}`} state={state} value={period} />
            <div>
              <label htmlFor={`deadline-reason-${period.id}`} className="block text-sm font-medium">
                Reden van de wijziging
              </label>
              <textarea
                id={`deadline-reason-${period.id}`}
                name="reason"
                rows={2}
                className="w-full rounded border border-gray-400 px-2 py-1"
                aria-invalid={errorsOf(state, "reason").length ? true : undefined}
                aria-describedby={errorsOf(state, "reason").length ? `deadline-reason-${period.id}-error` : undefined}
              />
              <FieldError id={`deadline-reason-${period.id}-error`} messages={errorsOf(state, "reason")} />
            </div>
            <SubmitButton pending={pending} name="step" value="deadlines" tone="secondary">
              Deadlines opslaan
            </SubmitButton>
          </fieldset>
        ) : (
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton pending={pending} name="step" value="close" tone="danger">
              Periode {period.label} sluiten
            </SubmitButton>
            <button type="button" onClick={() => setChanging(true)} className="text-brand-700 underline">
              Deadlines wijzigen…
            </button>
          </div>
        )
      ) : null}
      {period.state === "CLOSED" && !otherOpenLabel ? (
        reopening ? (
          <div className="space-y-2">
            <label htmlFor={`reason-${period.id}`} className="block text-sm font-medium">
              Reden om {period.label} te heropenen
            </label>
            <textarea id={`reason-${period.id}`} name="reason" rows={2} className="w-full rounded border border-gray-400 px-2 py-1" aria-describedby={`reason-${period.id}-error`} />
            <FieldError id={`reason-${period.id}-error`} messages={errorsOf(state, "reason")} />
            <SubmitButton pending={pending} name="step" value="reopen" tone="secondary">
              Heropenen
            </SubmitButton>
          </div>
        ) : (
          <button type="button" onClick={() => setReopening(true)} className="text-brand-700 underline">
            Heropenen…
          </button>
        )
      ) : null}
    </form>
  );
}
