"use client";
/**
 * Forms for results (issue 14): a project's indicators, measurements, traject steps, the funding
 * decision, the final evaluation and WIR's indicator library. They submit through `useSubmit`,
 * so a failed save keeps what was typed.
 */
import { useRef, useState } from "react";
import { FieldError, FormMessage, SelectField, SubmitButton, TextAreaField, TextField, inputClass, useFormAction, type FormAction } from "./fields";
import {
  BARRIER,
  FUNDING_DECISION,
  INDICATOR_DIRECTION,
  INDICATOR_UNIT,
  SUCCESS_FACTOR,
  TRAJECT_STAGE,
  TRANSFERABILITY,
  formatIndicatorValue,
  type IndicatorUnit,
} from "@/lib/domain/results/enums";
import { formatDecimalInput } from "@/lib/domain/results/validation";
import { FINAL_EVALUATION_FIELDS, FUNDING_FIELDS, INDICATOR_FIELDS, PROJECT_INDICATOR_FIELDS, TRAJECT_FIELDS } from "@/lib/domain/fields";
import { Table } from "@/components/ui/table";

const inputCls = inputClass;

function Checkboxes({ legend, name, options, selected, errors }: { legend: string; name: string; options: readonly { value: string; label: string }[]; selected: readonly string[]; errors: string[] }) {
  return (
    <fieldset aria-describedby={errors.length ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} className="mt-1" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={name} error={errors} />
    </fieldset>
  );
}

export type LibraryChoice = { id: string; name: string; unit: IndicatorUnit; definition: string };

/** Add an indicator to a project: from the library, or the project's own. */
export function AddProjectIndicatorForm({ action, projectId, library }: { action: FormAction; projectId: string; library: LibraryChoice[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [source, setSource] = useState<"library" | "own">("library");
  // after an indicator is added the form starts empty for the next one, and says it was saved
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action, {
    onSuccess: () => {
      formRef.current?.reset();
      setSource("library");
    },
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Indicator toevoegen">
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="version" value="0" />
      <fieldset>
        <legend className="text-sm font-medium">Welke indicator?</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="source" value="library" checked={source === "library"} onChange={() => setSource("library")} /> Uit de indicatorbibliotheek (vergelijkbaar met andere projecten)
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="source" value="own" checked={source === "own"} onChange={() => setSource("own")} /> Eigen indicator van dit project
          </label>
        </div>
      </fieldset>
      {source === "library" ? (
        <SelectField
          id="pi-indicator"
          name="indicatorId"
          label={PROJECT_INDICATOR_FIELDS.indicator.label}
          placeholder="— kies een indicator —"
          options={library.map((i) => ({ value: i.id, label: `${i.name} (${INDICATOR_UNIT.label(i.unit)})` }))}
          error={errors("indicatorId")}
        />
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id="pi-own-name" name="ownName" label="Naam van de eigen indicator" error={errors("ownName")} />
          <SelectField id="pi-own-unit" name="ownUnit" label={INDICATOR_FIELDS.unit.label} options={INDICATOR_UNIT.options} error={errors("ownUnit")} />
          <SelectField id="pi-own-direction" name="ownDirection" label={INDICATOR_FIELDS.direction.label} options={INDICATOR_DIRECTION.options} error={errors("ownDirection")} />
          <TextAreaField id="pi-own-definition" name="ownDefinition" label="Definitie (wat telt u, bij wie)" error={errors("ownDefinition")} rows={2} />
        </div>
      )}
      <BaselineTargetFields idPrefix="pi-new" errors={errors} />
      <SubmitButton pending={pending}>Indicator toevoegen</SubmitButton>
    </form>
  );
}

function BaselineTargetFields({ idPrefix, errors, values }: { idPrefix: string; errors: (name: string) => string[]; values?: { baselineValue: number | null; baselineDate: string | null; baselineMethod: string; targetValue: number | null; targetDate: string | null } }) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <TextField id={`${idPrefix}-bv`} name="baselineValue" label={PROJECT_INDICATOR_FIELDS.baselineValue.label} error={errors("baselineValue")} defaultValue={formatDecimalInput(values?.baselineValue)} hint="Bijvoorbeeld 7,3" />
      <TextField id={`${idPrefix}-bd`} name="baselineDate" label={PROJECT_INDICATOR_FIELDS.baselineDate.label} type="date" error={errors("baselineDate")} defaultValue={values?.baselineDate ?? ""} />
      <TextField id={`${idPrefix}-bm`} name="baselineMethod" label={PROJECT_INDICATOR_FIELDS.baselineMethod.label} error={errors("baselineMethod")} defaultValue={values?.baselineMethod ?? ""} hint="Bron of instrument, bijvoorbeeld de verzuimregistratie" />
      <TextField id={`${idPrefix}-tv`} name="targetValue" label={PROJECT_INDICATOR_FIELDS.targetValue.label} error={errors("targetValue")} defaultValue={formatDecimalInput(values?.targetValue)} />
      <TextField id={`${idPrefix}-td`} name="targetDate" label={PROJECT_INDICATOR_FIELDS.targetDate.label} type="date" error={errors("targetDate")} defaultValue={values?.targetDate ?? ""} />
    </div>
  );
}

