"use client";
/** Account forms: the beheerder's invite/edit form and account buttons, a leader invitation, own name and password. */
import { useRef } from "react";
import { useRouter } from "next/navigation";
import { ROLE, type Role } from "@/lib/domain/enums";
import { FieldError, FormMessage, SelectField, SubmitButton, TextField, useFormAction, type Choice, type FormAction } from "./fields";

export type UserFormValues = {
  userId: string;
  version: number;
  name: string;
  email: string;
  organisationId: string | null;
  roles: readonly Role[];
  concessiehouderId: string | null;
};

const ROLE_HINTS: Record<Role, string> = {
  PROJECTLEIDER: "registreert eigen projecten en schrijft de voortgangsupdates",
  INKOPER: "ziet en beoordeelt de projecten in de regio's van één concessiehouder",
  WIR: "beoordeelt alle projecten landelijk en maakt de rapportage",
  BEHEERDER: "beheert gebruikers, organisaties en referentiegegevens",
};

/** Invite (no `user`) or edit (with `user`) an account: name, e-mail, organisation, roles with scope. */
export function UserForm<T>({
  action,
  user,
  organisations,
  concessiehouders,
}: {
  action: FormAction<T>;
  user?: UserFormValues;
  organisations: readonly Choice[];
  concessiehouders: readonly Choice[];
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action, {
    onSuccess: () => {
      if (!user) formRef.current?.reset();
    },
  });
  const prefix = user ? "gebruiker" : "uitnodiging";
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" aria-label={user ? "Gegevens van de gebruiker" : "Iemand uitnodigen"}>
      <FormMessage state={state} messageRef={messageRef} conflict={{ label: "Bekijk de gebruiker opnieuw" }} />
      {user ? (
        <>
          <input type="hidden" name="userId" value={user.userId} />
          <input type="hidden" name="version" value={user.version} />
        </>
      ) : null}
      <TextField id={`${prefix}-naam`} name="name" label="Naam" required defaultValue={user?.name} error={errors("name")} autoComplete="off" maxLength={120} />
      <TextField id={`${prefix}-email`} name="email" label="E-mailadres" type="email" inputMode="email" required defaultValue={user?.email} error={errors("email")} maxLength={254} />
      <SelectField id={`${prefix}-organisatie`} name="organisationId" label="Organisatie" options={organisations} placeholder="— geen —" defaultValue={user?.organisationId} error={errors("organisationId")} />
      <fieldset aria-describedby={errors("roles").length ? `${prefix}-rollen-error` : undefined}>
        <legend className="font-medium">
          Rollen <span aria-hidden="true">*</span>
          <span className="sr-only"> (verplicht, één of meer)</span>
        </legend>
        <ul className="mt-1 space-y-1">
          {ROLE.options.map((o) => (
            <li key={o.value}>
              <label className="flex items-start gap-2">
                <input type="checkbox" name="roles" value={o.value} defaultChecked={user?.roles.includes(o.value)} className="mt-1.5" />
                <span>
                  {o.label} <span className="text-sm text-muted">— {ROLE_HINTS[o.value]}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError id={`${prefix}-rollen`} error={errors("roles")} />
      </fieldset>
      <SelectField
        id={`${prefix}-concessiehouder`}
        name="concessiehouderId"
        label="Concessiehouder (voor een inkoper)"
        hint="Een inkoper ziet alleen de projecten en regio's van deze concessiehouder."
        options={concessiehouders}
        placeholder="— kies bij de rol inkoper —"
        defaultValue={user?.concessiehouderId}
        error={errors("concessiehouderId")}
      />
      <SubmitButton pending={pending}>{user ? "Opslaan" : "Uitnodiging versturen"}</SubmitButton>
    </form>
  );
}

/** The beheerder's buttons for one account; each sends its own intent. */
export function AccountButtons({
  action,
  user,
}: {
  action: FormAction<string>;
  user: { userId: string; version: number; name: string; active: boolean; hasPassword: boolean; isSelf: boolean; twoFactor?: boolean };
}) {
  const { state, onSubmit, pending, messageRef } = useFormAction(action);
  const intents: { value: string; label: string; shown: boolean; tone: "primary" | "secondary" | "danger"; confirm?: string }[] = [
    { value: "resendInvitation", label: "Uitnodiging opnieuw versturen", shown: user.active && !user.hasPassword, tone: "secondary" },
    { value: "resetPassword", label: "Link voor nieuw wachtwoord versturen", shown: user.active && user.hasPassword, tone: "secondary" },
    {
      value: "deactivate",
      label: "Deactiveren",
      shown: user.active && !user.isSelf,
      tone: "danger",
      confirm: `${user.name} deactiveren? Deze persoon kan dan niet meer inloggen en krijgt geen e-mail meer.`,
    },
    {
      value: "resetTwoFactor",
      label: "Tweestapsverificatie uitzetten",
      shown: Boolean(user.twoFactor) && !user.isSelf,
      tone: "secondary",
      confirm: `Tweestapsverificatie van ${user.name} uitzetten? Doe dit alleen als u zeker weet dat deze persoon zijn telefoon en herstelcodes kwijt is.`,
    },
    { value: "activate", label: "Weer activeren", shown: !user.active, tone: "primary" },
  ];
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={`Account van ${user.name}`}>
      <FormMessage state={state} messageRef={messageRef} conflict={{ label: "Laad de pagina opnieuw" }} />
      <input type="hidden" name="userId" value={user.userId} />
      <input type="hidden" name="version" value={user.version} />
      <div className="flex flex-wrap gap-2">
        {intents
          .filter((i) => i.shown)
          .map((i) => (
            <SubmitButton key={i.value} pending={pending} name="intent" value={i.value} tone={i.tone} pendingLabel="Bezig…" confirm={i.confirm}>
              {i.label}
            </SubmitButton>
          ))}
      </div>
    </form>
  );
}

/** WIR, an inkoper or a leader invites a (co-)leader for one project. */
/** Invite a (co-)leader for one project; `idPrefix` and `label` keep several on one page (the task list) apart. */
/**
 * `successHref`: where to go after the invitation, for a list the project leaves once it has a
 * leader (the home task list): that page says the invitation was sent, the form itself is gone.
 */
export function InviteLeaderForm<T>({
  action,
  projectId,
  idPrefix = "leider",
  label = "Projectleider uitnodigen",
  successHref,
}: {
  action: FormAction<T>;
  projectId: string;
  idPrefix?: string;
  label?: string;
  successHref?: string;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action, {
    onSuccess: () => {
      formRef.current?.reset();
      if (successHref) router.replace(successHref, { scroll: false });
    },
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4" aria-label={label}>
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="projectId" value={projectId} />
      <TextField id={`${idPrefix}-naam`} name="name" label="Naam" required error={errors("name")} maxLength={120} />
      <TextField id={`${idPrefix}-email`} name="email" label="E-mailadres" type="email" inputMode="email" required error={errors("email")} maxLength={254} />
      <SubmitButton pending={pending}>Uitnodigen</SubmitButton>
    </form>
  );
}

export function OwnNameForm<T>({ action, name, version }: { action: FormAction<T>; name: string; version: number }) {
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4" aria-label="Uw naam">
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="version" value={version} />
      <TextField id="eigen-naam" name="name" label="Naam" required defaultValue={name} error={errors("name")} autoComplete="name" maxLength={120} />
      <SubmitButton pending={pending}>Naam opslaan</SubmitButton>
    </form>
  );
}

const PASSWORD_HINT = "Minstens 12 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden; veelgebruikte wachtwoorden worden geweigerd.";

function NewPasswordFields({ errors }: { errors: (name: string) => string[] }) {
  return (
    <>
      <TextField id="nieuw-wachtwoord" name="password" label="Nieuw wachtwoord" type="password" autoComplete="new-password" required hint={PASSWORD_HINT} error={errors("password")} />
      <TextField id="herhaal-wachtwoord" name="confirm" label="Herhaal het nieuwe wachtwoord" type="password" autoComplete="new-password" required error={errors("confirm")} />
    </>
  );
}

export function OwnPasswordForm<T>({ action }: { action: FormAction<T> }) {
  const router = useRouter();
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action, { onSuccess: () => router.push("/inloggen?wachtwoord=gewijzigd") });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4" aria-label="Wachtwoord wijzigen">
      <FormMessage state={state} messageRef={messageRef} />
      <TextField id="huidig-wachtwoord" name="current" label="Huidig wachtwoord" type="password" autoComplete="current-password" required error={errors("current")} />
      <NewPasswordFields errors={errors} />
      <SubmitButton pending={pending}>Wachtwoord wijzigen</SubmitButton>
    </form>
  );
}

/** The page behind an invitation or reset link. */
export function SetPasswordForm<T>({ action, token, email }: { action: FormAction<T>; token: string; email: string }) {
  const router = useRouter();
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action, { onSuccess: () => router.push("/inloggen?wachtwoord=ingesteld") });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Wachtwoord instellen">
      <FormMessage state={state} messageRef={messageRef} />
      <input type="hidden" name="token" value={token} />
      {/* for password managers: the account this password belongs to */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordFields errors={errors} />
      <SubmitButton pending={pending}>Wachtwoord instellen</SubmitButton>
    </form>
  );
}

export function ForgotPasswordForm<T>({ action }: { action: FormAction<T> }) {
  const { state, onSubmit, pending, errors, messageRef } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Wachtwoord vergeten">
      <FormMessage state={state} messageRef={messageRef} />
      <TextField id="vergeten-email" name="email" label="E-mailadres" type="email" inputMode="email" autoComplete="username" required error={errors("email")} />
      <SubmitButton pending={pending} pendingLabel="Bezig…">
        Stuur mij een link
      </SubmitButton>
    </form>
  );
}
