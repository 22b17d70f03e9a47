import { describe, expect, it } from "vitest";
import { allowedUpdateActions, leaderCanEdit, needsLeaderAction, UPDATE_ACTION_PERMISSION, UPDATE_PROGRESS_LABEL, updateTransition, type UpdateAction, type UpdateProgress } from "./update-workflow";
import { UPDATE_STATE } from "./enums";
import { can } from "./permissions";

const STATES: UpdateProgress[] = ["NONE", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED"];
const ACTIONS: UpdateAction[] = ["save", "submit", "return", "approve"];

describe("progress update workflow", () => {
  it("allows exactly these transitions in an open period", () => {
    const table = Object.fromEntries(
      STATES.map((s) => [s, Object.fromEntries(ACTIONS.map((a) => [a, (r => (r.ok ? r.to : null))(updateTransition(s, a, "OPEN"))]))]),
    );
    expect(table).toEqual({
      NONE: { save: "DRAFT", submit: "SUBMITTED", return: null, approve: null },
      DRAFT: { save: "DRAFT", submit: "SUBMITTED", return: null, approve: null },
      SUBMITTED: { save: null, submit: null, return: "RETURNED", approve: "APPROVED" },
      RETURNED: { save: "RETURNED", submit: "SUBMITTED", return: null, approve: null },
      APPROVED: { save: null, submit: null, return: null, approve: null },
    });
  });

  it("allows nothing in a closed or planned period, with a Dutch reason", () => {
    for (const s of STATES) {
      for (const a of ACTIONS) {
        const closed = updateTransition(s, a, "CLOSED");
        expect(closed.ok).toBe(false);
        if (!closed.ok) expect(closed.reason).toMatch(/gesloten/);
        expect(updateTransition(s, a, "PLANNED").ok).toBe(false);
      }
    }
  });

  it("explains a refused transition in Dutch", () => {
    const r = updateTransition("APPROVED", "submit", "OPEN");
    expect(r).toEqual({ ok: false, reason: "Deze update is al goedgekeurd; indienen kan nu niet." });
  });

  it("gives leaders save/submit and reviewers return/approve only", () => {
    expect(can(["PROJECTLEIDER"], UPDATE_ACTION_PERMISSION.submit)).toBe(true);
    expect(can(["PROJECTLEIDER"], UPDATE_ACTION_PERMISSION.return)).toBe(false);
    expect(can(["INKOPER"], UPDATE_ACTION_PERMISSION.return)).toBe(true);
    expect(can(["INKOPER"], UPDATE_ACTION_PERMISSION.save)).toBe(false);
    expect(can(["WIR"], UPDATE_ACTION_PERMISSION.approve)).toBe(true);
    expect(can(["BEHEERDER"], UPDATE_ACTION_PERMISSION.approve)).toBe(false);
  });

  it("helpers agree with the table", () => {
    expect(allowedUpdateActions("SUBMITTED").sort()).toEqual(["approve", "return"]);
    expect(leaderCanEdit("RETURNED", "OPEN")).toBe(true);
    expect(leaderCanEdit("SUBMITTED", "OPEN")).toBe(false);
    expect(leaderCanEdit("DRAFT", "CLOSED")).toBe(false);
    expect(STATES.filter(needsLeaderAction)).toEqual(["NONE", "DRAFT", "RETURNED"]);
    for (const s of UPDATE_STATE.values) expect(UPDATE_PROGRESS_LABEL[s]).toBe(UPDATE_STATE.label(s) === "Concept" ? "Concept" : UPDATE_STATE.label(s));
  });
});
