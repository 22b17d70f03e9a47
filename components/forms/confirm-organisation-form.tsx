"use client";
import { useActionState } from "react";
import { confirmOrganisationAction } from "@/app/(app)/beheer/organisaties/actions";

/** The beheerder's "Bevestigen" button for one proposed organisation. */
export function ConfirmOrganisationForm({ organisationId, version, name }: { organisationId: string; version: number; name: string }) {
  const [state, action, pending] = useActionState(confirmOrganisationAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} aria-label={`${name} bevestigen`} className="rounded bg-brand-700 px-3 py-1 text-sm text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Bezig…" : "Bevestigen"}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="text-sm text-red-800">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
