import type { ReactNode } from "react";

/** One entry of a `<dl>`: the term in bold above its description (project data, an update's answers). */
export function Term({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-semibold">{label}</dt>
      <dd className={className}>{children}</dd>
    </div>
  );
}
