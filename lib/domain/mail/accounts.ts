/** The account e-mails: invitation, password reset, being made leader of a project. Dutch, pure. */
import { renderMail, type RenderedMail } from "./layout";

export function invitationMail(input: { name: string; invitedBy: string | null; roles: string; url: string; validHours: number; project?: string }): RenderedMail {
  return renderMail({
    subject: "Uitnodiging voor Regiotafel",
    recipientName: input.name,
    paragraphs: [
      `${input.invitedBy ?? "De beheerder van Regiotafel"} heeft een account voor u aangemaakt in Regiotafel, het register van regionale transitieprojecten in de langdurige zorg.`,
      `Uw rol: ${input.roles}.${input.project ? ` U bent projectleider van "${input.project}".` : ""}`,
      "Kies een wachtwoord om uw account te gebruiken. Daarna logt u in met uw e-mailadres en dat wachtwoord.",
    ],
    action: { label: "Wachtwoord instellen", url: input.url },
    afterAction: `Deze link werkt één keer en is ${input.validHours} uur geldig. Verlopen? Vraag via "Wachtwoord vergeten?" op de inlogpagina een nieuwe aan.`,
    reason: "omdat iemand u heeft uitgenodigd voor Regiotafel. Verwachtte u dit niet? Dan kunt u deze e-mail negeren.",
  });
}

export function passwordResetMail(input: { name: string; url: string; validMinutes: number; byBeheerder: boolean }): RenderedMail {
  return renderMail({
    subject: "Nieuw wachtwoord kiezen voor Regiotafel",
    recipientName: input.name,
    paragraphs: [
      input.byBeheerder
        ? "De beheerder van Regiotafel heeft voor u een nieuw wachtwoord aangevraagd."
        : "Iemand heeft voor uw e-mailadres een nieuw wachtwoord voor Regiotafel aangevraagd.",
      "Met de link hieronder kiest u een nieuw wachtwoord. Uw huidige wachtwoord blijft werken tot u dat doet.",
    ],
    action: { label: "Nieuw wachtwoord kiezen", url: input.url },
    afterAction: `Deze link werkt één keer en is ${input.validMinutes >= 120 ? `${Math.round(input.validMinutes / 60)} uur` : `${input.validMinutes} minuten`} geldig.`,
    reason: "omdat er een nieuw wachtwoord is aangevraagd voor uw account. Heeft u dat niet zelf gedaan? Dan kunt u deze e-mail negeren.",
  });
}

export function addedAsLeaderMail(input: { name: string; invitedBy: string; project: string; url: string }): RenderedMail {
  return renderMail({
    subject: `U bent projectleider van "${input.project}"`,
    recipientName: input.name,
    paragraphs: [`${input.invitedBy} heeft u in Regiotafel toegevoegd als projectleider van "${input.project}". U kunt het project nu bijwerken en de voortgangsupdates schrijven.`],
    action: { label: "Project openen", url: input.url },
    reason: "omdat u projectleider bent geworden van dit project.",
  });
}
