/**
 * `npm run user:create -- --email <e-mail> --naam "<naam>" --rol beheerder` (also wir,
 * `inkoper --concessiehouder CZ`, projectleider): creates an account in the configured database
 * and prints a one-time link to set a password (24 hours, single use). With SMTP_URL set the link
 * is also mailed. For the first account of a new installation; audited without an actor.
 */
import { configuredTarget, openDatabase } from "../lib/server/db/connection";
import { migrate } from "../lib/server/db/migrate";
import { unsafeSeedReferenceData } from "../lib/server/reference-data/seed";
import { createInvitedUser } from "../lib/server/accounts/invitations";
import { deliverPendingMail } from "../lib/server/mail/outbox";
import { configuredTransport } from "../lib/server/mail/transport";
import { mailConfig } from "../lib/server/mail/config";
import { parseUserCreateArgs, USER_CREATE_USAGE } from "./user-create-args";

async function main() {
  const parsed = parseUserCreateArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`${parsed.error}\n${USER_CREATE_USAGE}`);
    process.exit(2);
  }
  const { email, name, roles, concessiehouderCode } = parsed.args;
  const db = await openDatabase(configuredTarget());
  try {
    await migrate(db.raw);
    await unsafeSeedReferenceData(db.prisma);
    const concessiehouder = concessiehouderCode ? await db.prisma.concessiehouder.findUnique({ where: { code: concessiehouderCode }, select: { id: true } }) : null;
    if (concessiehouderCode && !concessiehouder) {
      const codes = (await db.prisma.concessiehouder.findMany({ select: { code: true }, orderBy: { reportOrder: "asc" } })).map((c) => c.code);
      throw new Error(`Onbekende concessiehouder ${concessiehouderCode}. Kies uit: ${codes.join(", ")}.`);
    }
    const now = new Date();
    const created = await db.prisma.$transaction((tx) =>
      createInvitedUser(
        tx,
        { name, email, organisationId: null, memberships: roles.map((role) => ({ role, concessiehouderId: role === "INKOPER" ? concessiehouder!.id : null })) },
        null,
        null,
        now,
      ),
    );
    console.log(`Account aangemaakt voor ${name} <${email}>.`);
    console.log(`Link om een wachtwoord in te stellen (één keer te gebruiken, geldig tot ${created.expiresAt.toISOString()}):`);
    console.log(created.url);
    if (mailConfig().smtpUrl) {
      const result = await deliverPendingMail(db.prisma, configuredTransport(), new Date());
      console.log(result.sent > 0 ? "De link is ook per e-mail verstuurd." : "Versturen per e-mail lukte nu niet; de e-mail staat in de wachtrij.");
    }
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
