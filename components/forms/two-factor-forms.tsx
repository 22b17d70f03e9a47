"use client";
/**
 * Two-factor sign-in on the account page and the setup page (ADR 0011): start the setup, scan
 * the QR code or type the secret, confirm with a code, see the recovery codes once; later new
 * recovery codes or switching it off. One component for every state, so the recovery codes stay
 * on screen when the page refreshes after the confirmation.
 */
import { useState } from "react";
import Link from "next/link";
import { formatRecoveryCode, formatSecret } from "@/lib/domain/two-factor";
import { FormMessage, SubmitButton, TextField, useFormAction, type FormAction } from "./fields";

export type TwoFactorPanelStatus = {
  enabled: boolean;
  enabledAt: string | null;
  pending: { secret: string; uri: string; qrDataUrl: string | null } | null;
  recoveryCodesLeft: number;
  required: boolean;
};

type Codes = { recoveryCodes: string[] };

const CODE_HINT = "Zes cijfers uit de app, zonder spaties.";

/** The message, the field for the app's current code and the button of a form that asks for that code. */
function AppCodeFields({ id, form, submitLabel }: { id: string; form: Pick<ReturnType<typeof useFormAction>, "state" | "messageRef" | "errors" | "pending">; submitLabel: string }) {
  return (
    <>
      <FormMessage state={form.state} messageRef={form.messageRef} />
      <TextField id={id} name="code" label="Code uit uw authenticator-app" hint={CODE_HINT} required inputMode="numeric" autoComplete="one-time-code" maxLength={40} error={form.errors("code")} />
      <SubmitButton pending={form.pending} pendingLabel="Bezig…">
        {submitLabel}
      </SubmitButton>
    </>
  );
}

