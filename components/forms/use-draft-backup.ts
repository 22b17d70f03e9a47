"use client";
import { useEffect, useState } from "react";
import { draftKey, useDraftOwner } from "./draft-owner";

/**
 * Keeps a copy of a form's values in sessionStorage while the user types, so nothing is lost
 * when the session expires and they sign in again, the tab reloads or the browser navigates
 * away. On mount, a copy that differs from the server's values is offered back. The copy is kept
 * per signed-in user (draft-owner.tsx) and removed on sign-out; without a user, none is kept.
 */
export type DraftBackup = { restored: boolean; clear(): void };

export function useDraftBackup<T>(form: string, values: T, initial: T, restore: (v: T) => void): DraftBackup {
  const owner = useDraftOwner();
  const key = owner ? draftKey(owner, form) : null;
  const [restored, setRestored] = useState(false);
  // State, not a ref: what the user typed before the stored copy was read (a fast typist, or a
  // slow device still hydrating) is written as soon as it has been read, not only on the next key.
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    // read after mounting (sessionStorage exists only in the browser), outside the render pass
    const handle = setTimeout(() => {
      setLoaded(true);
      if (!key) return;
      try {
        const raw = window.sessionStorage.getItem(key);
        if (raw && raw !== JSON.stringify(initial)) {
          restore(JSON.parse(raw) as T);
          setRestored(true);
        }
      } catch {
        // storage unavailable (private mode): the form still works, only without a backup
      }
    }, 0);
    return () => clearTimeout(handle);
    // once per form (key): `initial` and `restore` are new objects on every render of the form
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    if (!loaded || !key) return;
    try {
      const json = JSON.stringify(values);
      if (json === JSON.stringify(initial)) window.sessionStorage.removeItem(key);
      else window.sessionStorage.setItem(key, json);
    } catch {
      // ignore
    }
  }, [loaded, key, values, initial]);

  return {
    restored,
    /** after a successful save, or when the user discards the copy */
    clear() {
      try {
        if (key) window.sessionStorage.removeItem(key);
      } catch {
        // ignore
      }
      setRestored(false);
    },
  };
}