/** Change baseline and target of one of the project's indicators, or remove it. */
export function EditProjectIndicatorForm({
  action,
  removeAction,
  projectId,
  item,
}: {
  action: FormAction;
  removeAction: FormAction;
  projectId: string;
  item: { id: string; version: number; name: string; hasMeasurements: boolean; baselineValue: number | null; baselineDate: string | null; baselineMethod: string; targetValue: number | null; targetDate: string | null };
}) {
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action);
  const remove = useFormAction(removeAction);
  return (
    <div className="space-y-2">
      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Nulmeting en streefwaarde van ${item.name}`}>
        <FormMessage state={state} messageRef={messageRef} />
        <input type="hidden" name="projectId" value={projectId} />
        <input type="hidden" name="projectIndicatorId" value={item.id} />
        <input type="hidden" name="version" value={item.version} />
        <BaselineTargetFields idPrefix={`pi-${item.id}`} errors={errors} values={item} />
        <SubmitButton pending={pending} tone="secondary">
          Opslaan
        </SubmitButton>
      </form>
      {!item.hasMeasurements ? (
        <form onSubmit={remove.onSubmit} aria-label={`${item.name} verwijderen`}>
          <FormMessage state={remove.state} messageRef={remove.messageRef} />
          <input type="hidden" name="projectId" value={projectId} />
          <input type="hidden" name="projectIndicatorId" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
          <button type="submit" className="text-sm text-red-800 underline" disabled={remove.pending}>
            Indicator verwijderen
          </button>
        </form>
      ) : null}
    </div>
  );
}

export type MeasurementRow = {
  projectIndicatorId: string;
  name: string;
  own: boolean;
  unit: IndicatorUnit;
  baselineValue: number | null;
  targetValue: number | null;
  value: number | null;
  note: string;
  version: number;
  prefilledFrom: string | null;
};

/** The measured values of the open period, part of the period's update. */
export function MeasurementsForm({ action, projectId, periodLabel, rows }: { action: FormAction; projectId: string; periodLabel: string; rows: MeasurementRow[] }) {
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action);
  // A prefilled value is the previous period's: it counts as this period's measurement only once
  // the leader changes it or ticks "gemeten" (else unmeasured indicators would count as measured).
  const [measured, setMeasured] = useState<Record<string, boolean>>({});
  const mark = (id: string, on: boolean) => setMeasured((m) => ({ ...m, [id]: on }));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Metingen ${periodLabel}`}>
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="projectId" value={projectId} />
      <Table
        caption={<>Metingen per indicator in {periodLabel}</>}
        cellClassName="px-2 py-2"
        columns={["Indicator", "Nulmeting", "Streefwaarde", <>Meting {periodLabel}</>, "Toelichting"]}
      >
        {rows.map((r, i) => {
          const rowErrors = errors(`value.${i}`);
          return (
            <tr key={r.projectIndicatorId} className="border-t border-gray-100 align-top">
              <th scope="row" className="px-2 py-2 font-medium">
                {r.name}
                {r.own ? <span className="ml-1 text-xs text-muted">(eigen indicator)</span> : null}
                <span className="block text-xs font-normal text-muted">{INDICATOR_UNIT.label(r.unit)}</span>
              </th>
              <td className="px-2 py-2 tabular-nums">{formatIndicatorValue(r.unit, r.baselineValue)}</td>
              <td className="px-2 py-2 tabular-nums">{formatIndicatorValue(r.unit, r.targetValue)}</td>
              <td className="px-2 py-2">
                <input type="hidden" name="projectIndicatorId" value={r.projectIndicatorId} />
                <input type="hidden" name="version" value={r.version} />
                <label htmlFor={`m-${r.projectIndicatorId}`} className="sr-only">
                  Meting {r.name}
                </label>
                <input
                  id={`m-${r.projectIndicatorId}`}
                  name="value"
                  inputMode="decimal"
                  defaultValue={formatDecimalInput(r.value)}
                  onChange={r.prefilledFrom ? () => mark(r.projectIndicatorId, true) : undefined}
                  aria-invalid={rowErrors.length ? true : undefined}
                  aria-describedby={[r.prefilledFrom ? `m-${r.projectIndicatorId}-hint` : null, rowErrors.length ? `m-${r.projectIndicatorId}-error` : null].filter(Boolean).join(" ") || undefined}
                  className={`${inputCls} w-28`}
                />
                {r.prefilledFrom ? (
                  <>
                    <p id={`m-${r.projectIndicatorId}-hint`} className="mt-1 max-w-56 text-xs text-muted">
                      Ingevuld met de meting van {r.prefilledFrom}. Telt pas als meting van {periodLabel} als u hem aanpast of hieronder aanvinkt.
                    </p>
                    <input type="hidden" name="carried" value={r.projectIndicatorId} />
                    <label className="mt-1 flex items-center gap-2 text-xs">
                      <input
                        type="checkbox"
                        name="measured"
                        value={r.projectIndicatorId}
                        checked={measured[r.projectIndicatorId] ?? false}
                        onChange={(e) => mark(r.projectIndicatorId, e.currentTarget.checked)}
                      />
                      Gemeten in {periodLabel}
                      <span className="sr-only"> ({r.name})</span>
                    </label>
                  </>
                ) : null}
                <FieldError id={`m-${r.projectIndicatorId}`} error={rowErrors} />
              </td>
              <td className="px-2 py-2">
                <label htmlFor={`mn-${r.projectIndicatorId}`} className="sr-only">
                  Toelichting {r.name}
                </label>
                <input id={`mn-${r.projectIndicatorId}`} name="note" defaultValue={r.note} className={inputCls} />
              </td>
            </tr>
          );
        })}
      </Table>
      <p className="text-xs text-muted">Laat een meting leeg als u deze periode niet heeft gemeten.</p>
      <SubmitButton pending={pending}>Metingen opslaan</SubmitButton>
    </form>
  );
}

