"use client";
import { useState } from "react";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField, useFormAction, type FormAction } from "./fields";

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

export function CreatePeriodForm({ action }: { action: FormAction }) {
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action);
  const thisYear = new Date().getFullYear();
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Nieuwe periode aanmaken">
      <FormMessage state={state} messageRef={messageRef} />
      <SelectField
        id="period-month"
        name="month"
        label="Maand"
        options={MONTHS.map((m, i) => ({ value: String(i + 1), label: m }))}
        placeholder="— kies een maand —"
        error={errors("month")}
      />
      <TextField id="period-year" name="year" label="Jaar" type="number" inputMode="numeric" defaultValue={thisYear} min={2018} max={2100} error={errors("year")} />
      <TextField
        id="period-peildatum"
        name="peildatum"
        label="Peildatum"
        type="date"
        hint="De datum waarop de stand wordt opgemaakt, meestal rond 1 maart of 1 november."
        error={errors("peildatum")}
      />
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
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action);
  const [reopening, setReopening] = useState(false);
  const hidden = (
    <>
      <input type="hidden" name="id" value={period.id} />
      <input type="hidden" name="version" value={period.version} />
    </>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" aria-label={`Periode ${period.label}`}>
      <FormMessage state={state} messageRef={messageRef} />
      {hidden}
      {period.state === "PLANNED" ? (
        otherOpenLabel ? (
          <p className="text-xs text-muted">Sluit eerst {otherOpenLabel} om deze periode te openen.</p>
        ) : (
          <SubmitButton pending={pending} name="step" value="open" confirm={`Periode ${period.label} openen? Projectleiders kunnen dan hun voortgangsupdates schrijven.`}>
            Periode {period.label} openen
          </SubmitButton>
        )
      ) : null}
      {period.state === "OPEN" ? (
        <SubmitButton
          pending={pending}
          name="step"
          value="close"
          tone="danger"
          confirm={`Periode ${period.label} sluiten? De beoordelingen, scores en updates worden dan vastgelegd; heropenen kan alleen met een reden.`}
        >
          Periode {period.label} sluiten
        </SubmitButton>
      ) : null}
      {period.state === "CLOSED" && !otherOpenLabel ? (
        reopening ? (
          <div className="space-y-2">
            <TextAreaField id={`reason-${period.id}`} name="reason" label={`Reden om ${period.label} te heropenen`} rows={2} error={errors("reason")} />
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
