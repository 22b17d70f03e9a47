"use client";
import type { RefObject } from "react";
import type { ActionResult } from "@/lib/server/core/action";
import { FormMessage, RestoredDraftNotice } from "./fields";
import type { DraftBackup } from "./use-draft-backup";

/**
 * The message of a form that keeps a draft backup (useDraftBackup): above it, the notice that
 * typed text was restored (discarding it drops the copy and resets the form); on a version
 * conflict, loading the other version drops the copy first, so the reload shows the saved text.
 */
export function DraftFormMessage({
  state,
  messageRef,
  backup,
  onDiscard,
  discardLabel,
  conflict,
  retryHint,
}: {
  state: ActionResult<unknown> | null;
  messageRef: RefObject<HTMLDivElement | null>;
  backup: DraftBackup;
  /** resets the form's values after the restored copy is thrown away */
  onDiscard: () => void;
  discardLabel?: string;
  conflict: { href?: string; label: string };
  retryHint: string;
}) {
  return (
    <FormMessage
      state={state}
      messageRef={messageRef}
      conflict={{
        ...conflict,
        onLoadNewVersion: () => {
          backup.clear();
          window.location.reload();
        },
      }}
      retryHint={retryHint}
    >
      {backup.restored ? (
        <RestoredDraftNotice
          onDiscard={() => {
            backup.clear();
            onDiscard();
          }}
          discardLabel={discardLabel}
        />
      ) : null}
    </FormMessage>
  );
}
