import Link from "next/link";
import type { Actor } from "@/lib/domain/actor";
import { can, type Permission } from "@/lib/domain/permissions";
import { ROLE } from "@/lib/domain/enums";
import { SignOutButton } from "./sign-out-button";
import { MenuToggle } from "./menu-toggle";

type NavItem = { href: string; label: string; permission: Permission };

/**
 * The menu in groups (work on projects, review, report, management); a role sees only the items
 * its permissions allow, so each role gets a short menu. Only pages that exist are listed.
 */
export const NAV_GROUPS: readonly { label: string; items: readonly NavItem[] }[] = [
  {
    label: "Projecten",
    items: [
      { href: "/", label: "Overzicht", permission: "project:read" },
      { href: "/projecten", label: "Projecten", permission: "project:read" },
      { href: "/projecten/nieuw", label: "Project registreren", permission: "project:create" },
      { href: "/updates", label: "Voortgangsupdates", permission: "update:submit" },
    ],
  },
  {
    label: "Beoordelen",
    items: [
      { href: "/portfolio", label: "Portfolio", permission: "portfolio:read" },
      { href: "/beoordelen", label: "Beoordelen", permission: "update:review" },
      { href: "/perioden", label: "Perioden", permission: "period:manage" },
    ],
  },
  {
    label: "Rapportage",
    items: [
      { href: "/dashboard", label: "Dashboard", permission: "report:read" },
      { href: "/rapportage", label: "Rapportage", permission: "report:read" },
      { href: "/import", label: "Import en export", permission: "portfolio:export" },
    ],
  },
  {
    label: "Beheer",
    items: [
      { href: "/beheer/gebruikers", label: "Gebruikers", permission: "user:manage" },
      { href: "/beheer/organisaties", label: "Organisaties", permission: "organisation:manage" },
      { href: "/beheer/mail", label: "E-mail", permission: "user:manage" },
      { href: "/beheer/indicatoren", label: "Indicatoren", permission: "indicator:manage" },
      { href: "/beheer/referentiegegevens", label: "Referentiegegevens", permission: "reference:manage" },
    ],
  },
];

/** The link to the notification list, with the number of unread notifications. */
function NotificationsLink({ unread }: { unread: number }) {
  // the visible text ("Meldingen" and the count) is part of the accessible name; the rest is for screen readers
  return (
    <Link href="/meldingen" className="relative rounded px-3 py-1.5 hover:bg-white/10">
      Meldingen
      {unread > 0 ? (
        <span className="ml-1.5 inline-block min-w-5 rounded-full bg-white px-1.5 text-center text-xs font-bold text-brand-800">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
      <span className="sr-only">{unread === 0 ? ", geen ongelezen" : " ongelezen"}</span>
    </Link>
  );
}

/** The groups and items one actor sees. */
export function menuFor(actor: Pick<Actor, "roles">) {
  return NAV_GROUPS.map((g) => ({ label: g.label, items: g.items.filter((i) => can(actor.roles, i.permission)) })).filter((g) => g.items.length > 0);
}

export function AppHeader({ actor, unread = 0 }: { actor: Actor; unread?: number }) {
  const groups = menuFor(actor);
  const roles = actor.roles.map((r) => ROLE.label(r)).join(", ");
  return (
    <header className="no-print bg-brand-800 text-white">
      {/* who is signed in, on a slim row of its own: the menu below keeps one line at 1366 px */}
      <div className="border-b border-white/20">
        <div className="mx-auto flex max-w-7xl items-center justify-end gap-3 px-4 py-1.5 text-sm">
          <span className="hidden min-w-0 truncate sm:inline" title={`${actor.name} (${roles})`}>
            <span className="sr-only">Ingelogd als </span>
            {actor.name} <span className="opacity-80">({roles})</span>
          </span>
          <Link href="/account" className="shrink-0 rounded px-2 py-1 underline hover:bg-white/10">
            Mijn account
          </Link>
          <SignOutButton />
        </div>
      </div>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight">
          Regiotafel
        </Link>
        <MenuToggle controls="hoofdmenu" />
        <nav id="hoofdmenu" aria-label="Hoofdmenu" className="order-last hidden w-full data-[open=true]:block lg:order-none lg:block lg:w-auto lg:flex-1">
          <ul className="flex flex-col gap-3 py-2 lg:flex-row lg:items-center lg:gap-0 lg:py-0">
            {groups.map((g, gi) => (
              <li key={g.label} className={gi > 0 ? "lg:ml-2 lg:border-l lg:border-white/25 lg:pl-2" : ""}>
                <span className="block px-2 text-xs font-semibold uppercase tracking-wide text-white/75 lg:sr-only" id={`menu-${gi}`}>
                  {g.label}
                </span>
                <ul aria-labelledby={`menu-${gi}`} className="flex flex-col lg:flex-row">
                  {g.items.map((item) => (
                    <li key={item.href}>
                      <Link href={item.href} className="block whitespace-nowrap rounded px-2 py-1.5 text-[0.9375rem] hover:bg-white/10">
                        {item.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </nav>
        <div className="text-sm">
          <NotificationsLink unread={unread} />
        </div>
      </div>
    </header>
  );
}
