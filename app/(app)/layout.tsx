import { pageCtx } from "@/lib/server/accounts/session";
import { AppHeader } from "@/components/ui/nav";
import { unreadNotificationCount } from "@/lib/server/notifications/read";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Pages check the actor themselves too; the layout only needs it for the menu.
  const ctx = await pageCtx();
  const { actor } = ctx;
  const unread = await unreadNotificationCount(ctx);
  return (
    <>
      <a href="#inhoud" className="skip-link">
        Naar de inhoud
      </a>
      <AppHeader actor={actor} unread={unread} />
      <main id="inhoud" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
