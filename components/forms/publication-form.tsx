"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { publishCardAction, withdrawCardAction } from "@/app/(app)/projecten/actions";
import { cardPath } from "@/lib/domain/projectenbank/search-params";
import type { PublicationPanelData } from "@/lib/server/projectenbank/publication";
import { FormMessage } from "./fields";

/**
 * The project page's Projectenbank panel: the leader publishes after a short checklist (no client
 * data, which contacts agreed to be shown); WIR or the region's inkoper withdraws with a reason.
 */
export function PublicationForm({ panel }: { panel: Omit<PublicationPanelData, "publishedAt" | "withdrawnAt"> & { publishedAt: string | null; withdrawnAt: string | null } }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(kind: "publish" | "withdraw", form: HTMLFormElement) {
    const data = new FormData(form);
    const input = {
      projectId: panel.id,
      version: panel.version,
      noClientData: data.get("noClientData") === "on",
      contactsAgreed: data.get("contactsAgreed") === "on",
      publicContactIds: data.getAll("publicContactIds"),
      reason: String(data.get("reason") ?? ""),
    };
    setPending(true);
    setMessage(null);
    const r = kind === "publish" ? await publishCardAction(input) : await withdrawCardAction(input);
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

  const err = (key: string) =>
    errors[key]?.length ? (
      <p id={`${key}-error`} className="text-sm text-red-800">
        {errors[key].join(" ")}
      </p>
    ) : null;

  return (
    <div className="space-y-3">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      {panel.isPublic ? (
        <>
          <p>
            Deze kaart staat in de openbare Projectenbank:{" "}
            <Link className="text-brand-700 underline" href={cardPath(panel)}>
              bekijk de openbare kaart
            </Link>
            .
          </p>
          {panel.canWithdraw ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void submit("withdraw", e.currentTarget);
              }}
              className="space-y-2"
              noValidate
            >
              <label htmlFor="reason" className="block font-medium">
                Reden om terug te trekken
              </label>
              <textarea id="reason" name="reason" rows={2} className="w-full rounded border border-gray-400 px-2 py-1" aria-invalid={!!errors.reason} aria-describedby={errors.reason ? "reason-error" : undefined} />
              {err("reason")}
              <button type="submit" disabled={pending} className="rounded bg-red-700 px-4 py-1.5 text-white hover:bg-red-800 disabled:opacity-60">
                {pending ? "Bezig…" : "Kaart terugtrekken"}
              </button>
            </form>
          ) : null}
        </>
      ) : (
        <>
          {panel.withdrawnAt ? <p className="text-sm">Eerder teruggetrokken. Reden: {panel.withdrawnReason}</p> : <p>Deze kaart is niet openbaar.</p>}
          {panel.canPublish && panel.lifecycle === "ACTIVE" ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void submit("publish", e.currentTarget);
              }}
              className="space-y-2"
              noValidate
            >
              <fieldset className="space-y-1">
                <legend className="font-medium">Controle voor publicatie</legend>
                <label className="flex items-start gap-2">
                  <input type="checkbox" name="noClientData" className="mt-1" aria-invalid={!!errors.noClientData} />
                  <span>De kaart, producten en lessen bevatten geen gegevens van cliënten of bewoners.</span>
                </label>
                {err("noClientData")}
                <label className="flex items-start gap-2">
                  <input type="checkbox" name="contactsAgreed" className="mt-1" aria-invalid={!!errors.contactsAgreed} />
                  <span>De contactpersonen die ik hieronder aanvink, hebben ermee ingestemd openbaar op de kaart te staan.</span>
                </label>
                {err("contactsAgreed")}
              </fieldset>
              {panel.contacts.length ? (
                <fieldset className="space-y-1">
                  <legend className="font-medium">Openbaar tonen</legend>
                  {panel.contacts.map((c) => (
                    <label key={c.id} className="flex items-center gap-2">
                      <input type="checkbox" name="publicContactIds" value={c.id} defaultChecked={c.publicConsent} />
                      <span>
                        {c.name}
                        {c.role ? `, ${c.role}` : ""}
                      </span>
                    </label>
                  ))}
                  {err("publicContactIds")}
                </fieldset>
              ) : (
                <p className="text-sm text-muted">Dit project heeft geen contactpersonen; de kaart toont er dan geen.</p>
              )}
              <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800 disabled:opacity-60">
                {pending ? "Bezig…" : "Publiceren in de Projectenbank"}
              </button>
            </form>
          ) : null}
        </>
      )}
    </div>
  );
}
