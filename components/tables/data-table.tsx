"use client";
import Link from "next/link";
import { useMemo, useState } from "react";

export type Column = {
  key: string;
  label: string;
  kind?: "text" | "number";
  /** row key holding the link target for this cell */
  hrefKey?: string;
};
export type Row = Record<string, string | number | null>;

const collator = new Intl.Collator("nl", { numeric: true, sensitivity: "base" });

/**
 * A table whose columns sort on click (keyboard: the header buttons), with an optional quick
 * filter over all text. Rows are plain values so server pages can pass them in.
 */
export function DataTable({
  caption,
  columns,
  rows,
  filterLabel,
  emptyText = "Er is hier nog niets te tonen.",
  initialSort,
}: {
  caption: string;
  columns: Column[];
  rows: Row[];
  filterLabel?: string;
  /** a helpful Dutch sentence for a list with no rows at all (a search without hits says so itself) */
  emptyText?: string;
  initialSort?: { key: string; dir: "asc" | "desc" };
}) {
  const [sort, setSort] = useState(initialSort ?? null);
  const [filter, setFilter] = useState("");

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const filtered = needle
      ? rows.filter((r) => columns.some((c) => String(r[c.key] ?? "").toLowerCase().includes(needle)))
      : rows;
    if (!sort) return filtered;
    const col = columns.find((c) => c.key === sort.key);
    const sign = sort.dir === "asc" ? 1 : -1;
    return [...filtered].sort((a, b) => {
      const x = a[sort.key];
      const y = b[sort.key];
      if (x == null && y == null) return 0;
      if (x == null) return 1;
      if (y == null) return -1;
      return sign * (col?.kind === "number" ? Number(x) - Number(y) : collator.compare(String(x), String(y)));
    });
  }, [rows, columns, sort, filter]);

  return (
    <div>
      {filterLabel ? (
        <div className="no-print mb-3">
          <label className="block text-sm font-medium" htmlFor={`filter-${caption}`}>
            {filterLabel}
          </label>
          <input
            id={`filter-${caption}`}
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            className="mt-1 w-full max-w-sm rounded border border-gray-400 px-3 py-1.5"
          />
        </div>
      ) : null}
      <div tabIndex={0} className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-gray-50">
            <tr>
              {columns.map((c) => {
                const active = sort?.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={active ? (sort!.dir === "asc" ? "ascending" : "descending") : "none"}
                    className={`px-3 py-2 font-semibold ${c.kind === "number" ? "text-right" : ""}`}
                  >
                    <button
                      type="button"
                      className="inline-flex items-center gap-1 hover:underline"
                      onClick={() => setSort({ key: c.key, dir: active && sort!.dir === "asc" ? "desc" : "asc" })}
                    >
                      {c.label}
                      <span aria-hidden="true" className="text-xs text-muted">
                        {active ? (sort!.dir === "asc" ? "▲" : "▼") : "↕"}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-3 py-4 text-muted">
                  {rows.length > 0 ? `Niets gevonden voor "${filter.trim()}". Pas de zoekterm aan of maak het zoekveld leeg.` : emptyText}
                </td>
              </tr>
            ) : (
              shown.map((r, i) => (
                <tr key={String(r.id ?? i)} className="border-t border-gray-100 odd:bg-white even:bg-gray-50/50">
                  {columns.map((c) => {
                    const value = r[c.key];
                    const href = c.hrefKey ? r[c.hrefKey] : null;
                    return (
                      <td key={c.key} className={`px-3 py-2 ${c.kind === "number" ? "text-right tabular-nums" : ""}`}>
                        {href ? (
                          <Link href={String(href)} className="text-brand-700 underline">
                            {value ?? "—"}
                          </Link>
                        ) : (
                          (value ?? "—")
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-muted" aria-live="polite">
        {shown.length} van {rows.length} {rows.length === 1 ? "rij" : "rijen"}
      </p>
    </div>
  );
}
