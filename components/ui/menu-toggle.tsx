"use client";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * The menu button on narrow screens: shows or hides the main menu (the element with id
 * `controls`, through its data-open attribute). Closes after navigating and on Escape.
 */
export function MenuToggle({ controls }: { controls: string }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  useEffect(() => {
    document.getElementById(controls)?.setAttribute("data-open", String(open));
  }, [open, controls]);
  useEffect(() => {
    // a new page: the menu closes
    const handle = setTimeout(() => setOpen(false), 0);
    return () => clearTimeout(handle);
  }, [pathname]);
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => setOpen((o) => !o)}
      onKeyDown={(e) => {
        if (e.key === "Escape") setOpen(false);
      }}
      className="ml-auto rounded border border-white/60 px-3 py-1.5 text-sm lg:hidden"
    >
      {open ? "Menu sluiten" : "Menu"}
    </button>
  );
}