/** The start of a form on one record of a project: its message, and the project and the version the record was read at. */
function ProjectRecordHead({ state, messageRef, projectId, version }: Pick<ReturnType<typeof useFormAction>, "state" | "messageRef"> & { projectId: string; version: number }) {
  return (
    <>
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** The leader records the date a stage of the traject began. */
export function TrajectStepForm({ action, projectId, versions }: { action: FormAction; projectId: string; versions: Record<string, number> }) {
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action);
  const [stage, setStage] = useState("");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Fase van het traject vastleggen">
      <ProjectRecordHead state={state} messageRef={messageRef} projectId={projectId} version={versions[stage] ?? 0} />
      <div>
        <label htmlFor="ts-stage" className="block text-sm font-medium">
          Fase
        </label>
        <select id="ts-stage" name="stage" value={stage} onChange={(e) => setStage(e.target.value)} className={inputCls} aria-describedby={errors("stage").length ? "ts-stage-error" : undefined}>
          <option value="">— kies een fase —</option>
          {TRAJECT_STAGE.options
            .filter((o) => o.value !== "FUNDING")
            .map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
                {versions[o.value] ? " (al vastgelegd: wijzigen)" : ""}
              </option>
            ))}
        </select>
        <FieldError id="ts-stage" error={errors("stage")} />
      </div>
      <TextField id="ts-date" name="date" type="date" label={TRAJECT_FIELDS.date.label} error={errors("date")} />
      <TextAreaField id="ts-note" name="note" label={TRAJECT_FIELDS.note.label} rows={2} error={errors("note")} />
      <SubmitButton pending={pending}>Fase vastleggen</SubmitButton>
    </form>
  );
}

/** The inkoper records the zorgkantoor's funding decision. */
export function FundingDecisionForm({ action, projectId, current }: { action: FormAction; projectId: string; current: { version: number; decision: string | null; date: string; amountEuros: number | null; note: string } | null }) {
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Financieringsbesluit vastleggen">
      <ProjectRecordHead state={state} messageRef={messageRef} projectId={projectId} version={current?.version ?? 0} />
      <SelectField id="fd-decision" name="decision" label={FUNDING_FIELDS.decision.label} options={FUNDING_DECISION.options} defaultValue={current?.decision} error={errors("decision")} />
      <TextField id="fd-date" name="date" type="date" label={FUNDING_FIELDS.date.label} error={errors("date")} defaultValue={current?.date ?? ""} />
      <TextField id="fd-amount" name="amountEuros" label={FUNDING_FIELDS.amountEuros.label} inputMode="numeric" error={errors("amountEuros")} defaultValue={current?.amountEuros == null ? "" : String(current.amountEuros)} hint="Hele euro's, bijvoorbeeld 125000" />
      <TextAreaField id="fd-note" name="note" label={FUNDING_FIELDS.note.label} rows={2} error={errors("note")} defaultValue={current?.note ?? ""} />
      <SubmitButton pending={pending}>Besluit vastleggen</SubmitButton>
    </form>
  );
}

export type FinalEvaluationValues = {
  version: number;
  resultsSummary: string;
  successFactors: string[];
  barriers: string[];
  factorsNote: string;
  borgingPlan: string;
  transferable: string | null;
  transferNote: string;
};

