"use client";
import { MAIL_PREFERENCE, type MailPreference } from "@/lib/domain/enums";
import { FieldError, FormMessage, SubmitButton, describedBy, useFormAction, type FormAction } from "./fields";

const HINTS: Record<MailPreference, string> = {
  IMMEDIATE: "U krijgt een e-mail zodra er iets voor u klaarstaat.",
  DAILY: "Eén e-mail per dag, 's ochtends vroeg, met alles van de afgelopen dag.",
  NONE: "Geen e-mail; u ziet uw meldingen wanneer u in Regiotafel bent.",
};

/** The person's own choice how notifications arrive by e-mail. In the app they always appear. */
export function NotificationSettingsForm({ action, value }: { action: FormAction; value: { mail: MailPreference; version: number } }) {
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action);
  const saved = state?.ok ? (state.data as { mail: MailPreference; version: number }) : null;
  const current = saved ?? value;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Meldingen per e-mail">
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="version" value={current.version} />
      <fieldset aria-describedby={describedBy("mail", errors("mail"))}>
        <legend className="font-semibold">Meldingen per e-mail</legend>
        <div className="mt-2 space-y-3">
          {MAIL_PREFERENCE.options.map((o) => (
            <div key={o.value} className="flex items-start gap-2">
              <input id={`mail-${o.value}`} type="radio" name="mail" value={o.value} defaultChecked={current.mail === o.value} aria-describedby={`mail-${o.value}-hint`} className="mt-1.5" />
              <label htmlFor={`mail-${o.value}`}>
                <span className="font-medium">{o.label}</span>
                <span id={`mail-${o.value}-hint`} className="block text-sm text-muted">
                  {HINTS[o.value]}
                </span>
              </label>
            </div>
          ))}
        </div>
        <FieldError id="mail" error={errors("mail")} />
      </fieldset>
      <SubmitButton pending={pending}>Opslaan</SubmitButton>
    </form>
  );
}
