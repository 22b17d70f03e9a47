import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Regiotafel", template: "%s · Regiotafel" },
  description: "Regionale transitieprojecten in de langdurige zorg: registratie, voortgang, beoordeling en rapportage.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so Next.js can put this request's CSP nonce (proxy.ts)
  // on its scripts; a prerendered page would carry none and its scripts would be blocked.
  await connection();
  return (
    <html lang="nl">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
