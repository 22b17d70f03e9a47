"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { publishCardAction, withdrawCardAction } from "@/app/(app)/projecten/actions";
import { cardPath } from "@/lib/domain/projectenbank/search-params";
import type { PublicationPanelData } from "@/lib/server/projectenbank/publication";
import { FieldError, FormMessage, SubmitButton, TextAreaField, useFormAction } from "./fields";

type Panel = Omit<PublicationPanelData, "publishedAt" | "withdrawnAt"> & { publishedAt: string | null; withdrawnAt: string | null };

/**
 * The project page's Projectenbank panel: the leader publishes after a short checklist (no client
 * data, which contacts agreed to be shown); WIR or the region's inkoper withdraws with a reason.
 */
export function PublicationForm({ panel }: { panel: Panel }) {
  const router = useRouter();
  const publish = useFormAction(publishCardAction, { onSuccess: () => router.refresh() });
  const withdraw = useFormAction(withdrawCardAction, { onSuccess: () => router.refresh() });
  const hidden = (
    <>
      <input type="hidden" name="projectId" value={panel.id} />
      <input type="hidden" name="version" value={panel.version} />
    </>
  );
  if (panel.isPublic) {
    return (
      <div className="space-y-3">
        <FormMessage state={publish.state} />
        <p>
          Deze kaart staat in de openbare Projectenbank:{" "}
          <Link className="text-brand-700 underline" href={cardPath(panel)}>
            bekijk de openbare kaart
          </Link>
          .
        </p>
        {panel.canWithdraw ? (
          <form onSubmit={withdraw.onSubmit} noValidate className="space-y-2" aria-label="Kaart terugtrekken">
            <FormMessage state={withdraw.state} messageRef={withdraw.messageRef} />
            {hidden}
            <TextAreaField id="reason" label="Reden om terug te trekken" hint="De projectleider en het auditlog zien deze reden." rows={2} required error={withdraw.errors("reason")} />
            <SubmitButton pending={withdraw.pending} tone="danger" pendingLabel="Bezig met terugtrekken…">
              Kaart terugtrekken
            </SubmitButton>
          </form>
        ) : null}
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <FormMessage state={withdraw.state} />
      {panel.withdrawnAt ? <p>Deze kaart is teruggetrokken uit de Projectenbank. Reden: {panel.withdrawnReason}</p> : <p>Deze kaart is niet openbaar.</p>}
      {panel.canPublish && panel.lifecycle === "ACTIVE" ? (
        <form onSubmit={publish.onSubmit} noValidate className="space-y-3" aria-label="Publiceren in de Projectenbank">
          <FormMessage state={publish.state} messageRef={publish.messageRef} />
          {hidden}
          <fieldset className="space-y-1">
            <legend className="font-medium">Controle voor publicatie</legend>
            <label className="flex items-start gap-2">
              <input type="checkbox" name="noClientData" className="mt-1" aria-invalid={publish.errors("noClientData").length ? true : undefined} aria-describedby="noClientData-error" />
              <span>De kaart, de producten en de lessen bevatten geen gegevens van cliënten of bewoners.</span>
            </label>
            <FieldError id="noClientData" error={publish.errors("noClientData")} />
            <label className="flex items-start gap-2">
              <input type="checkbox" name="contactsAgreed" className="mt-1" aria-invalid={publish.errors("contactsAgreed").length ? true : undefined} aria-describedby="contactsAgreed-error" />
              <span>De contactpersonen die ik hieronder aanvink, hebben ermee ingestemd openbaar op de kaart te staan.</span>
            </label>
            <FieldError id="contactsAgreed" error={publish.errors("contactsAgreed")} />
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
              <FieldError id="publicContactIds" error={publish.errors("publicContactIds")} />
            </fieldset>
          ) : (
            <p className="text-sm text-muted">Dit project heeft geen contactpersonen; de kaart toont er dan geen.</p>
          )}
          <SubmitButton pending={publish.pending} pendingLabel="Bezig met publiceren…">
            Publiceren in de Projectenbank
          </SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
