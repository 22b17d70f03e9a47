import { pageCtx } from "@/lib/server/accounts/session";
import { AppHeader } from "@/components/ui/nav";
import { unreadNotificationCount } from "@/lib/server/notifications/read";
import { DemoBanner } from "@/components/ui/demo-banner";
import { isDemoInstallation } from "@/lib/server/demo/installation";
import { AppFooter } from "@/components/ui/footer";
import { DraftOwnerProvider } from "@/components/forms/draft-owner";

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
      {(await isDemoInstallation()) ? <DemoBanner /> : null}
      <AppHeader actor={actor} unread={unread} />
      <main id="inhoud" className="mx-auto max-w-7xl px-4 py-8">
        <DraftOwnerProvider userId={actor.userId}>{children}</DraftOwnerProvider>
      </main>
      <AppFooter />
    </>
  );
}
