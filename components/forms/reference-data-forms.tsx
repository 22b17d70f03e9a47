"use client";
/**
 * The beheerder's reference-data forms: a code-list record (concessiehouder, hoofdrubriek,
 * theme), the transfer of one zorgkantoorregio and a merger of two concessiehouders from a date.
 */
import { useRouter } from "next/navigation";
import { THEME_GROUP } from "@/lib/domain/enums";
import { FormMessage, SelectField, SubmitButton, TextField, useFormAction, type Choice, type FormAction } from "./fields";

type Kind = "concessiehouder" | "hoofdrubriek" | "theme";
export type CodeRecord = { id?: string; version: number; code: string; name: string; reportOrder: number; supported?: boolean; group?: string };

const today = () => new Date().toISOString().slice(0, 10);

function useRefreshingAction<T>(action: FormAction<T>) {
  const router = useRouter();
  return useFormAction(action, { onSuccess: () => router.refresh() });
}

/** Create (no id) or change a concessiehouder, hoofdrubriek or theme. */
export function CodeRecordForm({ action, kind, record, submitLabel }: { action: FormAction; kind: Kind; record: CodeRecord; submitLabel: string }) {
  const { state, onSubmit, pending, errors, messageRef } = useRefreshingAction(action);
  const p = `${kind}-${record.id ?? "nieuw"}`;
  const nameField = kind === "concessiehouder" ? "name" : "label";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={submitLabel}>
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="id" value={record.id ?? ""} />
      <input type="hidden" name="version" value={record.version} />
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr_8rem]">
        <TextField id={`${p}-code`} name="code" label="Code" required defaultValue={record.code} error={errors("code")} hint={record.id ? "Wijzig de code alleen als hij nergens buiten Regiotafel wordt gebruikt." : undefined} />
        <TextField id={`${p}-name`} name={nameField} label="Naam" required defaultValue={record.name} error={errors(nameField)} />
        <TextField id={`${p}-order`} name="reportOrder" label="Volgorde" inputMode="numeric" required defaultValue={record.reportOrder} error={errors("reportOrder")} />
      </div>
      {kind === "concessiehouder" ? (
        <label className="flex items-center gap-2">
          <input type="checkbox" name="supported" defaultChecked={record.supported ?? true} />
          Ondersteund door WIR (telt mee in de rapportage)
        </label>
      ) : null}
      {kind === "theme" ? (
        <SelectField id={`${p}-group`} name="group" label="Soort thema" required options={THEME_GROUP.options} defaultValue={record.group ?? ""} error={errors("group")} />
      ) : null}
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}

/** One zorgkantoorregio to another concessiehouder from a date on. */
export function TransferForm({
  action,
  zkr,
  concessiehouders,
}: {
  action: FormAction;
  zkr: { id: string; name: string; version: number; currentId: string | null };
  concessiehouders: readonly Choice[];
}) {
  const { state, onSubmit, pending, errors, messageRef } = useRefreshingAction(action);
  const p = `transfer-${zkr.id}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`${zkr.name} overdragen`}>
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="zorgkantoorregioId" value={zkr.id} />
      <input type="hidden" name="version" value={zkr.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id={`${p}-ch`}
          name="concessiehouderId"
          label="Nieuwe concessiehouder"
          required
          options={concessiehouders.filter((c) => c.value !== zkr.currentId)}
          error={errors("concessiehouderId")}
        />
        <TextField id={`${p}-date`} name="validFrom" type="date" label="Met ingang van" required defaultValue={today()} error={errors("validFrom")} />
      </div>
      <SubmitButton
        pending={pending}
        confirm={`${zkr.name} overdragen? Vanaf de ingangsdatum telt de regio voor de nieuwe concessiehouder; rapporten van eerdere perioden blijven gelijk. Terugdraaien kan alleen met een nieuwe overdracht.`}
      >
        Overdracht vastleggen
      </SubmitButton>
    </form>
  );
}

/** All regions of one concessiehouder to another from a date on. */
export function MergerForm({ action, concessiehouders }: { action: FormAction; concessiehouders: readonly Choice[] }) {
  const { state, onSubmit, pending, errors, messageRef } = useRefreshingAction(action);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Fusie of overname vastleggen">
      <FormMessage state={state} messageRef={messageRef} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField id="merger-from" name="fromId" label="Concessiehouder die opgaat" required options={concessiehouders} error={errors("fromId")} />
        <SelectField id="merger-into" name="intoId" label="Neemt de regio's over" required options={concessiehouders} error={errors("intoId")} />
        <TextField id="merger-date" name="validFrom" type="date" label="Met ingang van" required defaultValue={today()} error={errors("validFrom")} />
      </div>
      <SubmitButton
        pending={pending}
        confirm="Fusie vastleggen? Alle zorgkantoorregio's van de eerste concessiehouder gaan vanaf de ingangsdatum naar de tweede; rapporten van eerdere perioden blijven gelijk."
      >
        Fusie vastleggen
      </SubmitButton>
    </form>
  );
}
