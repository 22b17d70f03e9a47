import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Regiotafel", template: "%s · Regiotafel" },
  description: "Regionale transitieprojecten in de langdurige zorg: registratie, voortgang, beoordeling en rapportage.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
