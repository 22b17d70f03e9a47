"use client";
import { signOut } from "next-auth/react";
import { clearAllDrafts } from "@/components/forms/draft-owner";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => {
        // form drafts kept in this browser go with the session
        clearAllDrafts();
        void signOut({ callbackUrl: "/inloggen" });
      }}
      className="rounded border border-white/60 px-3 py-1 text-sm text-white hover:bg-white/10"
    >
      Uitloggen
    </button>
  );
}
