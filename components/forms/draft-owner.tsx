"use client";
import { createContext, useContext, useEffect } from "react";

/**
 * Whose form drafts these are. Drafts kept in the browser (useDraftBackup) are stored under a key
 * with the signed-in user's id, so on a shared computer one person never gets another's draft
 * back; drafts of anyone else are removed when a page of the app opens, and all of them on
 * sign-out (SignOutButton).
 */
const DraftOwner = createContext<string | null>(null);

const PREFIX = "regiotafel:draft:";

/** The storage key of a form's draft for this user. */
export function draftKey(userId: string, form: string): string {
  return `${PREFIX}${userId}:${form}`;
}

function removeDrafts(keep: (key: string) => boolean) {
  for (const storage of [window.sessionStorage, window.localStorage]) {
    try {
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => !!k && k.startsWith(PREFIX));
      for (const key of keys) if (!keep(key)) storage.removeItem(key);
    } catch {
      // storage unavailable: nothing was kept either
    }
  }
}

/** Removes every draft in this browser (on sign-out). */
export function clearAllDrafts() {
  removeDrafts(() => false);
}

export function DraftOwnerProvider({ userId, children }: { userId: string; children: React.ReactNode }) {
  useEffect(() => {
    removeDrafts((key) => key.startsWith(draftKey(userId, "")));
  }, [userId]);
  return <DraftOwner.Provider value={userId}>{children}</DraftOwner.Provider>;
}

/** The signed-in user's id for draft keys; null outside the app's pages (then no draft is kept). */
export function useDraftOwner(): string | null {
  return useContext(DraftOwner);
}
