"use client";
/**
 * A reviewer's decision on a submitted progress update: return it with a comment, or approve it.
 * Shown on the project page to actors with update:review in scope (the inkoper of the region,
 * WIR); lib/server/updates.ts reviewUpdate() checks that again.
 */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { reviewUpdateAction } from "@/app/(app)/updates/actions";
import { FormMessage, TextAreaField } from "./fields";

export function ReviewUpdateForm({ updateId, version }: { updateId: string; version: number }) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function decide(decision: "return" | "approve") {
    setPending(true);
    setMessage(null);
    const r = await reviewUpdateAction({ updateId, decision, comment, version });
    setPending(false);
    if (r.ok) {
      setErrors({});
      setMessage({ tone: "success", text: r.message ?? "Opgeslagen." });
      router.refresh();
    } else {
      setErrors(r.fieldErrors);
      setMessage({ tone: "error", text: r.message });
    }
  }

  return (
    <form noValidate aria-label="Update beoordelen" className="mt-3 space-y-3 rounded border border-gray-200 bg-gray-50 p-3" onSubmit={(e) => e.preventDefault()}>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <TextAreaField
        id={`comment-${updateId}`}
        label="Opmerking voor de projectleider"
        hint="Verplicht bij terugsturen: wat moet er anders of aanvullend?"
        value={comment}
        onChange={setComment}
        error={errors.comment}
        rows={3}
      />
      <div className="flex flex-wrap gap-3">
        <button type="button" disabled={pending} onClick={() => decide("return")} className="rounded border border-red-800 px-4 py-1.5 text-red-900 disabled:opacity-60">
          Terugsturen met opmerking
        </button>
        <button type="button" disabled={pending} onClick={() => decide("approve")} className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800 disabled:opacity-60">
          Goedkeuren
        </button>
      </div>
    </form>
  );
}
