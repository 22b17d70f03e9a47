import Link from "next/link";
import { UPDATE_PROGRESS_LABEL, type UpdateProgress } from "@/lib/domain/update-workflow";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format";
import { ScrollTable, srOnly } from "@/components/ui/table";
import type { MyUpdateItem } from "@/lib/server/updates";

/** A row: one of the leader's projects and its update in the open period, as listMyUpdates gives it. */
export type MyUpdateRow = MyUpdateItem;

const TONE: Record<UpdateProgress, "neutral" | "info" | "success" | "warning" | "danger"> = {
  NONE: "warning",
  DRAFT: "info",
  SUBMITTED: "neutral",
  RETURNED: "danger",
  APPROVED: "success",
};

const ACTION: Record<UpdateProgress, string> = {
  NONE: "Update invullen",
  DRAFT: "Verder invullen",
  RETURNED: "Aanpassen en opnieuw indienen",
  SUBMITTED: "Bekijken",
  APPROVED: "Bekijken",
};

export function UpdateStateBadge({ state }: { state: UpdateProgress }) {
  return <Badge tone={TONE[state]}>{UPDATE_PROGRESS_LABEL[state]}</Badge>;
}

/** The leader's projects and where each one's update for the open period stands. */
export function MyUpdatesTable({ rows, periodLabel }: { rows: MyUpdateRow[]; periodLabel: string }) {
  return (
    <ScrollTable caption={<>Voortgangsupdates {periodLabel}</>} columns={["Project", "(Sub)regio", "Stand", "Laatst gewijzigd", srOnly("Actie")]}>
      {rows.map((r) => (
        <tr key={r.projectId} className="border-t border-gray-100 align-top">
          <th scope="row" className="px-3 py-2 font-medium">
            <Link href={`/projecten/${r.projectId}`} className="text-brand-700 underline">
              {r.title}
            </Link>
            <span className="block text-xs font-normal text-muted">{r.wirNumber}</span>
            {r.state === "RETURNED" && r.returnComment ? (
              <span className="mt-1 block font-normal text-red-900">Opmerking: {r.returnComment}</span>
            ) : null}
          </th>
          <td className="px-3 py-2">{r.regionName}</td>
          <td className="px-3 py-2">
            <UpdateStateBadge state={r.state} />
          </td>
          <td className="px-3 py-2">{r.updatedAt ? formatDateTime(r.updatedAt) : "—"}</td>
          <td className="px-3 py-2">
            <Link href={`/projecten/${r.projectId}/update`} className="text-brand-700 underline" aria-label={`${ACTION[r.state]}: ${r.title}`}>
              {ACTION[r.state]}
            </Link>
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}
