import { PROJECT_STATUS } from "@/lib/domain/enums";
import type { ProjectUpdate } from "@/lib/server/updates";
import { UpdateStateBadge } from "@/components/tables/my-updates-table";
import Link from "next/link";
import { formatDateTime } from "./format";
import { UPDATE_FIELDS } from "@/lib/domain/fields";
import { Term } from "./term";

/** A free-text answer of the update; nothing when it was left empty. */
function Answer({ title, text }: { title: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <Term label={title} className="whitespace-pre-line">
      {text}
    </Term>
  );
}

/** A project's progress updates per period, newest first, with a link to the review (/beoordelen) where allowed. */
export function UpdateTimeline({ projectId, updates, canReview }: { projectId: string; updates: ProjectUpdate[]; canReview: boolean }) {
  return (
    <ol className="space-y-5">
      {updates.map((u) => (
        <li key={u.id} className="border-l-4 border-brand-100 pl-4">
          <h3 className="flex flex-wrap items-center gap-2 font-semibold">
            Voortgangsupdate {u.period.label} <UpdateStateBadge state={u.state} />
          </h3>
          <p className="text-sm text-muted">
            {u.submittedAt ? `Ingediend op ${formatDateTime(u.submittedAt)}` : `Laatst gewijzigd op ${formatDateTime(u.updatedAt)}`}
            {u.reviewedAt ? ` · beoordeeld ${formatDateTime(u.reviewedAt)}` : ""}
          </p>
          {u.returnComment && (u.state === "RETURNED" || u.state === "SUBMITTED") ? (
            <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
              <span className="font-semibold">Opmerking bij terugsturen:</span> <span className="whitespace-pre-line">{u.returnComment}</span>
            </p>
          ) : null}
          <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
            <Term label={UPDATE_FIELDS.status.label}>{u.status ? PROJECT_STATUS.label(u.status) : "—"}</Term>
            <Term label={UPDATE_FIELDS.careOrgCount.label}>{u.careOrgCount ?? "Onbekend"}</Term>
            <Answer title={UPDATE_FIELDS.progress.label} text={u.progress} />
            <Answer title={UPDATE_FIELDS.resultsSoFar.label} text={u.resultsSoFar} />
            <Answer title={UPDATE_FIELDS.lessonsLearned.label} text={u.lessonsLearned} />
            <Answer title={UPDATE_FIELDS.nextSteps.label} text={u.nextSteps} />
            <Answer title={UPDATE_FIELDS.risks.label} text={u.risks} />
          </dl>
          {canReview && u.state === "SUBMITTED" && u.period.state === "OPEN" ? (
            <p className="mt-3">
              <Link href={`/beoordelen/${projectId}?periode=${u.period.code}`} className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800">
                Update beoordelen
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
