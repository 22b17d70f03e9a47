"use client";
import { useState } from "react";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField, useFormAction, type FormAction } from "./fields";

type Deadlines = { updateDeadline: string | null; assessmentDeadline: string | null; reminderDaysBefore: number };

const DEADLINES = [
  { name: "updateDeadline", id: "update-deadline", label: "Deadline voortgangsupdates", hint: "De laatste dag waarop projectleiders hun update indienen." },
  { name: "assessmentDeadline", id: "assessment-deadline", label: "Deadline beoordelingen", hint: "De laatste dag voor de beoordeling door inkopers en WIR." },
] as const;

/** The deadlines of a period: set when opening, changeable later with a reason. */
function DeadlineFields({ idPrefix, errors, value }: { idPrefix: string; errors: (name: string) => string[]; value?: Deadlines }) {
  return (
    <>
      {DEADLINES.map((d) => (
        <TextField key={d.name} id={`${idPrefix}-${d.id}`} name={d.name} label={d.label} type="date" hint={d.hint} defaultValue={value?.[d.name]} error={errors(d.name)} />
      ))}
      <TextField
        id={`${idPrefix}-reminder`}
        name="reminderDaysBefore"
        label="Herinnering (dagen voor de deadline)"
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        hint="Voor beide deadlines: projectleiders met een openstaande update, en inkopers en WIR met beoordelingen die nog openstaan, krijgen dan een herinnering."
        defaultValue={value?.reminderDaysBefore ?? 7}
        error={errors("reminderDaysBefore")}
      />
    </>
  );
}

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
  suggestedDeadlines,
}: {
  action: FormAction;
  period: { id: string; label: string; state: "PLANNED" | "OPEN" | "CLOSED"; version: number } & Deadlines;
  otherOpenLabel: string | null;
  /** proposed when opening */
  suggestedDeadlines: Deadlines;
}) {
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action);
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
      <FormMessage state={state} messageRef={messageRef} />
      {hidden}
      {period.state === "PLANNED" ? (
        otherOpenLabel ? (
          <p className="text-xs text-muted">Sluit eerst {otherOpenLabel} om deze periode te openen.</p>
        ) : opening ? (
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold">Deadlines voor {period.label}</legend>
            <DeadlineFields idPrefix={`open-${period.id}`} errors={errors} value={suggestedDeadlines} />
            <SubmitButton pending={pending} name="step" value="open" confirm={`Periode ${period.label} openen? Alle projectleiders krijgen dan bericht om hun voortgangsupdate te schrijven.`}>
              Periode {period.label} openen
            </SubmitButton>
          </fieldset>
        ) : (
          <button type="button" onClick={() => setOpening(true)} className="rounded bg-brand-700 px-4 py-1.5 font-medium text-white hover:bg-brand-800">
            Periode {period.label} openen…
          </button>
        )
      ) : null}
      {period.state === "OPEN" ? (
        changing ? (
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold">Deadlines van {period.label} wijzigen</legend>
            <DeadlineFields idPrefix={`change-${period.id}`} errors={errors} value={period} />
            <TextAreaField id={`deadline-reason-${period.id}`} name="reason" label="Reden van de wijziging" rows={2} error={errors("reason")} />
            <SubmitButton pending={pending} name="step" value="deadlines" tone="secondary">
              Deadlines opslaan
            </SubmitButton>
          </fieldset>
        ) : (
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton
              pending={pending}
              name="step"
              value="close"
              tone="danger"
              confirm={`Periode ${period.label} sluiten? De beoordelingen, scores en updates worden dan vastgelegd; heropenen kan alleen met een reden.`}
            >
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
