"use client";
import { ErrorState } from "@/components/ui/error-state";

/** Pages outside the signed-in app (sign-in, password, accessibility statement). */
export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhoud" className="mx-auto max-w-2xl px-4 py-16">
      <ErrorState {...props} />
    </main>
  );
}
