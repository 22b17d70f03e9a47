import Link from "next/link";
import { ScrollTable, numeric, srOnly } from "@/components/ui/table";
import type { ConcessiehouderProgress, RegionProgress } from "@/lib/server/tasks";

const num = "px-3 py-2 text-right tabular-nums";

function Share({ part, of }: { part: number; of: number }) {
  return (
    <>
      {part}
      <span className="text-muted"> / {of}</span>
    </>
  );
}

/** The submitted, approved and assessed shares of the projects, with their headers. */
const shareHeads = [numeric("Ingediend"), numeric("Goedgekeurd"), numeric("Beoordeeld")];

function Shares({ row }: { row: { projects: number; submitted: number; approved: number; assessed: number } }) {
  return (
    <>
      <td className={num}><Share part={row.submitted} of={row.projects} /></td>
      <td className={num}><Share part={row.approved} of={row.projects} /></td>
      <td className={num}><Share part={row.assessed} of={row.projects} /></td>
    </>
  );
}

/**
 * The inkoper's task list: per region, the updates waiting for review, the proposals to make and
 * the projects without a leader, each linked to where the work is done.
 */
export function ReviewerTaskTable({ rows, periodCode }: { rows: readonly RegionProgress[]; periodCode: string }) {
  const portfolio = (regio: string, extra = "") => `/portfolio?periode=${encodeURIComponent(periodCode)}&regio=${encodeURIComponent(regio)}${extra}`;
  return (
    <ScrollTable caption="Wat er per regio op u wacht" columns={["(Sub)regio", numeric("Te beoordelen updates"), numeric("Voorstellen te doen"), numeric("Zonder projectleider")]}>
      {rows.map((r) => (
        <tr key={r.regionCode} className="border-t border-gray-100">
          <th scope="row" className="px-3 py-2 font-medium">{r.regionName}</th>
          <td className={num}>{r.toReview > 0 ? <Link className="text-brand-700 underline" href={portfolio(r.regionCode, "&update=SUBMITTED")}>{r.toReview}</Link> : 0}</td>
          <td className={num}>{r.proposalsToMake > 0 ? <Link className="text-brand-700 underline" href={portfolio(r.regionCode)}>{r.proposalsToMake}</Link> : 0}</td>
          <td className={num}>{r.withoutLeader}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}

/**
 * WIR's progress of the open period per region (submitted / approved / assessed of the active
 * projects), with a checkbox per region to select whom to remind: the form asks for a preview first.
 */
export function RegionProgressTable({ rows, selectable }: { rows: readonly RegionProgress[]; selectable: boolean }) {
  const table = (
    <ScrollTable
      caption="Voortgang per (sub)regio"
      columns={[selectable ? srOnly("Selecteren") : null, "(Sub)regio", "Concessiehouder", ...shareHeads, numeric("Zonder projectleider")]}
    >
      {rows.map((r) => (
        <tr key={r.regionCode} className="border-t border-gray-100">
          {selectable ? (
            <td className="px-3 py-2">
              <input type="checkbox" name="regio" value={r.regionCode} id={`regio-${r.regionCode}`} aria-label={`${r.regionName} selecteren`} />
            </td>
          ) : null}
          <th scope="row" className="px-3 py-2 font-medium">{r.regionName}</th>
          <td className="px-3 py-2">{r.concessiehouderName}</td>
          <Shares row={r} />
          <td className={num}>{r.withoutLeader}</td>
        </tr>
      ))}
    </ScrollTable>
  );
  if (!selectable) return table;
  return (
    <form action="/herinneren" method="get" aria-label="Herinnering versturen aan een selectie van regio's">
      {table}
      <p className="mt-3">
        <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
          Herinnering voor de geselecteerde regio&apos;s voorbereiden…
        </button>
        <span className="ml-2 text-sm text-muted">U ziet eerst wie welke herinnering krijgt.</span>
      </p>
    </form>
  );
}

/** The same per concessiehouder. */
export function ConcessiehouderProgressTable({ rows }: { rows: readonly ConcessiehouderProgress[] }) {
  return (
    <ScrollTable caption="Voortgang per concessiehouder" columns={["Concessiehouder", ...shareHeads]}>
      {rows.map((r) => (
        <tr key={r.concessiehouderCode} className="border-t border-gray-100">
          <th scope="row" className="px-3 py-2 font-medium">{r.concessiehouderName}</th>
          <Shares row={r} />
        </tr>
      ))}
    </ScrollTable>
  );
}
