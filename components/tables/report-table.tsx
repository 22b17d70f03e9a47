import type { DocCell, DocTable } from "@/lib/domain/report-document/types";
import { tableHeading } from "@/lib/domain/report-document/types";
import { formatCell } from "@/lib/domain/report/format";

const show = (v: DocCell) => (v == null ? "—" : formatCell(v));

/**
 * One report table as an accessible HTML table: caption, column headers with scope, row headers,
 * and the generated change sentence under it. `cellHref` turns a number into a link to the
 * projects behind it. Header rows repeat on every printed page (globals.css).
 */
export function ReportTable({
  table,
  csvHref,
  cellHref,
}: {
  table: DocTable;
  csvHref?: string;
  cellHref?: (rowIndex: number, columnIndex: number) => string | null;
}) {
  const id = `tabel-${table.key}`;
  return (
    <figure className="report-table my-6" aria-labelledby={`${id}-caption`}>
      <div tabIndex={0} className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table id={id} className="min-w-full text-left text-sm">
          <caption id={`${id}-caption`} className="px-3 py-2 text-left font-semibold text-brand-800">
            {tableHeading(table)}
          </caption>
          <thead className="bg-gray-50">
            <tr>
              {table.columns.map((c, i) => (
                <th key={i} scope="col" className={`px-3 py-2 font-semibold ${i > 0 ? "text-right" : ""}`}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length} className="px-3 py-3 text-muted">
                  Geen gegevens voor deze periode.
                </td>
              </tr>
            ) : (
              table.rows.map((r, ri) => (
                <tr key={ri} className={`border-t border-gray-100 ${r.total ? "font-semibold" : ""}`}>
                  <th scope="row" className="px-3 py-1.5 font-normal">
                    {r.total ? <strong>{r.label}</strong> : r.label}
                  </th>
                  {r.values.map((v, ci) => {
                    const href = typeof v === "number" ? cellHref?.(ri, ci) : null;
                    return (
                      <td key={ci} className={`px-3 py-1.5 ${typeof v === "number" ? "text-right tabular-nums" : ""}`}>
                        {href ? (
                          <a href={href} className="text-brand-700 underline">
                            {show(v)}
                          </a>
                        ) : (
                          show(v)
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
      {table.change || table.note || table.points?.length || csvHref ? (
        <figcaption className="mt-2 space-y-1 text-sm">
          {table.change ? <p className="change-sentence">{table.change}</p> : null}
          {table.points?.length ? (
            <ul className="key-points list-disc space-y-1 pl-5 text-base">
              {table.points.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          ) : null}
          {table.note ? <p className="text-muted">{table.note}</p> : null}
          {csvHref ? (
            <p className="no-print">
              <a href={csvHref} className="text-brand-700 underline" download>
                Download {tableHeading(table)} als CSV
              </a>
            </p>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
