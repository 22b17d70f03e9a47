"use client";
import { useRouter } from "next/navigation";
import { submitProjectAction } from "@/app/(app)/projecten/actions";
import { FormMessage, SubmitButton, useFormAction } from "./fields";

/**
 * Submits a draft project (concept → actief) after a confirmation; on success the page reloads
 * with a message, on failure what is missing is shown here.
 */
export function SubmitProjectButton({ projectId, version }: { projectId: string; version: number }) {
  const router = useRouter();
  const { state, onSubmit, pending, messageRef } = useFormAction(submitProjectAction, {
    onSuccess: () => {
      router.push(`/projecten/${projectId}?ingediend=1`);
      router.refresh();
    },
  });
  const failed = state && !state.ok ? state : null;
  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-2" aria-label="Project indienen">
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton
        pending={pending}
        pendingLabel="Bezig met indienen…"
        confirm="Project indienen? Het zorgkantoor en WIR zien het daarna in hun portefeuille. U kunt de projectkaart daarna nog bewerken."
      >
        Project indienen
      </SubmitButton>
      {failed ? (
        <FormMessage
          messageRef={messageRef}
          state={{ ...failed, message: [failed.message, ...Object.values(failed.fieldErrors).flat()].filter((m, i, all) => all.indexOf(m) === i).join(" ") }}
        />
      ) : null}
    </form>
  );
}
