"use client";
/**
 * The period update of one project: prefilled with the previous period's answers, saved as a
 * concept or submitted. Messages per field from lib/domain/validation/update.ts; input is kept
 * on any failure (and in sessionStorage).
 */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { UPDATE_FIELDS as F } from "@/lib/domain/fields";
import { PROJECT_STATUS } from "@/lib/domain/enums";
import { saveUpdateAction } from "@/app/(app)/updates/actions";
import { SelectField, SubmitButton, TextAreaField, TextField, useFormAction } from "./fields";
import { useDraftBackup } from "./use-draft-backup";
import { DraftFormMessage } from "./draft-form-message";

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
  const [intent, setIntent] = useState<"save" | "submit">("submit");
  const backup = useDraftBackup(`regiotafel:update:${projectId}:${periodCode}`, values, initial, setValues);
  const { state, submit, pending, errors, messageRef } = useFormAction(saveUpdateAction, {
    onSuccess: (r) => {
      backup.clear();
      router.push(`/projecten/${projectId}?update=${r.data.state === "SUBMITTED" ? "ingediend" : "opgeslagen"}#updates`);
      router.refresh();
    },
  });
  const set = (key: keyof UpdateFormValues, v: string) => setValues((x) => ({ ...x, [key]: v }));
  const send = (which: "save" | "submit") => {
    setIntent(which);
    submit({ ...values, projectId, periodCode, intent: which, version });
  };

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
      <DraftFormMessage
        state={state}
        messageRef={messageRef}
        backup={backup}
        onDiscard={() => setValues(initial)}
        conflict={{ href: `/projecten/${projectId}#updates`, label: "Bekijk de andere versie (nieuw tabblad)" }}
        retryHint="en klik daarna hier nogmaals op opslaan of indienen."
      />
      <SelectField id="status" label={F.status.label} value={values.status} onChange={(v) => set("status", v)} options={PROJECT_STATUS.options} error={errors("status")} required />
      <TextAreaField
        id="progress"
        label={`${F.progress.label}: wat is er sinds de vorige periode gebeurd?`}
        value={values.progress}
        onChange={(v) => set("progress", v)}
        error={errors("progress")}
        required
        rows={5}
      />
      <TextAreaField id="resultsSoFar" label={F.resultsSoFar.label} value={values.resultsSoFar} onChange={(v) => set("resultsSoFar", v)} error={errors("resultsSoFar")} />
      <TextAreaField id="lessonsLearned" label={F.lessonsLearned.label} value={values.lessonsLearned} onChange={(v) => set("lessonsLearned", v)} error={errors("lessonsLearned")} />
      <TextAreaField id="nextSteps" label={F.nextSteps.label} value={values.nextSteps} onChange={(v) => set("nextSteps", v)} error={errors("nextSteps")} />
      <TextAreaField id="risks" label={F.risks.label} value={values.risks} onChange={(v) => set("risks", v)} error={errors("risks")} />
      <div className="max-w-xs">
        <TextField
          id="careOrgCount"
          label={F.careOrgCount.label}
          hint="Laat leeg als het aantal (nog) onbekend is."
          inputMode="numeric"
          value={values.careOrgCount}
          onChange={(v) => set("careOrgCount", v)}
          error={errors("careOrgCount")}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending && intent === "submit"} disabled={pending} pendingLabel="Bezig met indienen…" confirm="Update indienen? Daarna beoordeelt het zorgkantoor hem en kunt u hem niet meer wijzigen, tenzij hij wordt teruggestuurd.">
          Update indienen
        </SubmitButton>
        <SubmitButton type="button" tone="secondary" pending={pending && intent === "save"} disabled={pending} onClick={() => send("save")}>
          Opslaan als concept
        </SubmitButton>
      </div>
    </form>
  );
}