export function TwoFactorPanel({
  status,
  actions,
  continueHref,
}: {
  status: TwoFactorPanelStatus;
  actions: { start: FormAction; confirm: FormAction<Codes>; regenerate: FormAction<Codes>; disable: FormAction };
  /** after setting it up: where to go on (the setup page a WIR or beheerder is sent to) */
  continueHref?: string;
}) {
  const [codes, setCodes] = useState<string[] | null>(null);
  const start = useFormAction(actions.start);
  const confirm = useFormAction(actions.confirm, { onSuccess: (r) => setCodes(r.data.recoveryCodes) });
  const regenerate = useFormAction(actions.regenerate, { onSuccess: (r) => setCodes(r.data.recoveryCodes) });
  const disable = useFormAction(actions.disable, { onSuccess: () => setCodes(null) });

  if (codes) {
    return (
      <div className="max-w-xl space-y-4">
        <FormMessage state={confirm.state?.ok ? confirm.state : regenerate.state} />
        <h3 className="text-lg font-semibold">Uw herstelcodes</h3>
        <p>
          Bewaar deze codes op een veilige plek (bijvoorbeeld in uw wachtwoordkluis). Heeft u uw telefoon niet bij de hand, dan logt u in met één van deze
          codes in plaats van de code uit de app. Elke code werkt één keer. <strong>U ziet ze alleen nu.</strong>
        </p>
        <ul aria-label="Herstelcodes" className="grid grid-cols-2 gap-2 rounded border border-gray-300 bg-gray-50 p-4 font-mono text-lg">
          {codes.map((code) => (
            <li key={code}>{formatRecoveryCode(code)}</li>
          ))}
        </ul>
        {continueHref ? (
          <p>
            <Link href={continueHref} className="inline-block rounded bg-brand-700 px-4 py-1.5 font-medium text-white hover:bg-brand-800">
              Ik heb de codes bewaard, verder naar Regiotafel
            </Link>
          </p>
        ) : (
          <button type="button" onClick={() => setCodes(null)} className="rounded bg-brand-700 px-4 py-1.5 font-medium text-white hover:bg-brand-800">
            Ik heb de codes bewaard
          </button>
        )}
      </div>
    );
  }

  if (status.enabled) {
    return (
      <div className="max-w-xl space-y-8">
        <p>
          Tweestapsverificatie staat aan
          {status.enabledAt ? ` sinds ${new Date(status.enabledAt).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" })}` : ""}. U heeft nog{" "}
          {status.recoveryCodesLeft} ongebruikte herstelcode{status.recoveryCodesLeft === 1 ? "" : "s"}.
        </p>
        <form onSubmit={regenerate.onSubmit} noValidate className="space-y-4" aria-label="Nieuwe herstelcodes">
          <h3 className="text-lg font-semibold">Nieuwe herstelcodes</h3>
          <p className="text-muted">De oude herstelcodes werken daarna niet meer.</p>
          <AppCodeFields id="herstel-code" form={regenerate} submitLabel="Nieuwe herstelcodes maken" />
        </form>
        <form onSubmit={disable.onSubmit} noValidate className="space-y-4" aria-label="Tweestapsverificatie uitzetten">
          <h3 className="text-lg font-semibold">Uitzetten</h3>
          {status.required ? <p className="text-muted">Voor uw rol is tweestapsverificatie verplicht: na het uitzetten stelt u het direct opnieuw in.</p> : null}
          <FormMessage state={disable.state} messageRef={disable.messageRef} />
          <TextField id="uit-wachtwoord" name="password" label="Wachtwoord" type="password" autoComplete="current-password" required error={disable.errors("password")} />
          <TextField id="uit-code" name="code" label="Code uit uw authenticator-app of een herstelcode" required autoComplete="one-time-code" maxLength={40} error={disable.errors("code")} />
          <SubmitButton pending={disable.pending} tone="danger" pendingLabel="Bezig…" confirm="Tweestapsverificatie uitzetten? Daarna is uw wachtwoord weer genoeg om in te loggen.">
            Tweestapsverificatie uitzetten
          </SubmitButton>
        </form>
      </div>
    );
  }

  if (status.pending) {
    const { secret, uri, qrDataUrl } = status.pending;
    return (
      <div className="max-w-xl space-y-4">
        <ol className="list-decimal space-y-4 pl-5">
          <li>
            <p>
              Open uw authenticator-app (bijvoorbeeld Microsoft Authenticator, Google Authenticator of de app van uw wachtwoordkluis) en voeg een account
              toe door deze QR-code te scannen.
            </p>
            {qrDataUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server; nothing to optimise
              <img src={qrDataUrl} alt="QR-code voor uw authenticator-app" width={200} height={200} className="mt-2 border border-gray-300 bg-white" />
            ) : null}
            <p className="mt-2">Scannen lukt niet? Typ dan deze sleutel over (tijdgebaseerd, 6 cijfers):</p>
            <p className="mt-1">
              Sleutel: <code id="tweestap-sleutel" className="font-mono text-lg">{formatSecret(secret)}</code>
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer underline">Toon het adres voor de app (otpauth://)</summary>
              <p className="mt-1 break-all font-mono text-sm">{uri}</p>
            </details>
          </li>
          <li>
            <form onSubmit={confirm.onSubmit} noValidate className="space-y-4" aria-label="Tweestapsverificatie bevestigen">
              <p>Vul de code in die de app nu toont.</p>
              <AppCodeFields id="bevestig-code" form={confirm} submitLabel="Bevestigen en aanzetten" />
            </form>
          </li>
        </ol>
        <form onSubmit={start.onSubmit}>
          <SubmitButton pending={start.pending} tone="secondary" pendingLabel="Bezig…" small>
            Opnieuw beginnen met een nieuwe sleutel
          </SubmitButton>
        </form>
      </div>
    );
  }

  return (
    <form onSubmit={start.onSubmit} className="max-w-xl space-y-4" aria-label="Tweestapsverificatie instellen">
      <p>
        Met tweestapsverificatie vraagt Regiotafel bij het inloggen naast uw wachtwoord een code uit een app op uw telefoon. Wie uw wachtwoord kent, kan dan
        nog niet inloggen.
        {status.required ? " Voor uw rol is dit op deze installatie verplicht." : ""}
      </p>
      <FormMessage state={start.state ?? (disable.state?.ok ? disable.state : null)} messageRef={start.messageRef} />
      <SubmitButton pending={start.pending} pendingLabel="Bezig…">
        Tweestapsverificatie instellen
      </SubmitButton>
    </form>
  );
}