export function FinalEvaluationForm({ action, projectId, values }: { action: FormAction; projectId: string; values: FinalEvaluationValues | null }) {
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Eindevaluatie">
      <ProjectRecordHead state={state} messageRef={messageRef} projectId={projectId} version={values?.version ?? 0} />
      <TextAreaField id="fe-results" name="resultsSummary" label={FINAL_EVALUATION_FIELDS.resultsSummary.label} rows={4} error={errors("resultsSummary")} defaultValue={values?.resultsSummary} hint="Welke streefwaarden zijn gehaald, welke niet, en waarom?" />
      <Checkboxes legend={FINAL_EVALUATION_FIELDS.successFactors.label} name="successFactors" options={SUCCESS_FACTOR.options} selected={values?.successFactors ?? []} errors={errors("successFactors")} />
      <Checkboxes legend={FINAL_EVALUATION_FIELDS.barriers.label} name="barriers" options={BARRIER.options} selected={values?.barriers ?? []} errors={errors("barriers")} />
      <TextAreaField id="fe-factors" name="factorsNote" label={FINAL_EVALUATION_FIELDS.factorsNote.label} rows={3} error={errors("factorsNote")} defaultValue={values?.factorsNote} />
      <TextAreaField id="fe-borging" name="borgingPlan" label={FINAL_EVALUATION_FIELDS.borgingPlan.label} rows={4} error={errors("borgingPlan")} defaultValue={values?.borgingPlan} />
      <SelectField id="fe-transferable" name="transferable" label={FINAL_EVALUATION_FIELDS.transferable.label} options={TRANSFERABILITY.options} defaultValue={values?.transferable} error={errors("transferable")} />
      <TextAreaField id="fe-transfer-note" name="transferNote" label={FINAL_EVALUATION_FIELDS.transferNote.label} rows={2} error={errors("transferNote")} defaultValue={values?.transferNote} />
      <SubmitButton pending={pending}>Eindevaluatie opslaan</SubmitButton>
    </form>
  );
}

export type LibraryFormValues = {
  id: string;
  version: number;
  code: string;
  name: string;
  definition: string;
  unit: string;
  direction: string;
  hoofdrubriekCodes: string[];
  themeCodes: string[];
  active: boolean;
};

/** WIR adds or changes an indicator of the library. */
export function LibraryIndicatorForm({
  action,
  values,
  hoofdrubrieken,
  themes,
}: {
  action: FormAction;
  values: LibraryFormValues | null;
  hoofdrubrieken: readonly { code: string; label: string }[];
  themes: readonly { code: string; label: string }[];
}) {
  const formRef = useRef<HTMLFormElement>(null);
  // a new indicator: once added, the form starts empty again (the same code would be refused)
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action, { onSuccess: () => (values ? undefined : formRef.current?.reset()) });
  const p = values ? `li-${values.id}` : "li-new";
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3" aria-label={values ? `Indicator ${values.name} wijzigen` : "Nieuwe indicator"}>
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="id" value={values?.id ?? ""} />
      <input type="hidden" name="version" value={values?.version ?? 0} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id={`${p}-code`} name="code" label={INDICATOR_FIELDS.code.label} error={errors("code")} defaultValue={values?.code} hint="Vaste code voor import en export, bijvoorbeeld VERZUIM" />
        <TextField id={`${p}-name`} name="name" label={INDICATOR_FIELDS.name.label} error={errors("name")} defaultValue={values?.name} />
        <SelectField id={`${p}-unit`} name="unit" label={INDICATOR_FIELDS.unit.label} options={INDICATOR_UNIT.options} defaultValue={values?.unit} error={errors("unit")} />
        <SelectField id={`${p}-direction`} name="direction" label={INDICATOR_FIELDS.direction.label} options={INDICATOR_DIRECTION.options} defaultValue={values?.direction} error={errors("direction")} />
      </div>
      <TextAreaField id={`${p}-definition`} name="definition" label={INDICATOR_FIELDS.definition.label} rows={2} error={errors("definition")} defaultValue={values?.definition} />
      <Checkboxes legend="Past bij de hoofdrubrieken" name="hoofdrubriekCodes" options={hoofdrubrieken.map((h) => ({ value: h.code, label: h.label }))} selected={values?.hoofdrubriekCodes ?? []} errors={errors("hoofdrubriekCodes")} />
      <Checkboxes legend="Past bij de kwaliteitskader-thema's" name="themeCodes" options={themes.map((t) => ({ value: t.code, label: t.label }))} selected={values?.themeCodes ?? []} errors={errors("themeCodes")} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={values?.active ?? true} /> Actief (projecten kunnen hem kiezen)
      </label>
      <SubmitButton pending={pending}>{values ? "Wijzigingen opslaan" : "Indicator toevoegen"}</SubmitButton>
    </form>
  );
}
