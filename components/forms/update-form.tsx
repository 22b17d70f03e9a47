"use client";
/**
 * The period update of one project: prefilled with the previous period's answers, saved as a
 * concept or submitted. Messages per field from lib/domain/validation/update.ts; input is kept
 * on any failure (and in sessionStorage).
 */
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { PROJECT_STATUS } from "@/lib/domain/enums";
import { saveUpdateAction } from "@/app/(app)/updates/actions";
import { RestoredDraftNotice, SaveMessage, SelectField, TextAreaField, TextField, type FieldErrors } from "./fields";
import { useDraftBackup } from "./use-draft-backup";

export type UpdateFormValues = {
  status: string;
  progress: string;
  resultsSoFar: string;
  lessonsLearned: string;
  nextSteps: string;
  risks: string;
  careOrgCount: string;
};

export function UpdateForm({ projectId, periodCode, version, initial }: { projectId: string; periodCode: string; version: number; initial: UpdateFormValues }) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ text: string; code: string } | null>(null);
  const [pending, setPending] = useState<null | "save" | "submit">(null);
  const backup = useDraftBackup(`regiotafel:update:${projectId}:${periodCode}`, values, initial, setValues);
  const messageRef = useRef<HTMLDivElement>(null);
  const set = (key: keyof UpdateFormValues, v: string) => setValues((x) => ({ ...x, [key]: v }));

  async function send(intent: "save" | "submit") {
    setPending(intent);
    setMessage(null);
    const r = await saveUpdateAction({ ...values, projectId, periodCode, intent, version });
    setPending(null);
    if (r.ok) {
      backup.clear();
      router.push(`/projecten/${projectId}?update=${intent === "submit" ? "ingediend" : "opgeslagen"}#updates`);
      router.refresh();
      return;
    }
    setErrors(r.fieldErrors);
    setMessage({ text: r.message, code: r.code });
    setTimeout(() => messageRef.current?.focus(), 0);
  }

  return (
    <form
      noValidate
      aria-label="Voortgangsupdate"
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        send("submit");
      }}
    >
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {backup.restored ? (
          <RestoredDraftNotice
            onDiscard={() => {
              backup.clear();
              setValues(initial);
            }}
          />
        ) : null}
        {message ? (
          <SaveMessage
            message={{ ...message, tone: "error" }}
            otherVersionHref={`/projecten/${projectId}#updates`}
            otherVersionLabel="Bekijk de andere versie (nieuw tabblad)"
            retryHint="en klik daarna hier nogmaals op opslaan of indienen."
            onLoadNewVersion={() => {
              backup.clear();
              window.location.reload();
            }}
          />
        ) : null}
      </div>
      <SelectField
        id="status"
        label="Projectstatus"
        value={values.status}
        onChange={(v) => set("status", v)}
        options={PROJECT_STATUS.options}
        error={errors.status}
        required
      />
      <TextAreaField id="progress" label="Voortgang: wat is er sinds de vorige periode gebeurd?" value={values.progress} onChange={(v) => set("progress", v)} error={errors.progress} required rows={5} />
      <TextAreaField id="resultsSoFar" label="Resultaten tot nu toe" value={values.resultsSoFar} onChange={(v) => set("resultsSoFar", v)} error={errors.resultsSoFar} />
      <TextAreaField id="lessonsLearned" label="Geleerde lessen" value={values.lessonsLearned} onChange={(v) => set("lessonsLearned", v)} error={errors.lessonsLearned} />
      <TextAreaField id="nextSteps" label="Volgende stappen" value={values.nextSteps} onChange={(v) => set("nextSteps", v)} error={errors.nextSteps} />
      <TextAreaField id="risks" label="Risico's" value={values.risks} onChange={(v) => set("risks", v)} error={errors.risks} />
      <div className="max-w-xs">
        <TextField
          id="careOrgCount"
          label="Aantal betrokken zorgorganisaties"
          hint="Laat leeg als het aantal (nog) onbekend is."
          inputMode="numeric"
          value={values.careOrgCount}
          onChange={(v) => set("careOrgCount", v)}
          error={errors.careOrgCount}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending !== null} className="rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending === "submit" ? "Bezig met indienen…" : "Update indienen"}
        </button>
        <button type="button" disabled={pending !== null} onClick={() => send("save")} className="rounded border border-brand-700 px-5 py-2 font-medium text-brand-700 disabled:opacity-60">
          {pending === "save" ? "Bezig met opslaan…" : "Opslaan als concept"}
        </button>
      </div>
    </form>
  );
}
