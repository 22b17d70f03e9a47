import Link from "next/link";
import type { Actor } from "@/lib/domain/actor";
import { can, type Permission } from "@/lib/domain/permissions";
import { ROLE } from "@/lib/domain/enums";
import { SignOutButton } from "./sign-out-button";

/** Menu items and the permission each needs; only pages that exist are listed. */
export const NAV_ITEMS: readonly { href: string; label: string; permission: Permission }[] = [
  { href: "/", label: "Overzicht", permission: "project:read" },
  { href: "/projecten", label: "Projecten", permission: "project:read" },
  { href: "/projecten/nieuw", label: "Project registreren", permission: "project:create" },
  { href: "/updates", label: "Voortgangsupdates", permission: "update:submit" },
  { href: "/dashboard", label: "Dashboard", permission: "report:read" },
  { href: "/rapportage", label: "Rapportage", permission: "report:read" },
  { href: "/import", label: "Import en export", permission: "portfolio:export" },
  { href: "/beheer/gebruikers", label: "Gebruikers", permission: "user:manage" },
  { href: "/beheer/organisaties", label: "Organisaties", permission: "organisation:manage" },
  { href: "/beheer/mail", label: "E-mail", permission: "user:manage" },
  // issue 5: portfolio, review and periods
  { href: "/portfolio", label: "Portfolio", permission: "portfolio:read" },
  { href: "/beoordelen", label: "Beoordelen", permission: "update:review" },
  { href: "/perioden", label: "Perioden", permission: "period:manage" },
  { href: "/beheer/indicatoren", label: "Indicatoren", permission: "indicator:manage" },
];

/** The link to the notification list, with the number of unread notifications. */
function NotificationsLink({ unread }: { unread: number }) {
  const label = unread === 0 ? "Meldingen, geen ongelezen" : unread === 1 ? "Meldingen, 1 ongelezen" : `Meldingen, ${unread} ongelezen`;
  return (
    <Link href="/meldingen" aria-label={label} className="relative rounded px-3 py-1.5 hover:bg-white/10">
      Meldingen
      {unread > 0 ? (
        <span aria-hidden="true" className="ml-1.5 inline-block min-w-5 rounded-full bg-white px-1.5 text-center text-xs font-bold text-brand-800">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}

export function AppHeader({ actor, unread = 0 }: { actor: Actor; unread?: number }) {
  const items = NAV_ITEMS.filter((i) => can(actor.roles, i.permission));
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight">
          Regiotafel
        </Link>
        <nav aria-label="Hoofdmenu" className="flex-1">
          <ul className="flex flex-wrap gap-1">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded px-3 py-1.5 hover:bg-white/10">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <NotificationsLink unread={unread} />
          <span>
            <span className="sr-only">Ingelogd als </span>
            {actor.name} <span className="opacity-80">({actor.roles.map((r) => ROLE.label(r)).join(", ")})</span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
