import type { ReactNode } from "react";

/** A section named by its heading (aria-labelledby); the classes give both their look. */
export function HeadedSection({ id, title, className, headingClassName, children }: { id: string; title: string; className: string; headingClassName: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
