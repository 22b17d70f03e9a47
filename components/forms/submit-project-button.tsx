"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitProjectAction } from "@/app/(app)/projecten/actions";

/** Submits a draft project (concept → actief); messages (e.g. what is missing) shown inline. */
export function SubmitProjectButton({ projectId, version }: { projectId: string; version: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800 disabled:opacity-60"
        onClick={async () => {
          setPending(true);
          setMessage(null);
          const r = await submitProjectAction({ projectId, version });
          setPending(false);
          if (r.ok) router.refresh();
          else setMessage([r.message, ...Object.values(r.fieldErrors).flat()].filter((m, i, all) => all.indexOf(m) === i).join(" "));
        }}
      >
        {pending ? "Bezig…" : "Project indienen"}
      </button>
      {message ? (
        <p role="alert" className="mt-2 max-w-md text-sm text-red-800">
          {message}
        </p>
      ) : null}
    </div>
  );
}
