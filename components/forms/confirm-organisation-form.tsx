"use client";
import { confirmOrganisationAction } from "@/app/(app)/beheer/organisaties/actions";
import { FormMessage, SubmitButton, useFormAction } from "./fields";

/** The beheerder's "Bevestigen" button for one proposed organisation. */
export function ConfirmOrganisationForm({ organisationId, version, name }: { organisationId: string; version: number; name: string }) {
  const { state, onSubmit, pending, messageRef } = useFormAction(confirmOrganisationAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pending={pending} pendingLabel="Bezig…" ariaLabel={`${name} bevestigen`} small>
        Bevestigen
      </SubmitButton>
      <FormMessage state={state} messageRef={messageRef} />
    </form>
  );
}
