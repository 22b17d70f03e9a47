/**
 * The life of a progress update (ProgressUpdate) within one reporting period, as data:
 *
 *   (none) ──save──▶ DRAFT ──submit──▶ SUBMITTED ──approve──▶ APPROVED
 *     │                ▲ save             │
 *     └────submit──────┼──────────────────┤ return (with comment)
 *                      │                  ▼
 *                      └──── save ─── RETURNED ──submit──▶ SUBMITTED
 *
 * Leaders (permission update:submit, their own projects) save and submit; reviewers (permission
 * update:review: the inkoper of the region, WIR) return or approve a submitted update. Nothing
 * changes once a period is closed. lib/server/updates/index.ts (leader side) and the review pages use
 * this one table.
 */
import { UPDATE_STATE, type UpdateState } from "./enums";
import type { Permission } from "./permissions";
import type { PeriodState } from "./enums";

/** NONE: the leader has not started the update for this period yet. */
export type UpdateProgress = UpdateState | "NONE";

export type UpdateAction = "save" | "submit" | "return" | "approve";

export const UPDATE_ACTION_PERMISSION: Readonly<Record<UpdateAction, Permission>> = {
  save: "update:submit",
  submit: "update:submit",
  return: "update:review",
  approve: "update:review",
};

/** from-state → action → to-state. Missing = not allowed. */
const TRANSITIONS: Readonly<Record<UpdateProgress, Partial<Record<UpdateAction, UpdateState>>>> = {
  NONE: { save: "DRAFT", submit: "SUBMITTED" },
  DRAFT: { save: "DRAFT", submit: "SUBMITTED" },
  // a returned update stays "teruggestuurd" while the leader edits it, until resubmitted
  RETURNED: { save: "RETURNED", submit: "SUBMITTED" },
  SUBMITTED: { return: "RETURNED", approve: "APPROVED" },
  APPROVED: {},
};

export type TransitionResult = { ok: true; to: UpdateState } | { ok: false; reason: string };

const STATE_WORDS: Record<UpdateProgress, string> = {
  NONE: "nog niet begonnen",
  DRAFT: "een concept",
  SUBMITTED: "ingediend en wacht op beoordeling",
  RETURNED: "teruggestuurd",
  APPROVED: "al goedgekeurd",
};

/** Whether `action` may happen to an update in state `from` during a period in `periodState`. */
export function updateTransition(from: UpdateProgress, action: UpdateAction, periodState: PeriodState): TransitionResult {
  if (periodState !== "OPEN") {
    return { ok: false, reason: periodState === "CLOSED" ? "Deze rapportageperiode is gesloten; de update kan niet meer worden gewijzigd." : "Deze rapportageperiode is nog niet geopend." };
  }
  const to = TRANSITIONS[from][action];
  if (to) return { ok: true, to };
  const verb = { save: "opslaan", submit: "indienen", return: "terugsturen", approve: "goedkeuren" }[action];
  return { ok: false, reason: `Deze update is ${STATE_WORDS[from]}; ${verb} kan nu niet.` };
}

/** The actions possible from a state (in an open period), for showing buttons. */
export function allowedUpdateActions(from: UpdateProgress): UpdateAction[] {
  return Object.keys(TRANSITIONS[from]) as UpdateAction[];
}

/** Whether the leader can still edit (save or submit) the update. */
export function leaderCanEdit(from: UpdateProgress, periodState: PeriodState): boolean {
  return updateTransition(from, "submit", periodState).ok;
}

/** Dutch label of the state as a leader's overview shows it (the update states' own labels, plus "not started"). */
export const UPDATE_PROGRESS_LABEL: Readonly<Record<UpdateProgress, string>> = {
  NONE: "Nog niet begonnen",
  ...(Object.fromEntries(UPDATE_STATE.values.map((v) => [v, UPDATE_STATE.label(v)])) as Record<UpdateState, string>),
};

/** What the leader still has to do for a state: true when the update needs their attention. */
export function needsLeaderAction(from: UpdateProgress): boolean {
  return from === "NONE" || from === "DRAFT" || from === "RETURNED";
}
