"use client";
import "./globals.css";
import { ErrorState } from "@/components/ui/error-state";

/** When even the root layout fails: the same message, in a page of its own. */
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <body className="min-h-screen font-sans antialiased">
        <main id="inhoud" className="mx-auto max-w-2xl px-4 py-16">
          <ErrorState {...props} />
        </main>
      </body>
    </html>
  );
}
