"use client";
import { useState } from "react";
import { ChoiceField, FieldError, FormMessage, SubmitButton, errorsOf, useSubmit, type FormAction } from "./review-form-kit";

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
      <div>
        <label htmlFor="period-peildatum" className="block text-sm font-medium">
          Peildatum
        </label>
        <input
          id="period-peildatum"
          name="peildatum"
          type="date"
          aria-describedby={`period-peildatum-hint${errorsOf(state, "peildatum").length ? " period-peildatum-error" : ""}`}
          aria-invalid={errorsOf(state, "peildatum").length ? true : undefined}
          className="mt-1 w-full rounded border border-gray-400 px-2 py-1.5"
        />
        <p id="period-peildatum-hint" className="mt-1 text-xs text-muted">
          De datum waarop de stand wordt opgemaakt, meestal rond 1 maart of 1 november.
        </p>
        <FieldError id="period-peildatum-error" messages={errorsOf(state, "peildatum")} />
      </div>
      <SubmitButton pending={pending}>Periode aanmaken</SubmitButton>
    </form>
  );
}

export function PeriodTransitionForm({
  action,
  period,
  otherOpenLabel,
}: {
  action: FormAction;
  period: { id: string; label: string; state: "PLANNED" | "OPEN" | "CLOSED"; version: number };
  otherOpenLabel: string | null;
}) {
  const { state, onSubmit, pending } = useSubmit(action);
  const [reopening, setReopening] = useState(false);
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
        ) : (
          <SubmitButton pending={pending} name="step" value="open">
            Periode {period.label} openen
          </SubmitButton>
        )
      ) : null}
      {period.state === "OPEN" ? (
        <SubmitButton pending={pending} name="step" value="close" tone="danger">
          Periode {period.label} sluiten
        </SubmitButton>
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
